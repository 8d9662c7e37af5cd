# Cross-region database backup (prod): a daily logical dump of ARA's database, the same dump the restore drill
# rehearses (docs/operations/restore-drill.md), gzipped and written to a bucket in a second AWS region. PlanetScale
# keeps its own backups in the database's region only (docs/operations/data-safety.md).
#
# The default provider is the primary region (the ECS cluster, the schedule, the task's roles and log group); the
# aws.backup alias is the backup region (the bucket, its request metrics, the alarm and the alarm's topic).
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.0, < 7.0"
      configuration_aliases = [aws.backup]
    }
  }
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "aws_region" {
  description = "Primary region: the ECS cluster and the task's log group."
  type        = string
}

variable "backup_region" {
  description = "Region of the backup bucket; must differ from aws_region."
  type        = string
  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.backup_region))
    error_message = "backup_region must look like eu-central-1."
  }
}

variable "retention_days" {
  description = "Days a dump is kept before the bucket's lifecycle expires it (noncurrent versions a day later)."
  type        = number
  default     = 30
  validation {
    condition     = var.retention_days >= 1
    error_message = "retention_days must be at least 1."
  }
}

variable "image" {
  description = "Image of the dump task: a shell that installs the MariaDB client and the AWS CLI at start (apk)."
  type        = string
  default     = "public.ecr.aws/docker/library/alpine:3.20"
}

variable "schedule_expression" {
  description = "When the dump runs (EventBridge Scheduler expression, UTC)."
  type        = string
  default     = "cron(30 2 * * ? *)"
}

variable "cluster_arn" {
  description = "The ECS cluster ARA runs in (modules/compute)."
  type        = string
}

variable "vpc_id" {
  description = "ARA's VPC (modules/compute)."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets of ARA's VPC; the task gets a public address to reach the database and S3."
  type        = list(string)
}

variable "database_host" {
  description = "Database host (the same as ARA_DB_URL's)."
  type        = string
}

variable "database_name" {
  description = "Database (schema) name."
  type        = string
}

variable "database_user" {
  description = "Database user (ARA_DB_USER)."
  type        = string
}

variable "database_password_secret_arn" {
  description = "ARN of the Secrets Manager secret ARA_DB_PASSWORD the application's task reads (modules/compute)."
  type        = string
}

variable "failure_topic_arn" {
  description = "The primary region's warning topic (modules/monitoring), told at once when a dump task fails."
  type        = string
}

variable "alert_email" {
  description = "Address subscribed to the backup region's warning topic."
  type        = string
}

locals {
  name   = "ara-${var.environment}-db-backup"
  prefix = "dumps"
  # One consistent snapshot without blocking ARA (the restore drill's flags; --no-tablespaces needs no PROCESS
  # privilege), gzip -1, streamed to S3 (aws s3 cp - uses multipart uploads, all allowed by s3:PutObject alone).
  dump_script = join("\n", [
    "set -euo pipefail",
    "apk add --no-cache mariadb-client aws-cli >/dev/null",
    "key=\"${local.prefix}/$(date -u +%Y/%m/%d)/$ARA_DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz\"",
    "mariadb-dump --host=\"$ARA_DB_HOST\" --user=\"$ARA_DB_USER\" --ssl --ssl-verify-server-cert --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces --databases \"$ARA_DB_NAME\" | gzip -1 | aws s3 cp - \"s3://$BACKUP_BUCKET/$key\" --region \"$BACKUP_REGION\" --sse AES256 --only-show-errors",
    "echo \"dumped to s3://$BACKUP_BUCKET/$key\"",
  ])
}

# --- The bucket, in the backup region ------------------------------------------------------------------------------

resource "aws_s3_bucket" "this" {
  provider      = aws.backup
  bucket_prefix = "${local.name}-"
  lifecycle {
    precondition {
      condition     = var.backup_region != var.aws_region
      error_message = "backup_region must differ from aws_region: the point is a copy outside the primary region."
    }
  }
}

resource "aws_s3_bucket_versioning" "this" {
  provider = aws.backup
  bucket   = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}

# SSE-S3: the task needs no KMS permission beside s3:PutObject.
resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  provider = aws.backup
  bucket   = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  provider                = aws.backup
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  provider = aws.backup
  bucket   = aws_s3_bucket.this.id
  rule {
    id     = "expire-dumps"
    status = "Enabled"
    filter {
      prefix = "${local.prefix}/"
    }
    expiration {
      days = var.retention_days
    }
    noncurrent_version_expiration {
      noncurrent_days = 1
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
  depends_on = [aws_s3_bucket_versioning.this]
}

# Request metrics for the dump prefix (AWS/S3 PutRequests, FilterId dumps): the alarm below reads them.
resource "aws_s3_bucket_metric" "dumps" {
  provider = aws.backup
  bucket   = aws_s3_bucket.this.id
  name     = local.prefix
  filter {
    prefix = "${local.prefix}/"
  }
}

# --- The task, in ARA's cluster --------------------------------------------------------------------------------------

data "aws_iam_policy_document" "ecs_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "execution" {
  name               = "${local.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

# The execution role reads the database password only (ECS injects it as MYSQL_PWD, never on a command line).
data "aws_iam_policy_document" "password" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.database_password_secret_arn]
  }
}

resource "aws_iam_role_policy" "password" {
  name   = "read-database-password"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.password.json
}

