mmbookSearch.addTerms(27, {});
