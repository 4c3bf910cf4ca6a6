-- Text searches with facets, as buyers type them: nicknames, reference forms, brand aliases, typos,
-- some with a filter or another order.
local queries = {"%E7%BB%BF%E6%B0%B4%E9%AC%BC", "%E5%8A%B3%E5%8A%9B%E5%A3%AB", "rolex", "126610", "126610%20LN",
  "126610-ln", "omega%20speedmaster", "%E7%86%8A%E7%8C%AB%E8%BF%AA", "PP", "5711", "royal%20oak", "rolx",
  "%E7%99%BE%E4%BA%8B%E5%9C%88", "nautilus", "%E6%B5%B7%E9%A9%AC", "submariner", "daytona", "tudor%20black%20bay"}
local sorts = {"RELEVANCE", "RELEVANCE", "PRICE_ASC", "NEWEST"}

math.randomseed(42)

request = function()
  local query = "size=24&q=" .. queries[math.random(#queries)] .. "&sort=" .. sorts[math.random(#sorts)]
  if math.random(3) == 1 then
    query = query .. "&priceBand=FROM_50K_TO_100K"
  end
  return wrk.format("GET", "/api/v1/listings?" .. query)
end
