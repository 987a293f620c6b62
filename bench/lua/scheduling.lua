-- Scheduling under a supervisor's mix: look agents up (50%), page through a team (30%), hire (20%; each hire
-- also publishes AgentHired, which Training consumes).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local agents = common.ids("agents")

request = common.mix({
  { 50, function() return common.get("/api/scheduling/agents/" .. common.pick(agents)) end },
  { 30, function() return common.get(string.format("/api/scheduling/agents?team=Team%%20%d&page=%d&pageSize=50", math.random(0, 9), math.random(1, 2))) end },
  { 20, function()
      local id = common.unique()
      return common.post("/api/scheduling/agents", string.format(
        '{"employeeNumber":"W-%s","displayName":"Walk-in %s","team":"Team %d","level":"customer-service","skills":["after-sales"],"hiredOn":"2026-11-20"}',
        id, id, math.random(0, 9)))
    end },
})
