-- A list page of a random category of seed.sh's data (ids 2..100: the ~808-note ones; 1 is "big").
request = function()
  return wrk.format("GET", "/api/categories/" .. math.random(2, 100) .. "/notes?limit=50")
end
