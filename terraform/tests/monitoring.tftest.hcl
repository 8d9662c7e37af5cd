# terraform test for modules/monitoring with a mocked AWS provider; see main.tf for how to run it offline.
mock_provider "aws" {}

variables {
  environment              = "prod"
  alert_email              = "oncall@example.com"
  load_balancer_arn_suffix = "app/ara-prod/1234"
  target_group_arn_suffix  = "targetgroup/ara-prod/5678"
  cluster_name             = "ara-prod"
  service_name             = "ara-prod"
  paging_endpoint          = "https://events.example.com/ara"
  storage_budget_bytes     = 1000
}

run "alarms_use_the_guide_thresholds" {
  command = plan
  module {
    source = "../modules/monitoring"
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.p95_latency.threshold == 0.5 && aws_cloudwatch_metric_alarm.p95_latency.extended_statistic == "p95"
    error_message = "p95 alarm above 500 ms"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.error_rate.threshold == 1
    error_message = "5xx rate alarm above 1 %"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.app_down.treat_missing_data == "breaching" && aws_cloudwatch_metric_alarm.app_down.threshold == 1 && aws_cloudwatch_metric_alarm.app_down.comparison_operator == "LessThanThreshold"
    error_message = "app down when no task reports"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.p95_very_slow.threshold == 2 && aws_cloudwatch_metric_alarm.p95_very_slow.period * aws_cloudwatch_metric_alarm.p95_very_slow.evaluation_periods == 600
    error_message = "p95 above 2 s for 10 minutes"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.p95_latency.period * aws_cloudwatch_metric_alarm.p95_latency.evaluation_periods == 900
    error_message = "p95 above 500 ms for 15 minutes"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.db_connections.threshold == 90
    error_message = "DB connections alarm at 90 % of the pools"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.storage.threshold == 800 && aws_cloudwatch_metric_alarm.storage.period == 86400
    error_message = "storage alarm at 80 % of the budget, daily"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.memory.threshold == 80 && aws_cloudwatch_metric_alarm.cpu.threshold == 0.7
    error_message = "memory above 80 %, CPU above 70 %"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.cache_hit_rate.threshold == 80 && aws_cloudwatch_metric_alarm.cache_hit_rate.comparison_operator == "LessThanThreshold"
    error_message = "cache hit rate alarm below 80 %"
  }
  assert {
    condition     = strcontains(output.prometheus_rules, "AraDown")
    error_message = "the Prometheus rules file is referenced"
  }
}

run "severities_are_routed" {
  command = plan
  module {
    source = "../modules/monitoring"
  }

  assert {
    condition     = contains(flatten([for p in one(data.aws_iam_policy_document.cost_alerts.statement).principals : tolist(p.identifiers)]), "events.amazonaws.com")
    error_message = "EventBridge may publish to the warning topic (the cross-region backup's failed-task rule)"
  }

  assert {
    condition     = aws_sns_topic_subscription.critical_paging.protocol == "https" && aws_sns_topic_subscription.critical_paging.endpoint == "https://events.example.com/ara"
    error_message = "critical alerts page the HTTPS endpoint"
  }
  assert {
    condition     = aws_sns_topic_subscription.critical_email.protocol == "email" && aws_sns_topic_subscription.warning_email.protocol == "email"
    error_message = "critical and warning alerts are emailed"
  }
  assert {
    condition     = alltrue([for a in [aws_cloudwatch_metric_alarm.app_down, aws_cloudwatch_metric_alarm.no_healthy_target, aws_cloudwatch_metric_alarm.error_rate, aws_cloudwatch_metric_alarm.p95_very_slow, aws_cloudwatch_metric_alarm.db_connections] : startswith(a.alarm_description, "critical:")])
    error_message = "the guide's critical alerts say so"
  }
  assert {
    condition     = alltrue([for a in [aws_cloudwatch_metric_alarm.p95_latency, aws_cloudwatch_metric_alarm.cache_hit_rate, aws_cloudwatch_metric_alarm.memory, aws_cloudwatch_metric_alarm.cpu, aws_cloudwatch_metric_alarm.storage] : startswith(a.alarm_description, "warning:")])
    error_message = "the guide's warning alerts say so"
  }
  assert {
    condition     = jsondecode(aws_cloudwatch_event_rule.alarm_changes.event_pattern)["detail-type"] == ["CloudWatch Alarm State Change"]
    error_message = "every alarm change is logged (info)"
  }
}

