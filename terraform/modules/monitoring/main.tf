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

variable "paging_endpoint" {
  description = "HTTPS endpoint of the paging service (PagerDuty, Opsgenie, ...) the critical topic notifies."
  type        = string
  validation {
    condition     = can(regex("^https://", var.paging_endpoint))
    error_message = "paging_endpoint must be an https:// URL."
  }
}

variable "storage_budget_bytes" {
  description = "Stored objects (report PDFs, uploads) budgeted, in bytes; the storage alarm fires above 80 % of it."
  type        = number
  validation {
    condition     = var.storage_budget_bytes > 0
    error_message = "storage_budget_bytes must be positive."
  }
}

locals {
  name            = "ara-${var.environment}"
  monthly_budgets = { dev = 50, staging = 100, prod = 500 }
  budget_usd      = local.monthly_budgets[var.environment]
  alb_dimensions  = { LoadBalancer = var.load_balancer_arn_suffix, TargetGroup = var.target_group_arn_suffix }
  # The same thresholds for those who scrape /api/metrics with Prometheus.
  prometheus_rules = file("${path.module}/prometheus-alerts.yml")
  # The namespace and dimension the OpenTelemetry collector beside ARA writes (modules/compute/otel-collector.yaml).
  namespace = "ARA"
  env       = { Environment = var.environment }
  # Where each severity goes: critical pages and mails, warning mails, info is only logged (alarm-history log).
  topics = {
    critical = aws_sns_topic.critical.arn
    warning  = aws_sns_topic.warning.arn
    info     = aws_sns_topic.info.arn
  }
}

resource "aws_sns_topic" "critical" {
  name = "${local.name}-critical"
}

resource "aws_sns_topic" "warning" {
  name = "${local.name}-warning"
}

resource "aws_sns_topic" "info" {
  name = "${local.name}-info"
}

# Budgets and cost anomaly detection publish to the warning topic, and EventBridge: the cross-region database
# backup's rule for a failed dump task (modules/backup).
data "aws_iam_policy_document" "cost_alerts" {
  statement {
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.warning.arn]
    principals {
      type        = "Service"
      identifiers = ["budgets.amazonaws.com", "costalerts.amazonaws.com", "events.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic_policy" "cost_alerts" {
  arn    = aws_sns_topic.warning.arn
  policy = data.aws_iam_policy_document.cost_alerts.json
}

resource "aws_sns_topic_subscription" "critical_paging" {
  topic_arn              = aws_sns_topic.critical.arn
  protocol               = "https"
  endpoint               = var.paging_endpoint
  endpoint_auto_confirms = true
}

resource "aws_sns_topic_subscription" "critical_email" {
  topic_arn = aws_sns_topic.critical.arn
  protocol  = "email"
  endpoint  = var.alert_email
}

resource "aws_sns_topic_subscription" "warning_email" {
  topic_arn = aws_sns_topic.warning.arn
  protocol  = "email"
  endpoint  = var.alert_email
}

# Info notifications reach no person: every alarm state change of this environment (info alarms included) is
# written to a log group by EventBridge, which is the alarm history to read in a post-mortem.
resource "aws_cloudwatch_log_group" "alarm_history" {
  name              = "/aws/events/${local.name}-alarms"
  retention_in_days = var.environment == "prod" ? 365 : 30
}

resource "aws_cloudwatch_event_rule" "alarm_changes" {
  name        = "${local.name}-alarm-changes"
  description = "Every state change of ${local.name}'s alarms, logged."
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail        = { alarmName = [{ prefix = "${local.name}-" }] }
  })
}

resource "aws_cloudwatch_event_target" "alarm_history" {
  rule = aws_cloudwatch_event_rule.alarm_changes.name
  arn  = aws_cloudwatch_log_group.alarm_history.arn
}

data "aws_iam_policy_document" "alarm_history" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.alarm_history.arn}:*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com", "delivery.logs.amazonaws.com"]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "alarm_history" {
  policy_name     = "${local.name}-alarm-history"
  policy_document = data.aws_iam_policy_document.alarm_history.json
}

