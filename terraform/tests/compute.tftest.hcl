# terraform test for modules/compute with a mocked AWS provider; see main.tf for how to run it offline.
mock_provider "aws" {
  mock_data "aws_ec2_managed_prefix_list" {
    defaults = { id = "pl-3b927c52" }
  }
  mock_data "aws_availability_zones" {
    defaults = { names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_resource "aws_lb" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/ara/1", arn_suffix = "app/ara/1" }
  }
  mock_resource "aws_lb_target_group" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/ara/2", arn_suffix = "targetgroup/ara/2" }
  }
  mock_resource "aws_lb_listener" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/ara/1/3" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::123456789012:role/ara" }
  }
  mock_resource "aws_ecs_task_definition" {
    defaults = { arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/ara:1" }
  }
  mock_resource "aws_ecs_cluster" {
    defaults = { arn = "arn:aws:ecs:eu-west-1:123456789012:cluster/ara" }
  }
  mock_resource "aws_secretsmanager_secret" {
    defaults = { arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ara-mock" }
  }
}

variables {
  environment     = "prod"
  aws_region      = "eu-west-1"
  vpc_cidr        = "10.42.0.0/16"
  container_image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ara:0.1.0"
  task_cpu        = 2048
  task_memory     = 4096
  min_tasks       = 3
  max_tasks       = 12
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/x"
  environment_variables = {
    ARA_DB_URL  = "jdbc:mysql://db:3306/ara"
    ARA_DB_USER = "ara"
  }
  secrets = {
    ARA_DB_PASSWORD = "p"
    ARA_DATA_KEY    = "k"
  }
  database_host        = "aws.connect.psdb.cloud"
  origin_verify_secret = "0123456789abcdef0123456789abcdef"
  database_name        = "ara-prod"
}

run "health_checks_and_stop" {
  command = apply
  module {
    source = "../modules/compute"
  }

  assert {
    condition     = aws_lb_target_group.this.health_check[0].path == "/api/ready"
    error_message = "the load balancer must probe /api/ready"
  }
  assert {
    condition     = jsondecode(aws_ecs_task_definition.this.container_definitions)[0].healthCheck.command[1] == "curl -fsS http://127.0.0.1:7070/api/live || exit 1"
    error_message = "the container health check must call /api/live"
  }
  assert {
    condition     = jsondecode(aws_ecs_task_definition.this.container_definitions)[0].stopTimeout >= 25
    error_message = "the stop timeout must cover the drain and the graceful stop"
  }
  assert {
    condition     = aws_lb_listener.this.protocol == "HTTPS" && aws_lb_listener.this.port == 443
    error_message = "with a certificate the listener is HTTPS on 443"
  }
}

run "secrets_come_from_secrets_manager" {
  command = apply
  module {
    source = "../modules/compute"
  }

  assert {
    condition     = length(aws_secretsmanager_secret.env) == 2
    error_message = "one secret per secret variable"
  }
  assert {
    condition     = toset([for s in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].secrets : s.name]) == toset(["ARA_DB_PASSWORD", "ARA_DATA_KEY"])
    error_message = "secret variables must be injected from Secrets Manager"
  }
  assert {
    condition     = alltrue([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : !contains(["ARA_DB_PASSWORD", "ARA_DATA_KEY"], e.name)])
    error_message = "secret values must never appear in the plain environment"
  }
  assert {
    condition     = contains([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : e.name], "ARA_DB_URL")
    error_message = "plain variables are passed"
  }
}

run "only_our_cloudfront_reaches_the_load_balancer" {
  command = apply
  module {
    source = "../modules/compute"
  }

  assert {
    condition     = data.aws_ec2_managed_prefix_list.cloudfront.name == "com.amazonaws.global.cloudfront.origin-facing"
    error_message = "the CloudFront origin-facing prefix list"
  }
  assert {
    condition     = alltrue([for rule in aws_security_group.alb.ingress : length(rule.prefix_list_ids) == 1 && contains(rule.prefix_list_ids, "pl-3b927c52") && length(coalesce(rule.cidr_blocks, [])) == 0 && length(coalesce(rule.ipv6_cidr_blocks, [])) == 0]) && length(aws_security_group.alb.ingress) == 1
    error_message = "the load balancer accepts the CloudFront prefix list only, no CIDR"
  }
  assert {
    condition     = aws_lb_listener.this.default_action[0].type == "fixed-response" && aws_lb_listener.this.default_action[0].fixed_response[0].status_code == "403"
    error_message = "a request without the origin secret is refused"
  }
  assert {
    condition     = one(one(aws_lb_listener_rule.from_edge.condition).http_header).http_header_name == "X-ARA-Origin-Verify" && aws_lb_listener_rule.from_edge.action[0].type == "forward"
    error_message = "requests with CloudFront's origin secret are forwarded"
  }
  assert {
    condition     = contains([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : "${e.name}=${e.value}"], "ARA_CLIENT_ADDRESS_HEADER=CloudFront-Viewer-Address")
    error_message = "ARA takes the client address from CloudFront-Viewer-Address"
  }
}