resource "aws_iam_role" "task" {
  name               = "${local.name}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

# The task may only add dumps: no read, list or delete, so a leaked task credential cannot take or erase backups.
data "aws_iam_policy_document" "put_dumps" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.this.arn}/${local.prefix}/*"]
  }
}

resource "aws_iam_role_policy" "put_dumps" {
  name   = "put-dumps"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.put_dumps.json
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${local.name}"
  retention_in_days = 90
}

resource "aws_security_group" "this" {
  name        = local.name
  description = "The dump task: no inbound, outbound to the database, S3 and the package mirror."
  vpc_id      = var.vpc_id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_task_definition" "this" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([
    {
      name       = "dump"
      image      = var.image
      essential  = true
      entryPoint = ["/bin/sh", "-c"]
      command    = [local.dump_script]
      environment = [
        { name = "ARA_DB_HOST", value = var.database_host },
        { name = "ARA_DB_NAME", value = var.database_name },
        { name = "ARA_DB_USER", value = var.database_user },
        { name = "BACKUP_BUCKET", value = aws_s3_bucket.this.bucket },
        { name = "BACKUP_REGION", value = var.backup_region },
      ]
      secrets = [{ name = "MYSQL_PWD", valueFrom = var.database_password_secret_arn }]
      logConfiguration = {
        logDriver = "awslogs"
        options   = { awslogs-group = aws_cloudwatch_log_group.this.name, awslogs-region = var.aws_region, awslogs-stream-prefix = "dump" }
      }
    }
  ])
}

# --- The daily schedule ----------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${local.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
}

data "aws_iam_policy_document" "run_task" {
  statement {
    actions   = ["ecs:RunTask"]
    resources = [aws_ecs_task_definition.this.arn_without_revision, "${aws_ecs_task_definition.this.arn_without_revision}:*"]
  }
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]
  }
}

resource "aws_iam_role_policy" "run_task" {
  name   = "run-dump-task"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.run_task.json
}

resource "aws_scheduler_schedule" "this" {
  name                = local.name
  schedule_expression = var.schedule_expression
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = var.cluster_arn
    role_arn = aws_iam_role.scheduler.arn
    ecs_parameters {
      task_definition_arn = aws_ecs_task_definition.this.arn
      launch_type         = "FARGATE"
      task_count          = 1
      network_configuration {
        subnets          = var.subnet_ids
        security_groups  = [aws_security_group.this.id]
        assign_public_ip = true
      }
    }
    retry_policy {
      maximum_retry_attempts = 3
    }
  }
}

# --- The alarm, in the backup region ---------------------------------------------------------------------------------
# A CloudWatch alarm can only notify a topic in its own region, and S3's request metrics are published in the
# bucket's: so the warning topic for this alarm lives in the backup region, mailed to alert_email like the primary
# region's warning topic. A failed or never-started task, a wrong password, a full disk: all end in no dump.

resource "aws_sns_topic" "warning" {
  provider = aws.backup
  name     = "ara-${var.environment}-backup-warning"
}

resource "aws_sns_topic_subscription" "warning_email" {
  provider  = aws.backup
  topic_arn = aws_sns_topic.warning.arn
  protocol  = "email"
  endpoint  = var.alert_email
}

resource "aws_cloudwatch_metric_alarm" "no_dump" {
  provider            = aws.backup
  alarm_name          = "${local.name}-missing"
  alarm_description   = "warning: no database dump reached the cross-region backup bucket for 26 hours. Runbook: docs/operations/runbooks/database-backup-missing.md"
  namespace           = "AWS/S3"
  metric_name         = "PutRequests"
  dimensions          = { BucketName = aws_s3_bucket.this.bucket, FilterId = aws_s3_bucket_metric.dumps.name }
  statistic           = "Sum"
  period              = 3600
  evaluation_periods  = 26
  datapoints_to_alarm = 26
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  # S3 publishes request metrics only for hours with requests: an hour without a PUT is missing data.
  treat_missing_data = "breaching"
  alarm_actions      = [aws_sns_topic.warning.arn]
  ok_actions         = [aws_sns_topic.warning.arn]
}

# --- A failed run, at once (primary region) ----------------------------------------------------------------------
# ECS reports every task's end to EventBridge: the dump task stopping with a non-zero exit code, or failing to start
# (image, secret, network), goes to the warning topic the same morning; the alarm above still covers the rest (the
# schedule not firing, a task that never ends).

resource "aws_cloudwatch_event_rule" "task_failed" {
  name        = "${local.name}-failed"
  description = "The cross-region database dump task failed. Runbook: docs/operations/runbooks/database-backup-missing.md"
  event_pattern = jsonencode({
    source        = ["aws.ecs"]
    "detail-type" = ["ECS Task State Change"]
    detail = {
      clusterArn = [var.cluster_arn]
      group      = ["family:${local.name}"]
      lastStatus = ["STOPPED"]
      "$or" = [
        { stopCode = ["TaskFailedToStart"] },
        { containers = { exitCode = [{ "anything-but" = 0 }] } },
      ]
    }
  })
}

resource "aws_cloudwatch_event_target" "task_failed" {
  rule = aws_cloudwatch_event_rule.task_failed.name
  arn  = var.failure_topic_arn
}

output "bucket_name" {
  description = "The backup bucket (in backup_region); dumps under dumps/YYYY/MM/DD/."
  value       = aws_s3_bucket.this.bucket
}

output "log_group_name" {
  description = "The dump task's log group."
  value       = aws_cloudwatch_log_group.this.name
}
