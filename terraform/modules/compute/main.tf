terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

locals {
  name          = "ara-${var.environment}"
  is_production = var.environment == "prod"
  port          = 7070
  https         = var.certificate_arn != ""
  # ARA's variables the container sets itself (fixed for every environment).
  fixed_environment = {
    ARA_HOST                = "0.0.0.0"
    ARA_PORT                = tostring(local.port)
    ARA_LOG_FORMAT          = "json"
    ARA_SHUTDOWN_DRAIN_MS   = "15000"
    ARA_SHUTDOWN_TIMEOUT_MS = "10000"
    ARA_TRUSTED_PROXIES     = var.vpc_cidr
    # Behind CloudFront (modules/edge) the viewer is named by CloudFront, believed from the ALB only.
    ARA_CLIENT_ADDRESS_HEADER = "CloudFront-Viewer-Address"
    # Traces and metrics go to the collector beside ARA in the task (otel-collector.yaml).
    OTEL_EXPORTER_OTLP_ENDPOINT = "http://127.0.0.1:4318"
  }
  # Further standard OpenTelemetry SDK variables (README: "the other standard variables apply", OTEL_*): exponential
  # histograms with delta temporality, the form CloudWatch computes percentiles from (awsemf sends their values and
  # counts), and the environment as a resource attribute of every span.
  otel_standard_environment = {
    OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION = "base2_exponential_bucket_histogram"
    OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE        = "delta"
    OTEL_RESOURCE_ATTRIBUTES                                 = "deployment.environment.name=${var.environment}"
  }
  environment = merge(local.fixed_environment, local.otel_standard_environment, var.environment_variables)
  # Every variable ARA documents that the container deliberately does not set, and why. With the environment and
  # the secrets it must name exactly ARA's documented variables (checked by ara-infrastructure-tests).
  ara_variables_left_unset = {
    ARA_DATA_DIR                      = "the image sets /var/lib/ara; nothing embedded runs here (database, Redis, storage are external)"
    ARA_DB_POOL_MIN_IDLE              = "default 2"
    ARA_DB_CONNECTION_TIMEOUT_MS      = "default 5000"
    ARA_MAX_REQUEST_BYTES             = "default 65536"
    ARA_BODY_READ_SECONDS             = "default 60 (per started 64 KiB of body)"
    ARA_MAX_QUESTIONNAIRE_BYTES       = "default 1048576 (admin questionnaire publishing only)"
    ARA_VIRTUAL_THREADS               = "default true"
    ARA_CONFIG_FILE                   = "the environment carries every value"
    ARA_LOG_LEVEL                     = "default INFO"
    ARA_HEALTH_TIMEOUT_MS             = "default 2000"
    ARA_JWT_SECRET                    = "JWKS is used instead"
    ARA_JWT_ALGORITHM                 = "default RS256"
    ARA_JWT_ROLES_CLAIM               = "default roles"
    ARA_DATA_KEY_ID                   = "default k1; set it with ARA_DATA_KEYS_RETIRED when rotating (terraform/README.md)"
    ARA_DATA_KEYS_RETIRED             = "only while rotating the data key"
    ARA_GUEST_SUBMIT                  = "default email"
    ARA_REDIS_TIMEOUT_MS              = "default 250"
    ARA_REDIS_CONNECT_TIMEOUT_MS      = "default 1000"
    ARA_LIMIT_API_PER_IP              = "default 100/1m"
    ARA_LIMIT_FAILED_ACCESS_PER_IP    = "default 30/1m"
    ARA_LIMIT_AUDIT_CREATE_PER_IP     = "default 20/1h"
    ARA_LIMIT_ANSWER_WRITES_PER_AUDIT = "default 300/1m"
    ARA_LIMIT_SUBMIT_PER_AUDIT        = "default 5/1h"
    ARA_LIMIT_REPORTS_PER_AUDIT       = "default 5/1h"
    ARA_LIMIT_CHAT_PER_AUDIT          = "default 20/1m"
    ARA_LIMIT_UPLOADS_PER_AUDIT       = "default 5/1h"
    ARA_S3_CONNECT_TIMEOUT_MS         = "default 5000"
    ARA_S3_REQUEST_TIMEOUT_MS         = "default 60000"
    ARA_STORAGE_DIR                   = "local storage only; refused with ARA_S3_ENDPOINT"
    ARA_STORAGE_LINK_SECRET           = "local storage only; refused with ARA_S3_ENDPOINT"
    ARA_REPORT_WORKERS                = "default: the task's cores"
    ARA_REPORT_LINK_TTL               = "default 7d"
    ARA_REPORT_MAX_ATTEMPTS           = "default 5"
    ARA_REPORT_RETRY_DELAY            = "default 5s"
    ARA_LLM_BASE_URL                  = "the offline assistant by default; to use a language model set the three ARA_LLM_* together, the key as a secret"
    ARA_LLM_MODEL                     = "only with ARA_LLM_BASE_URL"
    ARA_LLM_API_KEY                   = "only with ARA_LLM_BASE_URL; a secret"
    ARA_LLM_EMBEDDING_MODEL           = "only with ARA_LLM_BASE_URL; default local embeddings"
    ARA_LLM_CONNECT_TIMEOUT_MS        = "only with ARA_LLM_BASE_URL; default 3000"
    ARA_LLM_STALL_TIMEOUT_MS          = "only with ARA_LLM_BASE_URL; default 10000"
    ARA_LLM_REPLY_TIMEOUT_MS          = "only with ARA_LLM_BASE_URL; default 60000"
    ARA_LLM_RETRIES                   = "only with ARA_LLM_BASE_URL; default 1"
    ARA_LLM_BREAKER_FAILURES          = "only with ARA_LLM_BASE_URL; default 3"
    ARA_LLM_BREAKER_OPEN_MS           = "only with ARA_LLM_BASE_URL; default 30000"
    ARA_REPORT_LEASE                  = "default 2m"
    ARA_REPORT_POLL_INTERVAL          = "default 500ms"
    ARA_MAINTENANCE_INTERVAL_MINUTES  = "default 60: every task tries the clean-ups, a database lease lets one run each"
    ARA_SMTP_HOST                     = "ARA_SMTP_URL names the server"
    ARA_SMTP_PORT                     = "ARA_SMTP_URL carries the port"
    ARA_SMTP_PLAIN                    = "default false: mail always goes over STARTTLS or TLS"
    ARA_MAIL_RETENTION_DAYS           = "default 30; no .eml files are written here (SMTP is configured)"
    ARA_OUTBOX_POLL_INTERVAL          = "default 1s: every task runs one outbox dispatcher, SKIP LOCKED leases share the events"
    ARA_WEBHOOK_ALLOW_PRIVATE         = "default false: webhooks go only over https to public addresses"
    ARA_JAVA_HOME                     = "the image's JRE"
    JAVA_OPTS                         = "the image sets -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
  }
  secret_names = nonsensitive(toset(keys(var.secrets)))
  log_options  = { awslogs-group = aws_cloudwatch_log_group.this.name, awslogs-region = var.aws_region }
  # The collector's configuration (otel-collector.yaml, rendered), passed in its container's environment.
  collector_log_group = "/ecs/${local.name}/metrics"
  collector_config = templatefile("${path.module}/otel-collector.yaml", {
    environment          = var.environment
    log_group            = local.collector_log_group
    traces_exporter      = var.traces_exporter
    otlp_traces_endpoint = var.otlp_traces_endpoint
  })
  # Drain (15 s, = ALB probe interval 5 s x 3 unhealthy) + graceful stop (10 s) + margin.
  stop_timeout = 30
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags                 = { Name = local.name }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.this.id
  cidr_block              = cidrsubnet(var.vpc_cidr, 4, count.index)
  availability_zone       = data.aws_availability_zones.available.names[count.index]
  map_public_ip_on_launch = true
  tags                    = { Name = "${local.name}-public-${count.index}" }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

# CloudFront's origin-facing addresses: the only ones the load balancer accepts (modules/edge is in front).
data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_security_group" "alb" {
  name   = "${local.name}-alb"
  vpc_id = aws_vpc.this.id
  ingress {
    description     = "CloudFront origin-facing only"
    from_port       = local.https ? 443 : 80
    to_port         = local.https ? 443 : 80
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.cloudfront.id]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "task" {
  name   = "${local.name}-task"
  vpc_id = aws_vpc.this.id
  ingress {
    from_port       = local.port
    to_port         = local.port
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "this" {
  name                       = local.name
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.alb.id]
  subnets                    = aws_subnet.public[*].id
  drop_invalid_header_fields = true
}

resource "aws_lb_target_group" "this" {
  name                 = local.name
  port                 = local.port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = aws_vpc.this.id
  deregistration_delay = 20
  health_check {
    path                = "/api/ready"
    matcher             = "200"
    interval            = 5
    timeout             = 3
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "this" {
  load_balancer_arn = aws_lb.this.arn
  port              = local.https ? 443 : 80
  protocol          = local.https ? "HTTPS" : "HTTP"
  certificate_arn   = local.https ? var.certificate_arn : null
  ssl_policy        = local.https ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null
  # Any CloudFront distribution can reach the prefix list; only ours sends the origin secret.
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      message_body = "Forbidden"
      status_code  = "403"
    }
  }
}

resource "aws_lb_listener_rule" "from_edge" {
  listener_arn = aws_lb_listener.this.arn
  priority     = 1
  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }
  condition {
    http_header {
      http_header_name = "X-ARA-Origin-Verify"
      values           = [var.origin_verify_secret]
    }
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${local.name}"
  retention_in_days = local.is_production ? 90 : 14
}

# The collector's EMF records: CloudWatch extracts the metrics; the records themselves are kept briefly.
resource "aws_cloudwatch_log_group" "metrics" {
  name              = local.collector_log_group
  retention_in_days = 7
}

resource "aws_secretsmanager_secret" "env" {
  for_each                = local.secret_names
  name                    = "${local.name}/${each.key}"
  recovery_window_in_days = local.is_production ? 30 : 0
}

resource "aws_secretsmanager_secret_version" "env" {
  for_each      = local.secret_names
  secret_id     = aws_secretsmanager_secret.env[each.key].id
  secret_string = var.secrets[each.key]
}

data "aws_iam_policy_document" "assume" {
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
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "secrets" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [for s in aws_secretsmanager_secret.env : s.arn]
  }
}

resource "aws_iam_role_policy" "secrets" {
  name   = "read-ara-secrets"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.secrets.json
}

resource "aws_iam_role" "task" {
  name               = "${local.name}-task"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

# What the collector sidecar does with the task role: write EMF records, send trace segments.
data "aws_iam_policy_document" "collector" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.metrics.arn}:*"]
  }
  statement {
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "collector" {
  name   = "otel-collector"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.collector.json
}

resource "aws_ecs_cluster" "this" {
  name = local.name
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_task_definition" "this" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([
    {
      name         = "ara"
      image        = var.container_image
      essential    = true
      stopTimeout  = local.stop_timeout
      portMappings = [{ containerPort = local.port, protocol = "tcp" }]
      environment  = [for k in sort(keys(local.environment)) : { name = k, value = local.environment[k] }]
      secrets      = [for k in sort(tolist(local.secret_names)) : { name = k, valueFrom = aws_secretsmanager_secret.env[k].arn }]
      healthCheck = {
        command     = ["CMD-SHELL", "curl -fsS http://127.0.0.1:${local.port}/api/live || exit 1"]
        interval    = 15
        timeout     = 5
        retries     = 3
        startPeriod = 60
      }
      logConfiguration = { logDriver = "awslogs", options = merge(local.log_options, { awslogs-stream-prefix = "ara" }) }
      dependsOn        = [{ containerName = "otel-collector", condition = "START" }]
    },
    {
      # Receives ARA's OTLP on 127.0.0.1:4317/4318; metrics to CloudWatch (EMF, namespace ARA), traces to X-Ray or
      # an OTLP backend. Not essential: ARA keeps serving if it stops (the app-down alarm then fires: no data).
      name      = "otel-collector"
      image     = var.collector_image
      essential = false
      command   = ["--config=env:OTEL_COLLECTOR_CONFIG"]
      environment = [
        { name = "OTEL_COLLECTOR_CONFIG", value = local.collector_config },
        { name = "AWS_REGION", value = var.aws_region },
        { name = "ARA_DB_HOST", value = var.database_host },
        { name = "ARA_DB_NAME", value = var.database_name },
        { name = "ARA_DB_USER", value = lookup(var.environment_variables, "ARA_DB_USER", "") },
      ]
      secrets          = [for k in ["ARA_DB_PASSWORD"] : { name = k, valueFrom = aws_secretsmanager_secret.env[k].arn } if contains(local.secret_names, k)]
      logConfiguration = { logDriver = "awslogs", options = merge(local.log_options, { awslogs-stream-prefix = "otel-collector" }) }
    }
  ])
}

resource "aws_ecs_service" "this" {
  name                               = local.name
  cluster                            = aws_ecs_cluster.this.id
  task_definition                    = aws_ecs_task_definition.this.arn
  desired_count                      = var.min_tasks
  launch_type                        = "FARGATE"
  health_check_grace_period_seconds  = 60
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  network_configuration {
    subnets          = aws_subnet.public[*].id
    security_groups  = [aws_security_group.task.id]
    assign_public_ip = true
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.this.arn
    container_name   = "ara"
    container_port   = local.port
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  depends_on = [aws_lb_listener_rule.from_edge]
}

resource "aws_appautoscaling_target" "this" {
  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${aws_ecs_service.this.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.min_tasks
  max_capacity       = var.max_tasks
}

resource "aws_appautoscaling_policy" "cpu" {
  name               = "${local.name}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  target_tracking_scaling_policy_configuration {
    target_value = var.cpu_target_percent
    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "requests" {
  name               = "${local.name}-requests"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  target_tracking_scaling_policy_configuration {
    target_value = var.requests_per_target
    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
      resource_label         = "${aws_lb.this.arn_suffix}/${aws_lb_target_group.this.arn_suffix}"
    }
  }
}
