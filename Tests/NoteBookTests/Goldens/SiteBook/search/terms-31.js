mmbookSearch.addTerms(31, {"__rmqueue_smallest":[1,1]});
