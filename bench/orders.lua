-- The signed-in buyer's order list: GET /api/v1/me/orders with the session cookie in $COOKIE.
-- STATES (comma-separated, default "all") are the filters to rotate through, as the list's tabs:
-- all, awaiting-payment, awaiting-shipment, closed.
local cookie = os.getenv("COOKIE") or error("COOKIE is not set")
local states = {}
for state in string.gmatch(os.getenv("STATES") or "all", "[^,]+") do
  states[#states + 1] = state
end
local n = 0

request = function()
  n = n + 1
  local state = states[(n % #states) + 1]
  return wrk.format("GET", "/api/v1/me/orders?state=" .. state, { ["Cookie"] = cookie })
end

