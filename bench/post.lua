-- wrk script: POST /api/sessions with a new id on every request, so each one is a write.
local counter = 0
local thread_id = 0
-- Each wrk run starts at a later second, so its ids differ from those of earlier runs.
local run = os.time() % 0xffffffff

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

request = function()
  counter = counter + 1
  local id = string.format("%08x-%04x-4000-8000-%012x", run, tid or 0, counter)
  local body = '{"id":"' .. id .. '","routine":"desk-break"}'
  return wrk.format("POST", "/api/sessions", { ["Content-Type"] = "application/json" }, body)
end
