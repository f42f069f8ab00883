mmbookSearch.addTerms(24, {"存分":[7,1],"存区":[8,1],"高":[8,1]});
