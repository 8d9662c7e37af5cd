# terraform test for modules/backup with mocked AWS providers (primary region and the backup alias); see main.tf.
mock_provider "aws" {
  # A bucket made by the primary provider would say eu-west-1.
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::wrong", bucket = "wrong", id = "wrong", region = "eu-west-1" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::123456789012:role/ara-prod-db-backup" }
  }
  mock_resource "aws_ecs_task_definition" {
    defaults = {
      arn                  = "arn:aws:ecs:eu-west-1:123456789012:task-definition/ara-prod-db-backup:1"
      arn_without_revision = "arn:aws:ecs:eu-west-1:123456789012:task-definition/ara-prod-db-backup"
    }
  }
}

mock_provider "aws" {
  alias = "backup"
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::ara-prod-db-backup-1", bucket = "ara-prod-db-backup-1", id = "ara-prod-db-backup-1", region = "eu-central-1" }
  }
  mock_resource "aws_sns_topic" {
    defaults = { arn = "arn:aws:sns:eu-central-1:123456789012:ara-prod-backup-warning" }
  }
}

variables {
  environment                  = "prod"
  aws_region                   = "eu-west-1"
  backup_region                = "eu-central-1"
  cluster_arn                  = "arn:aws:ecs:eu-west-1:123456789012:cluster/ara-prod"
  vpc_id                       = "vpc-1"
  subnet_ids                   = ["subnet-a", "subnet-b"]
  database_host                = "aws.connect.psdb.cloud"
  database_name                = "ara"
  database_user                = "ara-app"
  database_password_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ara-prod/ARA_DB_PASSWORD"
  alert_email                  = "ara-oncall@example.com"
  failure_topic_arn            = "arn:aws:sns:eu-west-1:123456789012:ara-prod-warning"
}

run "bucket_in_the_backup_region" {
  command = apply
  module {
    source = "../modules/backup"
  }
  providers = {
    aws        = aws
    aws.backup = aws.backup
  }

  assert {
    condition     = aws_s3_bucket.this.region == "eu-central-1"
    error_message = "the bucket is created by the backup region's provider"
  }
  assert {
    condition     = aws_s3_bucket_versioning.this.versioning_configuration[0].status == "Enabled"
    error_message = "the bucket is versioned"
  }
  assert {
    condition     = one(aws_s3_bucket_server_side_encryption_configuration.this.rule).apply_server_side_encryption_by_default[0].sse_algorithm == "AES256"
    error_message = "dumps are encrypted at rest"
  }
  assert {
    condition     = aws_s3_bucket_public_access_block.this.block_public_acls && aws_s3_bucket_public_access_block.this.block_public_policy && aws_s3_bucket_public_access_block.this.ignore_public_acls && aws_s3_bucket_public_access_block.this.restrict_public_buckets
    error_message = "public access is blocked"
  }
  assert {
    condition     = one(aws_s3_bucket_lifecycle_configuration.this.rule).expiration[0].days == 30 && one(aws_s3_bucket_lifecycle_configuration.this.rule).noncurrent_version_expiration[0].noncurrent_days == 1 && one(aws_s3_bucket_lifecycle_configuration.this.rule).filter[0].prefix == "dumps/"
    error_message = "dumps expire after the retention (default 30 days), noncurrent versions a day later"
  }
}

