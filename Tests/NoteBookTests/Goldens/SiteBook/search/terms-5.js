mmbookSearch.addTerms(5, {"ends":[1,1],"example":[3,2],"expand":[1,1],"expect":[2,2],"内存":[7,1,8,1]});
