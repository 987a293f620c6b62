-- Training under a supervisor's mix: open a course (40%), list a category's courses (30%), an agent's
-- enrolments (10%), create a course (20%).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local courses, agents = common.ids("courses"), common.ids("agents")
local categories = { "pre-sales", "after-sales", "platform-rules-and-red-lines", "kpis-and-performance", "product-knowledge" }

request = common.mix({
  { 40, function() return common.get("/api/training/courses/" .. common.pick(courses)) end },
  { 30, function() return common.get("/api/training/courses?category=" .. common.pick(categories)) end },
  { 10, function() return common.get("/api/training/agents/" .. common.pick(agents) .. "/enrolments") end },
  { 20, function()
      return common.post("/api/training/courses", string.format(
        '{"title":"Refresher %s","category":"%s","description":"Short refresher on returns."}', common.unique(), common.pick(categories)))
    end },
})
