mmbookSearch.addTerms(26, {"zones":[0,2,2,2],"为二":[7,1],"区有":[8,1]});
