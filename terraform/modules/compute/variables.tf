variable "environment" {
  description = "dev, staging or prod."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "aws_region" {
  description = "Region of the log group."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR of the service's VPC."
  type        = string
  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be a valid IPv4 CIDR."
  }
}

variable "container_image" {
  description = "ARA's image (repository Dockerfile)."
  type        = string
}

variable "task_cpu" {
  description = "Fargate CPU units."
  type        = number
}

variable "task_memory" {
  description = "Fargate memory (MiB)."
  type        = number
}

variable "min_tasks" {
  description = "Autoscaling floor."
  type        = number
}

variable "max_tasks" {
  description = "Autoscaling ceiling."
  type        = number
  validation {
    condition     = var.max_tasks >= 1
    error_message = "max_tasks must be at least 1."
  }
}

variable "certificate_arn" {
  description = "ACM certificate; empty: plain HTTP listener."
  type        = string
  default     = ""
}

variable "environment_variables" {
  description = "Plain environment of the container (names ARA documents)."
  type        = map(string)
}

variable "secrets" {
  description = "Secret environment values, stored in Secrets Manager and injected by ECS."
  type        = map(string)
  sensitive   = true
}

variable "cpu_target_percent" {
  description = "Average CPU the service scales to hold."
  type        = number
  default     = 60
}

variable "requests_per_target" {
  description = "ALB requests per task per minute the service scales to hold."
  type        = number
  default     = 1000
}

variable "collector_image" {
  description = "OpenTelemetry collector (contrib distribution: awsemf, awsxray, sqlquery) run beside ARA in each task."
  type        = string
  default     = "otel/opentelemetry-collector-contrib:0.116.1"
}

variable "traces_exporter" {
  description = "Where the collector sends ARA's traces: awsxray (AWS X-Ray) or otlphttp (otlp_traces_endpoint)."
  type        = string
  default     = "awsxray"
  validation {
    condition     = contains(["awsxray", "otlphttp"], var.traces_exporter)
    error_message = "traces_exporter must be awsxray or otlphttp."
  }
  validation {
    condition     = var.traces_exporter != "otlphttp" || var.otlp_traces_endpoint != ""
    error_message = "traces_exporter otlphttp needs otlp_traces_endpoint."
  }
}

variable "otlp_traces_endpoint" {
  description = "OTLP/HTTP backend for traces when traces_exporter is otlphttp (e.g. https://otlp.example.com)."
  type        = string
  default     = ""
  validation {
    condition     = var.otlp_traces_endpoint == "" || can(regex("^https?://", var.otlp_traces_endpoint))
    error_message = "otlp_traces_endpoint must be an http(s) URL or empty."
  }
}

variable "database_host" {
  description = "Database host the collector's hourly storage query connects to (with ARA_DB_USER / ARA_DB_PASSWORD)."
  type        = string
}

variable "database_name" {
  description = "Database name of the collector's storage query."
  type        = string
}

variable "origin_verify_secret" {
  description = "The header value CloudFront sends (X-ARA-Origin-Verify); the load balancer forwards nothing else."
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.origin_verify_secret) >= 32
    error_message = "origin_verify_secret must be at least 32 characters."
  }
}
