terraform {
  required_providers {
    upstash = {
      source  = "upstash/upstash"
      version = ">= 1.5, < 2.0"
    }
  }
}

variable "environment" {
  description = "dev, staging or prod; prod is multi-zone and has a backup database in another region."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "primary_region" {
  description = "Upstash region of the primary database."
  type        = string
}

variable "backup_region" {
  description = "Upstash region of the production backup database."
  type        = string
  validation {
    condition     = length(var.backup_region) > 0
    error_message = "backup_region must be set."
  }
}

locals {
  is_production = var.environment == "prod"
}

resource "upstash_redis_database" "primary" {
  database_name = "ara-${var.environment}"
  region        = var.primary_region
  tls           = true
  multizone     = local.is_production
  eviction      = true
}

resource "upstash_redis_database" "backup" {
  count         = local.is_production ? 1 : 0
  database_name = "ara-${var.environment}-backup"
  region        = var.backup_region
  tls           = true
  multizone     = true
  eviction      = true
}

output "endpoint" {
  description = "host:port of the primary database (TLS)."
  value       = "${upstash_redis_database.primary.endpoint}:${upstash_redis_database.primary.port}"
}

output "backup_endpoint" {
  description = "host:port of the backup database (prod only, else null)."
  value       = local.is_production ? "${upstash_redis_database.backup[0].endpoint}:${upstash_redis_database.backup[0].port}" : null
}

output "url" {
  description = "ARA_REDIS_URL: rediss:// (TLS, certificate verified)."
  value       = "rediss://default:${upstash_redis_database.primary.password}@${upstash_redis_database.primary.endpoint}:${upstash_redis_database.primary.port}"
  sensitive   = true
}
