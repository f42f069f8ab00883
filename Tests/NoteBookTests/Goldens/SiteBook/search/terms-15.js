mmbookSearch.addTerms(15, {"on":[6,5],"one":[3,1],"or":[0,1],"order":[2,5,3,1],"orders":[4,1],"小为":[7,1],"每个":[8,1]});
