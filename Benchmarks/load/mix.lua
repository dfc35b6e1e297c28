-- Requests spread over the dyad and events routes, as a team's dashboards and scripts would send them.
local paths = {
  "/api/dyads/RUS/PAK/series",
  "/api/dyads/RUS/PAK/series?by=month&from=2005&to=2015",
  "/api/dyads/USA/CHN/series?by=quarter",
  "/api/dyads/IND/PAK/shifts",
  "/api/dyads/USA/AFG/series",
  "/api/events?actors=RUS,PAK&limit=50",
  "/api/events?actors=USA&from=2010&to=2012&limit=100",
  "/api/events?actors=IND,PAK&codes=19&limit=50",
  "/api/events?from=2016-07&to=2016-07&limit=50",
  "/api/events?actors=CHN,USA&limit=50&offset=200",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
