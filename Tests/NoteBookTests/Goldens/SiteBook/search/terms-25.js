mmbookSearch.addTerms(25, {"伙伴":[7,10]});
