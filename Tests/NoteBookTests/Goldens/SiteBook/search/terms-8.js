mmbookSearch.addTerms(8, {"has":[3,1],"high":[10,1],"highuser":[2,2],"how":[1,1],"合并":[7,1],"器把":[7,1]});
