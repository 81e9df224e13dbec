-- wrk script for ops/galera-check.sh: POST /api/notes by categoryName over a few hot names.
--   GC_NAMES  comma-separated category names (created beforehand)                  (required)
--   GC_LOG    file that receives one line per response: "<epoch ms> <status> <id or ->"
--   GC_TAG    label for the note texts and the summary line                        (default wrk)
-- The log is line-buffered, so every acknowledged id is on disk as soon as its 201 is read,
-- whatever happens to wrk afterwards; the shell script derives statuses, stall and ids from it.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } gc_timespec;
  int clock_gettime(int clk_id, gc_timespec *tp);
]]
local ts = ffi.new("gc_timespec")
local function now_ms()
  ffi.C.clock_gettime(0, ts) -- CLOCK_REALTIME
  return tonumber(ts.tv_sec) * 1000 + math.floor(tonumber(ts.tv_nsec) / 1000000)
end

local names = {}
for n in string.gmatch(os.getenv("GC_NAMES") or "", "[^,]+") do names[#names + 1] = n end
local tag = os.getenv("GC_TAG") or "wrk"
local log
local counter = 0

function init(args)
  log = assert(io.open(assert(os.getenv("GC_LOG"), "GC_LOG is required"), "a"))
  log:setvbuf("line")
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local name = names[(counter % #names) + 1]
  return wrk.format(nil, "/api/notes", nil,
    '{"text":"galera-check ' .. tag .. ' ' .. counter .. '","categoryName":"' .. name .. '"}')
end

function response(status, headers, body)
  local id = "-"
  if status == 201 then
    id = string.match(body or "", '"id"%s*:%s*(%d+)') or "unparsed"
  end
  log:write(now_ms(), " ", status, " ", id, "\n")
end

function done(summary, latency, requests)
  io.write(string.format(
    "GC_WRK %s requests %d max_ms %.0f p50_ms %.1f p99_ms %.1f non2xx %d errors connect %d read %d write %d timeout %d\n",
    tag, summary.requests, latency.max / 1000, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
end
