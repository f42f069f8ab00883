mmbookSearch.addTerms(31, {"__gfp_comp":[2,2],"__rmqueue_smallest":[1,1]});
