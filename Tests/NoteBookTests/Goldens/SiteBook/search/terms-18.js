mmbookSearch.addTerms(18, {"read":[0,1],"request":[3,1],"rmqueue":[1,1]});
