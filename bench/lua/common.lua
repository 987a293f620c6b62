-- Shared by the mixed-load scripts: the bearer token (TOKEN), the ids the seeding step wrote (IDS_DIR/*.ids),
-- and a weighted pick among request builders. The random sequence is seeded, so every run sends the same mix.
local common = {}

common.headers = { ["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "TOKEN is not set"),
                   ["Content-Type"] = "application/json" }

function common.ids(name)
  local path = assert(os.getenv("IDS_DIR"), "IDS_DIR is not set") .. "/" .. name .. ".ids"
  local ids = {}
  for line in assert(io.open(path), "cannot read " .. path):lines() do ids[#ids + 1] = line end
  assert(#ids > 0, path .. " holds no ids")
  return ids
end

function common.pick(list) return list[math.random(#list)] end

function common.get(path) return wrk.format("GET", path, common.headers) end

function common.post(path, body) return wrk.format("POST", path, common.headers, body) end

-- mix({ {weight, builder}, ... }) returns a request() that calls each builder in proportion to its weight.
function common.mix(entries)
  local total = 0
  for _, entry in ipairs(entries) do total = total + entry[1] end
  math.randomseed(20261126)
  return function()
    local roll = math.random() * total
    for _, entry in ipairs(entries) do
      roll = roll - entry[1]
      if roll <= 0 then return entry[2]() end
    end
    return entries[#entries][2]()
  end
end

-- setup runs once per wrk thread in wrk's main state and numbers the threads, so unique keys differ between them.
local threads = 0
function common.setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

-- A key no other request of this run (any thread) or of an earlier run uses, for the unique fields writes need:
-- the second this thread's script was loaded (runs are seconds apart), the thread's number and a counter.
local loaded, sent = os.time() % 100000000, 0
function common.unique()
  sent = sent + 1
  return string.format("%d-%d-%d", loaded, thread_number or 0, sent)
end

return common
