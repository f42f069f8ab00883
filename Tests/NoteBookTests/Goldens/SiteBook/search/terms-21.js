mmbookSearch.addTerms(21, {});
