mmbookSearch.addTerms(4, {"drain":[5,1],"drain_pages":[5,1],"draining":[5,5],"drains":[6,1],"的块":[7,1],"的幂":[7,1]});