run "daily_dump_task_and_its_alerts" {
  command = apply
  module {
    source = "../modules/backup"
  }
  providers = {
    aws        = aws
    aws.backup = aws.backup
  }

  assert {
    condition     = startswith(aws_scheduler_schedule.this.schedule_expression, "cron(") && endswith(aws_scheduler_schedule.this.schedule_expression, "* * ? *)")
    error_message = "the schedule runs daily"
  }
  assert {
    condition     = aws_scheduler_schedule.this.target[0].arn == var.cluster_arn && aws_scheduler_schedule.this.target[0].ecs_parameters[0].task_definition_arn == aws_ecs_task_definition.this.arn && aws_scheduler_schedule.this.target[0].ecs_parameters[0].launch_type == "FARGATE"
    error_message = "the schedule runs the dump task on Fargate in ARA's cluster"
  }
  assert {
    condition     = aws_scheduler_schedule.this.target[0].role_arn == aws_iam_role.scheduler.arn && aws_ecs_task_definition.this.task_role_arn == aws_iam_role.task.arn
    error_message = "the scheduler's role starts the task; the task runs with its own role"
  }
  assert {
    condition     = strcontains(jsondecode(aws_ecs_task_definition.this.container_definitions)[0].command[0], "--single-transaction") && strcontains(jsondecode(aws_ecs_task_definition.this.container_definitions)[0].command[0], "| gzip -1 | aws s3 cp - \"s3://$BACKUP_BUCKET/")
    error_message = "the task dumps in one transaction, gzipped, to the bucket"
  }
  assert {
    condition     = jsondecode(aws_ecs_task_definition.this.container_definitions)[0].secrets == [{ name = "MYSQL_PWD", valueFrom = var.database_password_secret_arn }]
    error_message = "the password comes from the application's secret, as MYSQL_PWD (never on a command line)"
  }
  assert {
    condition     = one([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : e.value if e.name == "BACKUP_REGION"]) == "eu-central-1" && one([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : e.value if e.name == "BACKUP_BUCKET"]) == aws_s3_bucket.this.bucket
    error_message = "the task writes to the backup bucket in its region"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.no_dump.namespace == "AWS/S3" && aws_cloudwatch_metric_alarm.no_dump.metric_name == "PutRequests" && aws_cloudwatch_metric_alarm.no_dump.dimensions["FilterId"] == aws_s3_bucket_metric.dumps.name && aws_cloudwatch_metric_alarm.no_dump.dimensions["BucketName"] == aws_s3_bucket.this.bucket
    error_message = "the alarm reads the request metrics of the dumps/ prefix"
  }
  assert {
    condition     = aws_s3_bucket_metric.dumps.filter[0].prefix == "dumps/"
    error_message = "request metrics are enabled for the dumps/ prefix"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.no_dump.period * aws_cloudwatch_metric_alarm.no_dump.evaluation_periods == 26 * 3600 && aws_cloudwatch_metric_alarm.no_dump.treat_missing_data == "breaching"
    error_message = "26 hours without a PUT (missing hours count) raise it"
  }
  assert {
    condition     = aws_cloudwatch_metric_alarm.no_dump.alarm_actions == toset([aws_sns_topic.warning.arn]) && strcontains(aws_cloudwatch_metric_alarm.no_dump.alarm_description, "Runbook: docs/operations/runbooks/")
    error_message = "the alarm goes to the warning topic and links its runbook"
  }
  assert {
    condition     = aws_sns_topic_subscription.warning_email.topic_arn == aws_sns_topic.warning.arn && aws_sns_topic_subscription.warning_email.endpoint == var.alert_email
    error_message = "the warning topic is mailed"
  }
  assert {
    condition     = aws_cloudwatch_event_target.task_failed.rule == aws_cloudwatch_event_rule.task_failed.name && aws_cloudwatch_event_target.task_failed.arn == var.failure_topic_arn
    error_message = "a failed dump task is sent to the primary region's warning topic"
  }
  assert {
    condition     = jsondecode(aws_cloudwatch_event_rule.task_failed.event_pattern).detail.group == ["family:${aws_ecs_task_definition.this.family}"] && jsondecode(aws_cloudwatch_event_rule.task_failed.event_pattern).detail.lastStatus == ["STOPPED"] && jsondecode(aws_cloudwatch_event_rule.task_failed.event_pattern).detail.clusterArn == [var.cluster_arn]
    error_message = "the rule matches the dump task's family stopping in ARA's cluster"
  }
  assert {
    condition     = jsondecode(aws_cloudwatch_event_rule.task_failed.event_pattern).detail["$or"] == [{ stopCode = ["TaskFailedToStart"] }, { containers = { exitCode = [{ "anything-but" = 0 }] } }]
    error_message = "a non-zero exit or a failure to start matches; a clean exit does not"
  }
}

run "task_role_may_only_put_dumps_and_retention_follows_the_variable" {
  command = plan
  module {
    source = "../modules/backup"
  }
  providers = {
    aws        = aws
    aws.backup = aws.backup
  }
  variables {
    retention_days = 90
  }

  assert {
    condition     = length(data.aws_iam_policy_document.put_dumps.statement) == 1 && one(data.aws_iam_policy_document.put_dumps.statement).actions == toset(["s3:PutObject"])
    error_message = "the task role's only permission is s3:PutObject"
  }
  assert {
    condition     = one(data.aws_iam_policy_document.put_dumps.statement).resources == toset(["arn:aws:s3:::ara-prod-db-backup-1/dumps/*"])
    error_message = "and only under the bucket's dumps/ prefix"
  }
  assert {
    condition     = one(data.aws_iam_policy_document.password.statement).resources == toset([var.database_password_secret_arn])
    error_message = "the execution role reads the database password secret only"
  }
  assert {
    condition     = one(aws_s3_bucket_lifecycle_configuration.this.rule).expiration[0].days == 90
    error_message = "the lifecycle takes retention_days"
  }
}

run "backup_region_must_differ" {
  command = plan
  module {
    source = "../modules/backup"
  }
  providers = {
    aws        = aws
    aws.backup = aws.backup
  }
  variables {
    backup_region = "eu-west-1"
  }
  expect_failures = [aws_s3_bucket.this]
}
