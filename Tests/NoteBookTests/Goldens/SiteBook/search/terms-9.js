mmbookSearch.addTerms(9, {"in":[1,1],"introduction":[0,1],"is":[0,1],"itself":[3,1],"三条":[8,1],"有三":[8,1],"物理":[7,1]});
