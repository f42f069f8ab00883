mmbookSearch.addTerms(0, {});
