-- Requests spread over the dyad and events routes as a team's dashboards and scripts send them: many dyads,
-- periods and pages, so that most requests are not the same as the one before.
local states = {"RUS", "PAK", "IND", "USA", "CHN", "AFG", "IRN", "GBR", "FRA", "DEU", "JPN", "TUR"}
local periods = {"", "?by=quarter", "?by=month&from=2005&to=2015", "?from=2009&to=2015"}
local paths = {}
math.randomseed(7)
for i = 1, #states do
  for j = i + 1, #states do
    for _, period in ipairs(periods) do
      table.insert(paths, "/api/dyads/" .. states[i] .. "/" .. states[j] .. "/series" .. period)
    end
    table.insert(paths, "/api/dyads/" .. states[i] .. "/" .. states[j] .. "/shifts")
    for page = 0, 3 do
      table.insert(paths, "/api/events?actors=" .. states[i] .. "," .. states[j] .. "&limit=50&offset=" .. (page * 50))
    end
  end
  table.insert(paths, "/api/events?actors=" .. states[i] .. "&from=2010&to=2012&limit=100")
  table.insert(paths, "/api/events?actors=" .. states[i] .. "&codes=19&limit=50")
end
for year = 2010, 2018 do
  table.insert(paths, "/api/events?from=" .. year .. "-07&to=" .. year .. "-07&limit=50")
end
-- SEQUENTIAL=1: every URL once, in order (the warm-up pass); otherwise at random.
local sequential = os.getenv("SEQUENTIAL") == "1"
local next_path = 0
request = function()
  if sequential then
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
  end
  return wrk.format("GET", paths[math.random(#paths)])
end
