mmbookSearch.addTerms(17, {"1":[3,1],"16":[3,1]});
