-- Autocomplete requests: prefixes of brands, nicknames and reference numbers as they are typed.
local prefixes = {"%E5%8A%B3", "%E7%BB%BF", "ro", "rol", "1266", "12661", "om", "sub", "pa", "57", "%E7%99%BE",
  "da", "na", "%E6%B5%B7", "tu", "ap"}

math.randomseed(7)

request = function()
  return wrk.format("GET", "/api/v1/search/suggest?q=" .. prefixes[math.random(#prefixes)])
end
