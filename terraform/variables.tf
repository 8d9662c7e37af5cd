variable "environment" {
  description = "Deployment environment; production-only resources (Redis backup, multi-zone, larger sizes) follow it."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "aws_region" {
  description = "AWS region for the ECS service, the load balancer, Secrets Manager and CloudWatch."
  type        = string
  default     = "eu-west-1"
  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must look like eu-west-1."
  }
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC the service runs in (a /16 to /24)."
  type        = string
  default     = "10.40.0.0/16"
  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 24
    error_message = "vpc_cidr must be a valid IPv4 CIDR between /16 and /24."
  }
}

variable "container_image" {
  description = "ARA's container image (built from the repository's Dockerfile), e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/ara:1.4.0."
  type        = string
  validation {
    condition     = length(var.container_image) > 0 && !endswith(var.container_image, ":latest")
    error_message = "container_image must be set and pinned to a tag or digest (not :latest)."
  }
}

variable "task_cpu" {
  description = "Fargate task CPU units."
  type        = number
  validation {
    condition     = contains([256, 512, 1024, 2048, 4096], var.task_cpu)
    error_message = "task_cpu must be one of 256, 512, 1024, 2048, 4096."
  }
}

variable "task_memory" {
  description = "Fargate task memory in MiB."
  type        = number
  validation {
    condition     = var.task_memory >= 512 && var.task_memory <= 30720
    error_message = "task_memory must be between 512 and 30720 MiB."
  }
}

variable "min_tasks" {
  description = "Fewest running ARA tasks."
  type        = number
  validation {
    condition     = var.min_tasks >= 1 && var.min_tasks <= 50
    error_message = "min_tasks must be between 1 and 50."
  }
}

variable "max_tasks" {
  description = "Most running ARA tasks (autoscaling ceiling)."
  type        = number
  validation {
    condition     = var.max_tasks >= 1 && var.max_tasks <= 100
    error_message = "max_tasks must be between 1 and 100."
  }
}

variable "certificate_arn" {
  description = "ACM certificate for the HTTPS listener; empty serves plain HTTP (dev only)."
  type        = string
  default     = ""
}

variable "cors_origins" {
  description = "Origins allowed cross-origin access to ARA and to the reports bucket."
  type        = list(string)
  default     = []
  validation {
    condition     = alltrue([for o in var.cors_origins : can(regex("^https?://[^/*]+$", o))])
    error_message = "cors_origins entries must be scheme://host[:port], without wildcards or paths."
  }
}

variable "alert_email" {
  description = "Address subscribed to the alert topic."
  type        = string
  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alert_email))
    error_message = "alert_email must be an email address."
  }
}

variable "paging_endpoint" {
  description = "HTTPS endpoint of the paging service the critical alerts go to (with alert_email)."
  type        = string
  validation {
    condition     = can(regex("^https://", var.paging_endpoint))
    error_message = "paging_endpoint must be an https:// URL."
  }
}

variable "storage_budget_bytes" {
  description = "Bytes of stored reports and uploads budgeted; a daily alarm warns above 80 %."
  type        = number
}

variable "traces_exporter" {
  description = "Where traces go: awsxray (AWS X-Ray) or otlphttp (otlp_traces_endpoint)."
  type        = string
  default     = "awsxray"
}

variable "otlp_traces_endpoint" {
  description = "OTLP/HTTP trace backend when traces_exporter is otlphttp."
  type        = string
  default     = ""
}

variable "cloudflare_usage_alert_limits" {
  description = "Cloudflare usage-based billing alerts, product to usage limit (modules/storage; docs/operations/costs.md)."
  type        = map(string)
  default     = {}
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose delivery workflow pushes images (prod owns the registry)."
  type        = string
}

variable "registry_pull_account_ids" {
  description = "AWS accounts of the other environments, when they are not prod's account, allowed to pull images."
  type        = list(string)
  default     = []
}

variable "origin_hostname" {
  description = "DNS name of the load balancer covered by certificate_arn (e.g. origin.ara.example.com), CloudFront's origin; empty: the ALB's own name (only without a certificate)."
  type        = string
  default     = ""
}

variable "edge_certificate_arn" {
  description = "ACM certificate in us-east-1 for public_url's host name on CloudFront (TLS 1.3 only); empty: the cloudfront.net name."
  type        = string
  default     = ""
}

variable "edge_rate_limit" {
  description = "Requests per 5 minutes from one IP above which the WAF blocks it."
  type        = number
  default     = 2000
}

variable "cross_region_backup" {
  description = "Whether a daily logical dump of the database goes to a bucket in backup_region (prod: true)."
  type        = bool
  default     = false
}

variable "backup_region" {
  description = "AWS region of the cross-region database backup bucket; must differ from aws_region."
  type        = string
  default     = "eu-central-1"
  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.backup_region))
    error_message = "backup_region must look like eu-central-1."
  }
}

variable "backup_retention_days" {
  description = "Days a cross-region database dump is kept."
  type        = number
  default     = 30
  validation {
    condition     = var.backup_retention_days >= 1
    error_message = "backup_retention_days must be at least 1."
  }
}

