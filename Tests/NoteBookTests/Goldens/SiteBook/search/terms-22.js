mmbookSearch.addTerms(22, {"65536":[3,1],"void":[3,2],"时与":[7,1],"时拆":[7,1]});
