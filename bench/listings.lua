-- Listing-grid API requests with varied filters, sorts and pages, as the apps send them.
local brands = {"rolex", "omega", "patek-philippe", "audemars-piguet", "tudor", "cartier", "iwc", "longines"}
local sorts = {"NEWEST", "PRICE_ASC", "PRICE_DESC", "YEAR_DESC"}
local bands = {"UNDER_50K", "FROM_50K_TO_100K", "FROM_100K_TO_200K", "FROM_200K_TO_500K", "OVER_500K"}
local conditions = {"UNWORN", "MINT", "EXCELLENT", "VERY_GOOD", "GOOD"}

math.randomseed(42)

request = function()
  local query = "size=24&page=" .. math.random(1, 20) .. "&sort=" .. sorts[math.random(#sorts)]
  local kind = math.random(4)
  if kind == 1 then
    query = query .. "&brand=" .. brands[math.random(#brands)]
  elseif kind == 2 then
    query = query .. "&brand=" .. brands[math.random(#brands)] .. "&priceBand=" .. bands[math.random(#bands)]
  elseif kind == 3 then
    query = query .. "&condition=" .. conditions[math.random(#conditions)] .. "&boxPapers=FULL_SET"
  end
  return wrk.format("GET", "/api/v1/listings?" .. query)
end