run "rejects_a_plain_http_paging_endpoint" {
  command = plan
  module {
    source = "../modules/monitoring"
  }
  variables {
    paging_endpoint = "http://events.example.com/ara"
  }
  expect_failures = [var.paging_endpoint]
}

run "prod_budget" {
  command = plan
  module {
    source = "../modules/monitoring"
  }

  assert {
    condition     = aws_budgets_budget.monthly.limit_amount == "500"
    error_message = "prod budget is 500 USD"
  }
  assert {
    condition     = toset([for n in aws_budgets_budget.monthly.notification : "${n.notification_type}:${n.threshold}"]) == toset(["ACTUAL:80", "FORECASTED:100"])
    error_message = "80 % actual and forecast alerts"
  }
  assert {
    condition     = join(",", one([for f in aws_budgets_budget.monthly.cost_filter : f.values if f.name == "TagKeyValue"])) == "user:Environment$prod"
    error_message = "the monthly budget counts only this environment's tagged costs"
  }
  assert {
    condition     = aws_ce_cost_allocation_tag.environment.tag_key == "Environment" && aws_ce_cost_allocation_tag.environment.status == "Active"
    error_message = "the Environment tag is activated for cost allocation"
  }
  assert {
    condition     = length(aws_budgets_budget.daily) == 1 && aws_budgets_budget.daily[0].time_unit == "DAILY" && aws_budgets_budget.daily[0].limit_amount == "20"
    error_message = "prod has the daily 20 USD budget"
  }
  assert {
    condition     = join(",", one([for f in aws_budgets_budget.daily[0].cost_filter : f.values if f.name == "TagKeyValue"])) == "user:Environment$prod"
    error_message = "the daily budget counts only prod's costs"
  }
  assert {
    condition     = one(one(aws_ce_anomaly_subscription.spike.threshold_expression).dimension).key == "ANOMALY_TOTAL_IMPACT_PERCENTAGE" && one(one(aws_ce_anomaly_subscription.spike.threshold_expression).dimension).values == toset(["50"])
    error_message = "cost anomalies of 50 % or more are sent to the alert topic"
  }
  assert {
    condition     = jsondecode(aws_ce_anomaly_monitor.environment.monitor_specification).Tags.Values == ["prod"]
    error_message = "the anomaly monitor watches this environment's tag"
  }
}

run "dev_budget" {
  command = plan
  module {
    source = "../modules/monitoring"
  }
  variables {
    environment = "dev"
  }
  assert {
    condition     = aws_budgets_budget.monthly.limit_amount == "50"
    error_message = "dev budget is 50 USD"
  }
  assert {
    condition     = length(aws_budgets_budget.daily) == 0
    error_message = "the daily budget is prod's only"
  }
  assert {
    condition     = join(",", one([for f in aws_budgets_budget.monthly.cost_filter : f.values if f.name == "TagKeyValue"])) == "user:Environment$dev"
    error_message = "dev's budget counts only dev's tagged costs"
  }
}

run "staging_budget" {
  command = plan
  module {
    source = "../modules/monitoring"
  }
  variables {
    environment = "staging"
  }
  assert {
    condition     = aws_budgets_budget.monthly.limit_amount == "100"
    error_message = "staging budget is 100 USD"
  }
}

run "rejects_unknown_environment" {
  command = plan
  module {
    source = "../modules/monitoring"
  }
  variables {
    environment = "qa"
  }
  expect_failures = [var.environment]
}