# Application down: no task has sent a metric for two minutes (ARA exports every 60 s; missing data breaches).
resource "aws_cloudwatch_metric_alarm" "app_down" {
  alarm_name          = "${local.name}-down"
  alarm_description   = "critical: no ARA task has reported its metrics for 2 minutes (down, or its collector is). Runbook: docs/operations/runbooks/ara-down.md"
  namespace           = local.namespace
  metric_name         = "jvm.cpu.recent_utilization"
  dimensions          = local.env
  statistic           = "SampleCount"
  period              = 60
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [local.topics.critical]
  ok_actions          = [local.topics.critical]
}

# The load balancer's view of the same: no task passes /api/ready.
resource "aws_cloudwatch_metric_alarm" "no_healthy_target" {
  alarm_name          = "${local.name}-no-healthy-target"
  alarm_description   = "critical: no healthy ARA task behind the load balancer (/api/ready). Runbook: docs/operations/runbooks/ara-down.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  dimensions          = local.alb_dimensions
  period              = 60
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [local.topics.critical]
  ok_actions          = [local.topics.critical]
}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "${local.name}-5xx-rate"
  alarm_description   = "critical: more than 1 % of requests answered with a 5xx for 5 minutes (ARA's request histogram). Runbook: docs/operations/runbooks/high-error-rate.md"
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.critical]
  ok_actions          = [local.topics.critical]

  metric_query {
    id          = "rate"
    expression  = "100 * FILL(errors, 0) / MAX([FILL(errors, 0) + FILL(others, 0), 1])"
    label       = "5xx %"
    return_data = true
  }
  metric_query {
    id = "errors"
    metric {
      namespace   = local.namespace
      metric_name = "http.server.request.duration"
      dimensions  = merge(local.env, { "http.response.status_class" = "5xx" })
      period      = 300
      stat        = "SampleCount"
    }
  }
  metric_query {
    id = "others"
    metric {
      namespace   = local.namespace
      metric_name = "http.server.request.duration"
      dimensions  = merge(local.env, { "http.response.status_class" = "other" })
      period      = 300
      stat        = "SampleCount"
    }
  }
}

# Latency from ARA's own request histogram without the streaming and export routes (otel-collector.yaml,
# filter/interactive), not the load balancer's response time, which an assistant stream would hold at a minute.
resource "aws_cloudwatch_metric_alarm" "p95_latency" {
  alarm_name          = "${local.name}-p95-latency"
  alarm_description   = "warning: 95th percentile response time above 500 ms for 15 minutes. Runbook: docs/operations/runbooks/high-latency-p95.md"
  namespace           = local.namespace
  metric_name         = "ara.http.interactive.duration"
  dimensions          = local.env
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 3
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.warning]
  ok_actions          = [local.topics.info]
}

resource "aws_cloudwatch_metric_alarm" "p95_very_slow" {
  alarm_name          = "${local.name}-p95-very-slow"
  alarm_description   = "critical: 95th percentile response time above 2 s for 10 minutes. Runbook: docs/operations/runbooks/very-slow-p95.md"
  namespace           = local.namespace
  metric_name         = "ara.http.interactive.duration"
  dimensions          = local.env
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.critical]
  ok_actions          = [local.topics.critical]
}

