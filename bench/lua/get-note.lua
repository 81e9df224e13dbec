-- GET /api/notes/{id} for a random id among the seeded notes, so that the database does not
-- answer one row from a hot page over and over. NOTES_MAX must match seed.sh.
local max = tonumber(os.getenv("NOTES_MAX") or "200000")
request = function()
  return wrk.format("GET", "/api/notes/" .. math.random(1, max))
end
