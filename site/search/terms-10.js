mmbookSearch.addTerms(10, {"j":[53,1],"jiffies":[142,1,147,1],"join":[23,1],"joins":[20,1,103,1],"just":[22,1,41,1,87,1,95,1,99,1]});
