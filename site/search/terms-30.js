mmbookSearch.addTerms(30, {});
