terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

variable "environment" {
  description = "dev, staging or prod; sets the monthly budget (50, 100, 500 USD)."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "alert_email" {
  description = "Address subscribed to the alert topic."
  type        = string
}

variable "load_balancer_arn_suffix" {
  description = "ALB arn suffix (CloudWatch dimension)."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "Target group arn suffix (CloudWatch dimension)."
  type        = string
}

variable "cluster_name" {
  description = "ECS cluster."
  type        = string
}

variable "service_name" {
  description = "ECS service."
  type        = string
}

variable "db_pool_size" {
  description = "ARA_DB_POOL_SIZE: the 90 % connection alarm is relative to it."
  type        = number
}

variable "app_metrics_namespace" {
  description = "CloudWatch namespace an OpenTelemetry collector (e.g. ADOT) publishes ARA's OTLP metrics to."
  type        = string
  default     = "ARA"
}

locals {
  name            = "ara-${var.environment}"
  monthly_budgets = { dev = 50, staging = 100, prod = 500 }
  budget_usd      = local.monthly_budgets[var.environment]
  alb_dimensions  = { LoadBalancer = var.load_balancer_arn_suffix, TargetGroup = var.target_group_arn_suffix }
  # The same thresholds for those who scrape /api/metrics with Prometheus.
  prometheus_rules = file("${path.module}/prometheus-alerts.yml")
}

resource "aws_sns_topic" "alerts" {
  name = "${local.name}-alerts"
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = var.alert_email
}

resource "aws_cloudwatch_metric_alarm" "p95_latency" {
  alarm_name          = "${local.name}-p95-latency"
  alarm_description   = "95th percentile response time above 500 ms for 15 minutes. Runbook: docs/operations/runbooks/high-latency-p95.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  extended_statistic  = "p95"
  dimensions          = local.alb_dimensions
  period              = 300
  evaluation_periods  = 3
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  ok_actions          = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "${local.name}-5xx-rate"
  alarm_description   = "More than 1 % of requests answered with a 5xx for 5 minutes. Runbook: docs/operations/runbooks/high-error-rate.md"
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  ok_actions          = [aws_sns_topic.alerts.arn]

  metric_query {
    id          = "rate"
    expression  = "100 * errors / MAX([requests, 1])"
    label       = "5xx %"
    return_data = true
  }
  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = local.alb_dimensions
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = local.alb_dimensions
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "app_down" {
  alarm_name          = "${local.name}-down"
  alarm_description   = "No healthy ARA task behind the load balancer (/api/ready). Runbook: docs/operations/runbooks/ara-down.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  dimensions          = local.alb_dimensions
  period              = 60
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  ok_actions          = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "db_connections" {
  alarm_name          = "${local.name}-db-connections"
  alarm_description   = "Database pool more than 90 % in use (db_client_connection_count{state=used}, ARA's OTLP metrics). Runbook: docs/operations/runbooks/database-connections-high.md"
  namespace           = var.app_metrics_namespace
  metric_name         = "db_client_connection_count"
  dimensions          = { db_client_connection_state = "used" }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.db_pool_size * 0.9
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "cache_hit_rate" {
  alarm_name          = "${local.name}-cache-hit-rate"
  alarm_description   = "Progress cache hit rate below 80 % for 30 minutes. Runbook: docs/operations/runbooks/cache-hit-rate-low.md"
  evaluation_periods  = 6
  threshold           = 80
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]

  metric_query {
    id          = "ratio"
    expression  = "100 * hits / MAX([hits + misses, 1])"
    label       = "hit %"
    return_data = true
  }
  metric_query {
    id = "hits"
    metric {
      namespace   = var.app_metrics_namespace
      metric_name = "ara_progress_cache_lookups_total"
      dimensions  = { result = "hit" }
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id = "misses"
    metric {
      namespace   = var.app_metrics_namespace
      metric_name = "ara_progress_cache_lookups_total"
      dimensions  = { result = "miss" }
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = local.name
  dashboard_body = jsonencode({
    widgets = [
      {
        type = "metric", x = 0, y = 0, width = 12, height = 6
        properties = {
          title   = "Response time p95 (s)"
          metrics = [["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", var.load_balancer_arn_suffix, { stat = "p95" }]]
          period  = 60
        }
      },
      {
        type = "metric", x = 12, y = 0, width = 12, height = 6
        properties = {
          title = "Requests and 5xx"
          metrics = [
            ["AWS/ApplicationELB", "RequestCount", "LoadBalancer", var.load_balancer_arn_suffix, { stat = "Sum" }],
            [".", "HTTPCode_Target_5XX_Count", ".", ".", { stat = "Sum" }],
          ]
          period = 60
        }
      },
      {
        type = "metric", x = 0, y = 6, width = 12, height = 6
        properties = {
          title = "Tasks: CPU and memory (%)"
          metrics = [
            ["AWS/ECS", "CPUUtilization", "ClusterName", var.cluster_name, "ServiceName", var.service_name],
            [".", "MemoryUtilization", ".", ".", ".", "."],
          ]
          period = 60
        }
      },
      {
        type = "metric", x = 12, y = 6, width = 12, height = 6
        properties = {
          title   = "Healthy tasks"
          metrics = [["AWS/ApplicationELB", "HealthyHostCount", "LoadBalancer", var.load_balancer_arn_suffix, "TargetGroup", var.target_group_arn_suffix]]
          period  = 60
        }
      },
    ]
  })
}

# Costs are counted per environment by the Environment tag every resource carries (the root module's default_tags),
# so one account can hold several environments without dev's budget alerting on prod's spend. A cost-allocation tag
# must be activated before Cost Explorer and budgets can filter by it; activation is account-wide and idempotent, so
# each environment's apply declares it.
resource "aws_ce_cost_allocation_tag" "environment" {
  tag_key = "Environment"
  status  = "Active"
}

locals {
  environment_cost = join("$", ["user:Environment", var.environment])
}

resource "aws_budgets_budget" "monthly" {
  name         = "${local.name}-monthly"
  budget_type  = "COST"
  limit_amount = tostring(local.budget_usd)
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = [local.environment_cost]
  }

  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 80
    threshold_type            = "PERCENTAGE"
    notification_type         = "ACTUAL"
    subscriber_sns_topic_arns = [aws_sns_topic.alerts.arn]
  }
  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 100
    threshold_type            = "PERCENTAGE"
    notification_type         = "FORECASTED"
    subscriber_sns_topic_arns = [aws_sns_topic.alerts.arn]
  }
}

# The guide's daily alert: production spending more than 20 USD in a day.
resource "aws_budgets_budget" "daily" {
  count        = var.environment == "prod" ? 1 : 0
  name         = "${local.name}-daily"
  budget_type  = "COST"
  limit_amount = "20"
  limit_unit   = "USD"
  time_unit    = "DAILY"

  cost_filter {
    name   = "TagKeyValue"
    values = [local.environment_cost]
  }

  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 100
    threshold_type            = "PERCENTAGE"
    notification_type         = "ACTUAL"
    subscriber_sns_topic_arns = [aws_sns_topic.alerts.arn]
  }
}

# The guide's cost-spike alert: Cost Explorer's anomaly detection on this environment's tag, telling the alert topic
# of every anomaly whose impact is at least 50 % above the expected spend.
resource "aws_ce_anomaly_monitor" "environment" {
  name         = "${local.name}-costs"
  monitor_type = "CUSTOM"
  monitor_specification = jsonencode({
    Tags = { Key = "Environment", Values = [var.environment], MatchOptions = ["EQUALS"] }
  })
}

resource "aws_ce_anomaly_subscription" "spike" {
  name             = "${local.name}-cost-spike"
  frequency        = "IMMEDIATE"
  monitor_arn_list = [aws_ce_anomaly_monitor.environment.arn]

  subscriber {
    type    = "SNS"
    address = aws_sns_topic.alerts.arn
  }

  threshold_expression {
    dimension {
      key           = "ANOMALY_TOTAL_IMPACT_PERCENTAGE"
      match_options = ["GREATER_THAN_OR_EQUAL"]
      values        = ["50"]
    }
  }
}

output "alert_topic_arn" {
  description = "SNS topic of the alarms and budget alerts."
  value       = aws_sns_topic.alerts.arn
}

output "monthly_budget_usd" {
  description = "The environment's monthly budget."
  value       = local.budget_usd
}

output "prometheus_rules" {
  description = "The Prometheus alert rules (prometheus-alerts.yml) for those who scrape /api/metrics."
  value       = local.prometheus_rules
}
