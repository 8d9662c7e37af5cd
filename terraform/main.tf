provider "aws" {
  region = var.aws_region
  default_tags {
    tags = {
      Application = "ara"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# The cross-region database backup's bucket (modules/backup): a region other than aws_region.
provider "aws" {
  alias  = "backup"
  region = var.backup_region
  default_tags {
    tags = {
      Application = "ara"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# CloudFront's web ACL and viewer certificate must be in us-east-1.
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
  default_tags {
    tags = {
      Application = "ara"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# PlanetScale reads PLANETSCALE_SERVICE_TOKEN_NAME / PLANETSCALE_SERVICE_TOKEN from the environment.
provider "planetscale" {}

# Upstash reads UPSTASH_EMAIL / UPSTASH_API_KEY from the environment.
provider "upstash" {}

locals {
  is_production = var.environment == "prod"
  name          = "ara-${var.environment}"
  # How long finished reports are kept: ARA deletes them (row and PDF) after this many days, and the bucket's
  # lifecycle rule, derived from the same value, removes any PDF left over a day later.
  report_retention_days = local.is_production ? 365 : 30
}

module "database" {
  source       = "./modules/database"
  environment  = var.environment
  organization = var.planetscale_organization
  region       = var.planetscale_region
  cluster_size = var.planetscale_cluster_size
}

module "redis" {
  source         = "./modules/redis"
  environment    = var.environment
  primary_region = var.upstash_primary_region
  backup_region  = var.upstash_backup_region
}

module "storage" {
  source            = "./modules/storage"
  environment       = var.environment
  account_id        = var.cloudflare_account_id
  zone_id           = var.cloudflare_zone_id
  edge_hostname     = var.edge_hostname
  cors_origins      = var.cors_origins
  edge_grant_secret = var.edge_grant_secret

  report_retention_days = local.report_retention_days
  alert_email           = var.alert_email
  usage_alert_limits    = var.cloudflare_usage_alert_limits
}

module "compute" {
  source          = "./modules/compute"
  environment     = var.environment
  aws_region      = var.aws_region
  vpc_cidr        = var.vpc_cidr
  container_image = var.container_image
  task_cpu        = var.task_cpu
  task_memory     = var.task_memory
  min_tasks       = var.min_tasks
  max_tasks       = var.max_tasks
  certificate_arn = var.certificate_arn

  origin_verify_secret = var.origin_verify_secret
  database_host        = module.database.host
  database_name        = module.database.database_name
  traces_exporter      = var.traces_exporter
  otlp_traces_endpoint = var.otlp_traces_endpoint

  environment_variables = {
    ARA_DB_URL          = module.database.jdbc_url
    ARA_DB_USER         = module.database.username
    ARA_DB_POOL_SIZE    = tostring(var.db_pool_size)
    ARA_CORS_ORIGINS    = join(",", var.cors_origins)
    ARA_JWT_JWKS_URL    = var.jwt_jwks_url
    ARA_JWT_ISSUER      = var.jwt_issuer
    ARA_JWT_AUDIENCE    = var.jwt_audience
    ARA_S3_ENDPOINT     = module.storage.s3_endpoint
    ARA_S3_REGION       = "auto"
    ARA_S3_BUCKET       = module.storage.bucket_name
    ARA_REDIS_NAMESPACE = "ara-${var.environment}"
    ARA_EDGE_WORKER_URL = module.storage.edge_url
    ARA_PUBLIC_URL      = var.public_url
    ARA_SMTP_URL        = var.smtp_url
    ARA_SMTP_USER       = var.smtp_user
    ARA_MAIL_FROM       = var.mail_from

    ARA_REPORT_RETENTION_DAYS = tostring(local.report_retention_days)
  }

  secrets = {
    ARA_DB_PASSWORD   = module.database.password
    ARA_REDIS_URL     = module.redis.url
    ARA_S3_ACCESS_KEY = module.storage.access_key_id
    ARA_S3_SECRET_KEY = module.storage.secret_access_key
    ARA_DATA_KEY      = var.data_key
    ARA_METRICS_TOKEN = var.metrics_token
    # The same secret the edge worker checks ARA's grants with (modules/storage, GRANT_SECRET).
    ARA_EDGE_GRANT_SECRET = var.edge_grant_secret
    ARA_SMTP_PASSWORD     = var.smtp_password
  }
}

# The image repository every environment deploys from (one image, promoted by digest from dev to prod). It lives
# in prod's state, the longest-lived; apply it first (terraform/README.md, Delivery pipeline).
module "registry" {
  count             = local.is_production ? 1 : 0
  source            = "./modules/registry"
  github_repository = var.github_repository
  pull_account_ids  = var.registry_pull_account_ids
}

# CloudFront with AWS WAF in front of the load balancer, which accepts CloudFront only (modules/compute).
module "edge" {
  source    = "./modules/edge"
  providers = { aws = aws.edge }

  environment          = var.environment
  origin_domain_name   = var.origin_hostname != "" ? var.origin_hostname : module.compute.dns_name
  origin_https         = module.compute.https
  origin_verify_secret = var.origin_verify_secret
  aliases              = var.edge_certificate_arn != "" ? [regex("^https://([^/:]+)", var.public_url)[0]] : []
  certificate_arn      = var.edge_certificate_arn
  rate_limit           = var.edge_rate_limit
}

# Prod: a daily logical dump of the database to a bucket in backup_region (docs/operations/data-safety.md).
module "backup" {
  count     = var.cross_region_backup ? 1 : 0
  source    = "./modules/backup"
  providers = { aws = aws, aws.backup = aws.backup }

  environment                  = var.environment
  aws_region                   = var.aws_region
  backup_region                = var.backup_region
  retention_days               = var.backup_retention_days
  cluster_arn                  = module.compute.cluster_arn
  vpc_id                       = module.compute.vpc_id
  subnet_ids                   = module.compute.subnet_ids
  database_host                = module.database.host
  database_name                = module.database.database_name
  database_user                = module.database.username
  database_password_secret_arn = module.compute.secret_arns["ARA_DB_PASSWORD"]
  alert_email                  = var.alert_email
  failure_topic_arn            = module.monitoring.alert_topic_arns["warning"]
}
