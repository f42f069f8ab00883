mmbookSearch.addTerms(27, {"系统":[7,10]});
