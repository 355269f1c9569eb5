-- wrk script: dashboard sign-ins of the demo owner (POST /dashboard/sign-in, a form), each
-- an Argon2id verification; a right password answers 303.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.body = "email=owner%40acme.example&password=" .. os.getenv("BENCH_DASHBOARD_PASSWORD"):gsub(" ", "+")

local failures = 0
response = function(status, headers, body)
  if status ~= 303 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-303 answers: %d\n", failures))
end
