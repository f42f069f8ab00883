mmbookSearch.addTerms(10, {"jump":[0,1],"个内":[8,1],"把物":[7,1],"释放":[7,1]});