variable "planetscale_organization" {
  description = "PlanetScale organization that owns the database."
  type        = string
}

variable "planetscale_region" {
  description = "PlanetScale region slug, e.g. eu-west."
  type        = string
  default     = "eu-west"
}

variable "planetscale_cluster_size" {
  description = "PlanetScale cluster size (the guide: PS-10 for dev, PS-40 for production)."
  type        = string
  validation {
    condition     = contains(["PS-10", "PS-20", "PS-40", "PS-80", "PS-160"], var.planetscale_cluster_size)
    error_message = "planetscale_cluster_size must be one of PS-10, PS-20, PS-40, PS-80, PS-160."
  }
}

variable "db_pool_size" {
  description = "ARA_DB_POOL_SIZE per task."
  type        = number
  default     = 10
  validation {
    condition     = var.db_pool_size >= 1 && var.db_pool_size <= 500
    error_message = "db_pool_size must be within 1..500."
  }
}

variable "upstash_primary_region" {
  description = "Upstash primary region, e.g. eu-west-1."
  type        = string
  default     = "eu-west-1"
}

variable "upstash_backup_region" {
  description = "Upstash region of the production backup database."
  type        = string
  default     = "us-east-1"
}

variable "cloudflare_account_id" {
  description = "Cloudflare account holding the R2 bucket and the worker."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-f]{32}$", var.cloudflare_account_id))
    error_message = "cloudflare_account_id must be 32 hex digits."
  }
}

variable "cloudflare_zone_id" {
  description = "Cloudflare zone the worker's route belongs to."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-f]{32}$", var.cloudflare_zone_id))
    error_message = "cloudflare_zone_id must be 32 hex digits."
  }
}

variable "edge_hostname" {
  description = "Host name the edge worker serves /r2/* on, e.g. files.ara.example.com."
  type        = string
}

variable "public_url" {
  description = "ARA's URL as people reach it (ARA_PUBLIC_URL): links in mail start with it, e.g. https://ara.example.com."
  type        = string
  validation {
    condition     = can(regex("^https://[^/?#@]+$", var.public_url))
    error_message = "public_url must be https://host, without a path, query or trailing slash."
  }
}

variable "smtp_url" {
  description = "The SMTP server ARA mails through (ARA_SMTP_URL): smtp://host:587 (STARTTLS) or smtps://host:465 (TLS), e.g. Amazon SES's SMTP endpoint."
  type        = string
  validation {
    condition     = can(regex("^smtps?://[^/?#@:]+(:[0-9]+)?$", var.smtp_url))
    error_message = "smtp_url must be smtp://host:port or smtps://host:port, without a user or password."
  }
}

variable "smtp_user" {
  description = "The SMTP user name (ARA_SMTP_USER); its password is the secret smtp_password."
  type        = string
}

variable "mail_from" {
  description = "Who ARA's messages come from (ARA_MAIL_FROM), e.g. 'ARA <noreply@ara.example.com>': an address the SMTP server may send as."
  type        = string
}

# --- Secrets: sensitive, never defaulted; pass them with TF_VAR_… or a secrets manager, never in tfvars. ----------

variable "cloudflare_api_token" {
  description = "Cloudflare API token Terraform uses (R2, Workers, API tokens)."
  type        = string
  sensitive   = true
}

variable "jwt_jwks_url" {
  description = "The identity provider's JWKS URL (ARA_JWT_JWKS_URL)."
  type        = string
  validation {
    condition     = can(regex("^https://", var.jwt_jwks_url))
    error_message = "jwt_jwks_url must be an https URL."
  }
}

variable "jwt_issuer" {
  description = "ARA_JWT_ISSUER."
  type        = string
}

variable "jwt_audience" {
  description = "ARA_JWT_AUDIENCE."
  type        = string
}

variable "data_key" {
  description = "ARA_DATA_KEY: base64 of a 32-byte AES-256 key (openssl rand -base64 32)."
  type        = string
  sensitive   = true
  validation {
    condition     = can(base64decode(var.data_key)) && length(var.data_key) == 44
    error_message = "data_key must be base64 of exactly 32 bytes."
  }
}

variable "metrics_token" {
  description = "ARA_METRICS_TOKEN: bearer token for /api/metrics (16+ visible ASCII characters)."
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.metrics_token) >= 16
    error_message = "metrics_token must have at least 16 characters."
  }
}

variable "edge_grant_secret" {
  description = "HMAC secret shared by ARA (ARA_EDGE_GRANT_SECRET) and the edge worker for signed grants (32+ bytes)."
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.edge_grant_secret) >= 32
    error_message = "edge_grant_secret must have at least 32 characters."
  }
}

variable "smtp_password" {
  description = "ARA_SMTP_PASSWORD: the password of smtp_user at the SMTP server."
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.smtp_password) > 0
    error_message = "smtp_password must not be empty."
  }
}

variable "origin_verify_secret" {
  description = "Secret header value CloudFront sends to the load balancer, which forwards nothing else (TF_VAR_origin_verify_secret, e.g. openssl rand -hex 32)."
  type        = string
  sensitive   = true
}
