mmbookSearch.addTerms(13, {"makes":[3,1],"matter":[1,10],"memory":[6,5],"min":[10,1],"most":[3,1],"movable":[2,2],"位线":[8,5],"配器":[7,1],"配时":[7,1]});
