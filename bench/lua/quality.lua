-- Quality under a QA lead's mix: open a conversation with its auto-QA result (40%), an agent's conversations
-- (30%), the flagged ones waiting for review (10%), ingest one new transcript (20%; auto-QA runs on it).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local conversations, agents = common.ids("conversations"), common.ids("agents")

request = common.mix({
  { 40, function() return common.get("/api/quality/conversations/" .. common.pick(conversations)) end },
  { 30, function() return common.get("/api/quality/conversations?pageSize=20&agentId=" .. common.pick(agents)) end },
  { 10, function() return common.get("/api/quality/conversations?flagged=true&pageSize=20") end },
  { 20, function()
      return common.post("/api/quality/conversations/batch", string.format(
        '{"conversations":[{"conversationId":"walk-in-%s","agentId":"%s","storeCode":"tmall-flagship","channel":"chat","csat":4,"messages":['
        .. '{"role":"customer","sentAt":"2026-11-20T02:00:00Z","text":"我的快递到哪里了？"},'
        .. '{"role":"agent","sentAt":"2026-11-20T02:00:40Z","text":"您好，很高兴为您服务。已为您加急处理。"},'
        .. '{"role":"customer","sentAt":"2026-11-20T02:01:30Z","text":"Thanks"},'
        .. '{"role":"agent","sentAt":"2026-11-20T02:01:50Z","text":"感谢您的耐心等待，祝您生活愉快！"}]}]}',
        common.unique(), common.pick(agents)))
    end },
})
