mmbookSearch.addTerms(14, {"name":[10,1],"names":[10,5],"next":[0,1],"normal":[0,2,2,2],"not":[2,2],"与伙":[7,1],"低":[8,1]});
