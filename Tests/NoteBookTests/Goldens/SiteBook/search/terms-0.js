mmbookSearch.addTerms(0, {"最小":[8,1]});
