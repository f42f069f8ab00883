mmbookSearch.addTerms(29, {});
