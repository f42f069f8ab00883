mmbookSearch.addTerms(2, {"back":[4,1,5,1],"block":[1,1,3,1],"book":[0,10],"boot":[0,2,2,2],"buddy":[1,1,3,1,5,1],"buddyinfo":[0,2,2,2],"by":[3,1],"bytes":[3,1],"幂的":[7,1]});
