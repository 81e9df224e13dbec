-- A mix of what clients do, for the soak (bench/soak.sh): per 10 requests, 6 GET of a random note,
-- 2 list pages of a category, 1 POST of a note by category name, 1 PUT of a note it created.
-- DELAY_MS paces each connection (wrk has no fixed rate): requests/s ~ connections * 1000 / delay.
local max = tonumber(os.getenv("NOTES_MAX") or "200000")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local counter = 0
local created = {}

request = function()
  counter = counter + 1
  local kind = counter % 10
  if kind == 0 then
    return wrk.format("POST", "/api/notes", {["Content-Type"] = "application/json"},
      '{"text":"soak note","categoryName":"topic' .. string.format("%02d", counter % 99 + 1) .. '"}')
  elseif kind == 5 and #created > 0 then
    local id = created[math.random(1, #created)]
    return wrk.format("PUT", "/api/notes/" .. id, {["Content-Type"] = "application/json"},
      '{"text":"soak edit ' .. counter .. '"}')
  elseif kind == 3 or kind == 7 then
    return wrk.format("GET", "/api/categories/" .. math.random(2, 100) .. "/notes?limit=20")
  end
  return wrk.format("GET", "/api/notes/" .. math.random(1, max))
end

-- Remembers up to 1,000 created notes for the PUTs; wrk's summary counts the errors.
response = function(status, headers, body)
  if status == 201 and #created < 1000 then
    local id = body:match('"id":(%d+)')
    if id then table.insert(created, id) end
  end
end

delay = function()
  return delay_ms
end
