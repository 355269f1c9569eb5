-- wrk script: mint portal sessions through the API (POST /v1/billing/portal/sessions).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
wrk.body = '{"customer": "cust_8sJ2kLpQ", "returnUrl": "https://example.com/account"}'

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", failures))
end
