mmbookSearch.addTerms(28, {});
