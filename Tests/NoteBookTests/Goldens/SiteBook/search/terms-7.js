mmbookSearch.addTerms(7, {"gfp":[2,2,3,2],"gfp_highuser_movable":[2,2],"gfp_kernel":[3,2],"gives":[5,1],"大小":[7,1],"大的":[7,1]});
