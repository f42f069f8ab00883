mmbookSearch.addTerms(30, {"放时":[7,1]});