resource "aws_cloudwatch_metric_alarm" "db_connections" {
  alarm_name          = "${local.name}-db-connections"
  alarm_description   = "critical: database pools more than 90 % in use (db.client.connection.count used / max). Runbook: docs/operations/runbooks/database-connections-high.md"
  evaluation_periods  = 1
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.critical]
  ok_actions          = [local.topics.critical]

  metric_query {
    id          = "usage"
    expression  = "100 * used / MAX([limit, 1])"
    label       = "pool in use %"
    return_data = true
  }
  metric_query {
    id = "used"
    metric {
      namespace   = local.namespace
      metric_name = "db.client.connection.count"
      dimensions  = merge(local.env, { "db.client.connection.state" = "used" })
      period      = 60
      stat        = "Sum"
    }
  }
  metric_query {
    id = "limit"
    metric {
      namespace   = local.namespace
      metric_name = "db.client.connection.max"
      dimensions  = local.env
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "cache_hit_rate" {
  alarm_name          = "${local.name}-cache-hit-rate"
  alarm_description   = "warning: progress cache hit rate below 80 % for 30 minutes. Runbook: docs/operations/runbooks/cache-hit-rate-low.md"
  evaluation_periods  = 6
  threshold           = 80
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.warning]
  ok_actions          = [local.topics.info]

  metric_query {
    id          = "ratio"
    expression  = "100 * FILL(hits, 0) / MAX([FILL(hits, 0) + FILL(misses, 0), 1])"
    label       = "hit %"
    return_data = true
  }
  metric_query {
    id = "hits"
    metric {
      namespace   = local.namespace
      metric_name = "ara.progress_cache.lookups"
      dimensions  = merge(local.env, { result = "hit" })
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id = "misses"
    metric {
      namespace   = local.namespace
      metric_name = "ara.progress_cache.lookups"
      dimensions  = merge(local.env, { result = "miss" })
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "memory" {
  alarm_name          = "${local.name}-memory"
  alarm_description   = "warning: ARA's heap more than 80 % used for 15 minutes (jvm.memory.used / limit). Runbook: docs/operations/runbooks/memory-high.md"
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.warning]
  ok_actions          = [local.topics.info]

  metric_query {
    id          = "heap"
    expression  = "100 * used / MAX([limit, 1])"
    label       = "heap used %"
    return_data = true
  }
  metric_query {
    id = "used"
    metric {
      namespace   = local.namespace
      metric_name = "jvm.memory.used"
      dimensions  = merge(local.env, { "jvm.memory.type" = "heap" })
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id = "limit"
    metric {
      namespace   = local.namespace
      metric_name = "jvm.memory.limit"
      dimensions  = merge(local.env, { "jvm.memory.type" = "heap" })
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "${local.name}-cpu"
  alarm_description   = "warning: ARA's tasks above 70 % CPU for 15 minutes (jvm.cpu.recent_utilization). Runbook: docs/operations/runbooks/cpu-high.md"
  namespace           = local.namespace
  metric_name         = "jvm.cpu.recent_utilization"
  dimensions          = local.env
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 0.7
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.warning]
  ok_actions          = [local.topics.info]
}

# Checked daily, as the guide says: the stored objects the collector's hourly query sums, against the budget.
resource "aws_cloudwatch_metric_alarm" "storage" {
  alarm_name          = "${local.name}-storage"
  alarm_description   = "warning: stored reports and uploads above 80 % of storage_budget_bytes (daily). Runbook: docs/operations/runbooks/storage-high.md"
  namespace           = local.namespace
  metric_name         = "ara.storage.used"
  dimensions          = local.env
  statistic           = "Maximum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = var.storage_budget_bytes * 0.8
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [local.topics.warning]
  ok_actions          = [local.topics.info]
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
    subscriber_sns_topic_arns = [local.topics.warning]
  }
  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 100
    threshold_type            = "PERCENTAGE"
    notification_type         = "FORECASTED"
    subscriber_sns_topic_arns = [local.topics.warning]
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
    subscriber_sns_topic_arns = [local.topics.warning]
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
    address = local.topics.warning
  }

  threshold_expression {
    dimension {
      key           = "ANOMALY_TOTAL_IMPACT_PERCENTAGE"
      match_options = ["GREATER_THAN_OR_EQUAL"]
      values        = ["50"]
    }
  }
}

output "alert_topic_arns" {
  description = "SNS topics by severity: critical (paging + email), warning (email; also budgets), info (logged only)."
  value       = local.topics
}

output "monthly_budget_usd" {
  description = "The environment's monthly budget."
  value       = local.budget_usd
}

output "prometheus_rules" {
  description = "The Prometheus alert rules (prometheus-alerts.yml) for those who scrape /api/metrics."
  value       = local.prometheus_rules
}
