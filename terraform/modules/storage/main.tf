terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = ">= 5.0, < 6.0"
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

variable "account_id" {
  description = "Cloudflare account id."
  type        = string
}

variable "zone_id" {
  description = "Cloudflare zone of the worker route."
  type        = string
}

variable "edge_hostname" {
  description = "Host name the worker serves /r2/* on."
  type        = string
}

variable "cors_origins" {
  description = "Origins allowed to PUT uploads to and GET reports from the bucket's presigned URLs, and to call the worker."
  type        = list(string)
}

variable "edge_grant_secret" {
  description = "HMAC secret shared with ARA for the worker's grants."
  type        = string
  sensitive   = true
}

variable "report_retention_days" {
  description = "ARA's ARA_REPORT_RETENTION_DAYS: the lifecycle rule deletes report PDFs one day after ARA's own clean-up would have."
  type        = number
  validation {
    condition     = var.report_retention_days >= 1 && floor(var.report_retention_days) == var.report_retention_days
    error_message = "report_retention_days must be a whole number of days, at least 1."
  }
}

locals {
  bucket_name = "ara-reports-${var.environment}"
}

variable "alert_email" {
  description = "Address Cloudflare's usage-based billing notifications go to."
  type        = string
}

variable "usage_alert_limits" {
  description = "Cloudflare usage-based billing alerts: product (as the account's available billing_usage_alert products name it, e.g. the Workers and R2 entries) to the usage above which Cloudflare e-mails; empty: none (docs/operations/costs.md)."
  type        = map(string)
  default     = {}
}

resource "cloudflare_r2_bucket" "reports" {
  account_id = var.account_id
  name       = local.bucket_name
  location   = "weur"
}

# R2 has no object versioning; production's protection is the longer retention below and the recovery procedure
# in terraform/README.md. Reports expire from the same retention ARA is given (ARA_REPORT_RETENTION_DAYS), one day
# later: ARA deletes a report's row and PDF itself, so a report row never says "ready" with its file gone, and the
# rule only sweeps what a failed clean-up left.
resource "cloudflare_r2_bucket_lifecycle" "reports" {
  account_id  = var.account_id
  bucket_name = cloudflare_r2_bucket.reports.name
  rules = [
    {
      id         = "expire-reports"
      enabled    = true
      conditions = { prefix = "reports/" }
      delete_objects_transition = {
        condition = { type = "Age", max_age = (var.report_retention_days + 1) * 86400 }
      }
    },
    {
      id         = "abort-multipart"
      enabled    = true
      conditions = { prefix = "" }
      abort_multipart_uploads_transition = {
        condition = { type = "Age", max_age = 7 * 86400 }
      }
    },
  ]
}

resource "cloudflare_r2_bucket_cors" "reports" {
  account_id  = var.account_id
  bucket_name = cloudflare_r2_bucket.reports.name
  rules = [
    {
      allowed = {
        methods = ["GET", "PUT", "HEAD"]
        origins = var.cors_origins
        headers = ["Content-Type", "Content-Length"]
      }
      expose_headers  = ["ETag"]
      max_age_seconds = 3600
    },
  ]
}

data "cloudflare_account_api_token_permission_groups_list" "r2" {
  account_id = var.account_id
  name       = "Workers R2 Storage Bucket Item Write"
}

# Object read/write on this bucket only. Its id is the S3 access key; SHA-256 of its value the secret key.
resource "cloudflare_account_token" "r2" {
  account_id = var.account_id
  name       = "ara-${var.environment}-r2"
  policies = [
    {
      effect            = "allow"
      permission_groups = [for g in data.cloudflare_account_api_token_permission_groups_list.r2.result : { id = g.id }]
      resources = jsonencode({
        "com.cloudflare.edge.r2.bucket.${var.account_id}_default_${local.bucket_name}" = "*"
      })
    },
  ]
}

resource "cloudflare_workers_script" "edge" {
  account_id  = var.account_id
  script_name = "ara-${var.environment}-r2"
  content     = file("${path.module}/worker.js")
  main_module = "worker.js"
  bindings = [
    { type = "plain_text", name = "R2_ENDPOINT", text = "https://${var.account_id}.r2.cloudflarestorage.com" },
    { type = "plain_text", name = "R2_BUCKET", text = local.bucket_name },
    { type = "plain_text", name = "R2_REGION", text = "auto" },
    { type = "plain_text", name = "URL_TTL_SECONDS", text = "900" },
    { type = "plain_text", name = "ALLOWED_ORIGINS", text = join(",", var.cors_origins) },
    { type = "secret_text", name = "R2_ACCESS_KEY_ID", text = cloudflare_account_token.r2.id },
    { type = "secret_text", name = "R2_SECRET_ACCESS_KEY", text = sha256(cloudflare_account_token.r2.value) },
    { type = "secret_text", name = "GRANT_SECRET", text = var.edge_grant_secret },
  ]
}

resource "cloudflare_workers_route" "edge" {
  zone_id = var.zone_id
  pattern = "${var.edge_hostname}/r2/*"
  script  = cloudflare_workers_script.edge.script_name
}

output "bucket_name" {
  description = "ARA_S3_BUCKET."
  value       = cloudflare_r2_bucket.reports.name
}

output "s3_endpoint" {
  description = "ARA_S3_ENDPOINT (R2's S3 API)."
  value       = "https://${var.account_id}.r2.cloudflarestorage.com"
}

output "edge_url" {
  description = "ARA_EDGE_WORKER_URL: where the edge worker serves /r2/* (its route)."
  value       = "https://${var.edge_hostname}"
}

output "report_expiry_days" {
  description = "Days after which the lifecycle rule deletes reports/ objects: ARA's report retention plus one."
  value       = var.report_retention_days + 1
}

output "access_key_id" {
  description = "ARA_S3_ACCESS_KEY."
  value       = cloudflare_account_token.r2.id
  sensitive   = true
}

output "secret_access_key" {
  description = "ARA_S3_SECRET_KEY."
  value       = sha256(cloudflare_account_token.r2.value)
  sensitive   = true
}

# Cloudflare's own spend alert: a usage-based billing notification per product (Pay-as-you-go accounts; the
# account-level dollar budget alert is set in the dashboard, docs/operations/costs.md).
resource "cloudflare_notification_policy" "usage" {
  for_each    = var.usage_alert_limits
  account_id  = var.account_id
  name        = "ara-${var.environment}-usage-${each.key}"
  description = "ARA ${var.environment}: ${each.key} usage above ${each.value}"
  alert_type  = "billing_usage_alert"
  enabled     = true
  mechanisms = {
    email = [{ id = var.alert_email }]
  }
  filters = {
    product = [each.key]
    limit   = [each.value]
  }
}