run "collector_sidecar" {
  command = apply
  module {
    source = "../modules/compute"
  }

  assert {
    condition     = one([for c in jsondecode(aws_ecs_task_definition.this.container_definitions) : c.command if c.name == "otel-collector"]) == ["--config=env:OTEL_COLLECTOR_CONFIG"]
    error_message = "the collector sidecar reads its configuration from its environment"
  }
  assert {
    condition     = yamldecode(one([for e in one([for c in jsondecode(aws_ecs_task_definition.this.container_definitions) : c.environment if c.name == "otel-collector"]) : e.value if e.name == "OTEL_COLLECTOR_CONFIG"])).exporters.awsemf.namespace == "ARA"
    error_message = "the collector's configuration is the rendered otel-collector.yaml, exporting EMF to namespace ARA"
  }
  assert {
    condition     = yamldecode(local.collector_config).service.pipelines.traces.exporters == ["awsxray"]
    error_message = "traces go to X-Ray by default"
  }
  assert {
    condition     = contains([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : "${e.name}=${e.value}"], "OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318")
    error_message = "ARA exports OTLP to the sidecar"
  }
  assert {
    condition     = contains([for e in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].environment : "${e.name}=${e.value}"], "OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION=base2_exponential_bucket_histogram")
    error_message = "exponential histograms, so CloudWatch computes percentiles"
  }
  assert {
    condition     = one([for c in jsondecode(aws_ecs_task_definition.this.container_definitions) : c.secrets if c.name == "otel-collector"])[0].name == "ARA_DB_PASSWORD"
    error_message = "the storage query's password comes from Secrets Manager"
  }
}

run "traces_to_an_otlp_backend" {
  command = apply
  module {
    source = "../modules/compute"
  }
  variables {
    traces_exporter      = "otlphttp"
    otlp_traces_endpoint = "https://otlp.example.com"
  }

  assert {
    condition     = yamldecode(local.collector_config).service.pipelines.traces.exporters == ["otlphttp"] && yamldecode(local.collector_config).exporters.otlphttp.endpoint == "https://otlp.example.com"
    error_message = "traces go to the configured OTLP backend"
  }
}

run "otlp_traces_need_an_endpoint" {
  command = plan
  module {
    source = "../modules/compute"
  }
  variables {
    traces_exporter = "otlphttp"
  }
  expect_failures = [var.traces_exporter]
}

run "autoscaling" {
  command = apply
  module {
    source = "../modules/compute"
  }

  assert {
    condition     = aws_appautoscaling_target.this.min_capacity == 3 && aws_appautoscaling_target.this.max_capacity == 12
    error_message = "autoscaling limits follow min_tasks and max_tasks"
  }
  assert {
    condition     = aws_appautoscaling_policy.cpu.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0].predefined_metric_type == "ECSServiceAverageCPUUtilization"
    error_message = "scales on CPU"
  }
  assert {
    condition     = aws_appautoscaling_policy.requests.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0].predefined_metric_type == "ALBRequestCountPerTarget"
    error_message = "scales on request count"
  }
  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 90
    error_message = "prod keeps logs 90 days"
  }
}

run "dev_without_certificate" {
  command = apply
  module {
    source = "../modules/compute"
  }
  variables {
    environment     = "dev"
    certificate_arn = ""
    min_tasks       = 1
    max_tasks       = 2
  }

  assert {
    condition     = aws_lb_listener.this.protocol == "HTTP" && aws_lb_listener.this.port == 80
    error_message = "without a certificate the listener is HTTP on 80"
  }
  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 14
    error_message = "non-production keeps logs 14 days"
  }
}

run "rejects_bad_cidr" {
  command = plan
  module {
    source = "../modules/compute"
  }
  variables {
    vpc_cidr = "10.42.0.0/33"
  }
  expect_failures = [var.vpc_cidr]
}
