-- Listing-detail API requests for random listing ids (a few are drafts or withdrawn: 404s).
local max_id = tonumber(os.getenv("MAX_ID") or "100000")
math.randomseed(7)

request = function()
  return wrk.format("GET", "/api/v1/listings/" .. math.random(1, max_id))
end
