mmbookSearch.addTerms(5, {"ends":[1,1],"example":[3,2],"expand":[1,1],"内存":[7,1,8,1]});
