-- wrk script: autosave load. Each request PUTs one answer of the classic questionnaire to one of the guest audits
-- listed in $ARA_AUDITS_FILE (one "path token" pair per line, created by run.sh), with its X-Guest-Token. Threads take disjoint audits, as
-- separate users would; each audit cycles through its 16 questions.
local answers = {
  {"company_size", '"medium"'}, {"industry", '"retail"'}, {"current_ai_usage", '"pilot"'},
  {"tech_stack_maturity", "7"}, {"api_architecture", '"rest_mature"'}, {"cloud_infrastructure", '"hybrid"'},
  {"data_infrastructure", '"data_warehouse"'}, {"version_control", '"git_ci"'},
  {"testing_practices", '["unit_tests","integration_tests"]'}, {"code_quality", "6"},
  {"security_practices", '["access_control","encryption","audit_logs"]'}, {"compliance_requirements", '["gdpr"]'},
  {"data_sensitivity", '"confidential"'}, {"monitoring_capabilities", '["application_monitoring","alerting"]'},
  {"deployment_automation", '"ci_cd_basic"'}, {"incident_response", "5"},
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  audits = {}
  local all = {}
  for line in io.lines(os.getenv("ARA_AUDITS_FILE")) do
    local path, token = line:match("^(%S+)%s+(%S+)$")
    all[#all + 1] = {path = path, token = token}
  end
  local count = tonumber(os.getenv("ARA_WRK_THREADS") or "2")
  for i = index, #all, count do audits[#audits + 1] = all[i] end
  n = 0
  failed = 0
end

function request()
  n = n + 1
  local audit = audits[(n % #audits) + 1]
  local answer = answers[(math.floor(n / #audits) % #answers) + 1]
  return wrk.format("PUT", audit.path .. "/answers/" .. answer[1],
    {["Content-Type"] = "application/json", ["X-Guest-Token"] = audit.token}, '{"value":' .. answer[2] .. '}')
end

function response(status)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("autosave: %d requests in %.1f s = %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; non-200: %d, socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, failures, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
