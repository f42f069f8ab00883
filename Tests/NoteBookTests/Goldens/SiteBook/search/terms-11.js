mmbookSearch.addTerms(11, {"kernel":[3,2]});
