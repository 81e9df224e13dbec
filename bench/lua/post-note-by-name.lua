-- POST /api/notes with a categoryName, spread over the 100 seeded names (all exist, as for most
-- real callers): find-or-create the category and insert the note in one unit of work.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
request = function()
  counter = counter + 1
  local n = counter % 100
  local name = n == 0 and "big" or string.format("topic%02d", n)
  return wrk.format(nil, nil, nil,
    '{"text":"Benchmark note filed by name.","categoryName":"' .. name .. '"}')
end
