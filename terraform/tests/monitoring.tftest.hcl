# terraform test for modules/monitoring with a mocked AWS provider; see main.tf for how to run it offline.
mock_provider "aws" {}

variables {
  environment              = "prod"
  alert_email              = "oncall@example.com"
  load_balancer_arn_suffix = "app/ara-prod/1234"
  target_group_arn_suffix  = "targetgroup/ara-prod/5678"
  cluster_name             = "ara-prod"
  service_name             = "ara-prod"
  db_pool_size             = 20
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
    condition     = aws_cloudwatch_metric_alarm.app_down.metric_name == "HealthyHostCount" && aws_cloudwatch_metric_alarm.app_down.threshold == 1 && aws_cloudwatch_metric_alarm.app_down.comparison_operator == "LessThanThreshold"
    error_message = "app down when no healthy host"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.db_connections.threshold == 18
    error_message = "DB connections alarm at 90 % of the pool (20)"
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
