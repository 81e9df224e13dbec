-- POST /api/notes with a categoryId, spread over the 100 seeded categories (ids 1-100): a SELECT
-- of the category, then the INSERT. The reference harness's POST has this shape.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil,
    '{"text":"Benchmark note ' .. counter .. '","categoryId":' .. (counter % 100 + 1) .. '}')
end
