mmbookSearch.addTerms(12, {"larger":[1,1],"lists":[0,1,1,1,3,1,4,10,5,1],"long":[3,1],"low":[10,1],"二的":[7,1]});
