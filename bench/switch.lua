-- wrk script: plan switches through the REST API (POST /v1/subscriptions/{id}), each
-- request moving one of the bench customers' subscriptions between Basic and Pro.
-- The subscription ids are read from the file named by BENCH_SUBSCRIPTIONS_FILE; each wrk
-- thread takes its own share of them.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  ids = {}
  local all = {}
  for line in io.lines(os.getenv("BENCH_SUBSCRIPTIONS_FILE")) do table.insert(all, line) end
  for i, id in ipairs(all) do
    -- two wrk threads (-t2): even lines for the first, odd for the second
    if (i - 1) % 2 == index % 2 then table.insert(ids, id) end
  end
  on_pro = {}
  next_one = 1
  failures = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
end

function request()
  local id = ids[next_one]
  next_one = next_one % #ids + 1
  on_pro[id] = not on_pro[id]
  local price = on_pro[id] and "price_pro_monthly" or "price_basic_monthly"
  return wrk.format(nil, "/v1/subscriptions/" .. id, nil, '{"price": "' .. price .. '"}')
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("non-200 answers: %d\n", failed))
end
