-- Complaints under a supervisor's mix: open a complaint (40%), page through a store's complaints (30%), read a
-- complaint's audit trail (10%), file a complaint naming an agent (20%; Complaints asks Scheduling over gRPC).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local complaints, agents = common.ids("complaints"), common.ids("agents")
local stores = { "tmall-flagship", "jd-outlet", "douyin-live", "pdd-store", "tmall-kids" }

request = common.mix({
  { 40, function() return common.get("/api/complaints/complaints/" .. common.pick(complaints)) end },
  { 30, function() return common.get("/api/complaints/complaints?storeCode=" .. common.pick(stores) .. "&pageSize=20&page=" .. math.random(1, 3)) end },
  { 10, function() return common.get("/api/complaints/complaints/" .. common.pick(complaints) .. "/audit") end },
  { 20, function()
      return common.post("/api/complaints/complaints", string.format(
        '{"agentId":"%s","channel":"chat","platform":"tmall","storeCode":"%s","customerReference":"walk-in-%s",'
        .. '"category":"logistics","description":"Parcel stuck for a week","attachments":[]}',
        common.pick(agents), common.pick(stores), common.unique()))
    end },
})
