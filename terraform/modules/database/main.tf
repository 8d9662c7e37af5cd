terraform {
  required_providers {
    planetscale = {
      source = "planetscale/planetscale"
      # 0.6.1: the first with planetscale_branch_safe_migrations.
      version = ">= 0.6.1, < 1.0"
    }
  }
}

variable "environment" {
  description = "dev, staging or prod; prod uses the production branch."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "organization" {
  description = "PlanetScale organization."
  type        = string
}

variable "region" {
  description = "PlanetScale region slug."
  type        = string
}

variable "cluster_size" {
  description = "PlanetScale cluster size (PS-10 dev, PS-40 prod)."
  type        = string
}

locals {
  is_production = var.environment == "prod"
  branch        = local.is_production ? "main" : var.environment
  # The guide's recovery window: 7 days back, in every environment. PlanetScale takes the backups itself (its
  # automated schedule); the provider manages retention only, not the schedule (its documented limitation).
  backup_retention_days = 7
}

resource "planetscale_database" "this" {
  organization = var.organization
  name         = "ara-${var.environment}"
  region       = var.region
  cluster_size = var.cluster_size
}

# Non-production environments work on a branch of their own; prod is the database's production branch.
resource "planetscale_branch" "this" {
  count         = local.is_production ? 0 : 1
  organization  = var.organization
  database      = planetscale_database.this.name
  name          = local.branch
  parent_branch = "main"
}

resource "planetscale_password" "app" {
  organization = var.organization
  database     = planetscale_database.this.name
  branch       = local.is_production ? "main" : planetscale_branch.this[0].name
  name         = "ara-app-${var.environment}"
  role         = "readwriter"
}

# ARA migrates its schema itself (Flyway, at start, plain DDL): safe migrations would refuse that DDL, so they are
# declared off on the branch ARA uses (docs/adr/0022). Foreign keys must be allowed on the database once, by hand:
# the provider cannot set it (terraform/README.md, before the first apply).
resource "planetscale_branch_safe_migrations" "flyway" {
  organization = var.organization
  database     = planetscale_database.this.name
  branch       = local.is_production ? "main" : planetscale_branch.this[0].name
  enabled      = false
}

# A named backup of ARA's branch with the environment's retention policy. PlanetScale keeps its automated backups
# besides; restore either to a new branch (terraform/README.md, Recovery). PlanetScale offers neither point-in-time
# recovery between backups nor cross-region backup copies for Vitess databases through this provider: see
# docs/operations/data-safety.md for what covers them.
resource "planetscale_backup" "policy" {
  organization = var.organization
  database     = planetscale_database.this.name
  branch       = local.is_production ? "main" : planetscale_branch.this[0].name
  name         = "ara-${var.environment}"
  backup_policy = {
    retention_unit  = "day"
    retention_value = local.backup_retention_days
  }
}

output "host" {
  description = "Database host for the branch."
  value       = planetscale_password.app.access_host_url
}

output "jdbc_url" {
  description = "ARA_DB_URL (TLS required by PlanetScale)."
  value       = "jdbc:mysql://${planetscale_password.app.access_host_url}:3306/${planetscale_database.this.name}?sslMode=VERIFY_IDENTITY"
}

output "username" {
  description = "ARA_DB_USER."
  value       = planetscale_password.app.username
}

output "password" {
  description = "ARA_DB_PASSWORD."
  value       = planetscale_password.app.plaintext
  sensitive   = true
}

output "database_name" {
  description = "The database's name (the collector's storage query connects to it)."
  value       = planetscale_database.this.name
}
