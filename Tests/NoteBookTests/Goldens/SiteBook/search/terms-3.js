mmbookSearch.addTerms(3, {"column":[3,1],"come":[3,1],"common":[3,1],"comp":[2,2],"compound":[2,2],"cpu":[0,1,3,1,4,10],"较大":[7,1]});
