output "service_url" {
  description = "ARA's load balancer URL (point ARA's public host name at it)."
  value       = module.compute.url
}

output "edge_url" {
  description = "Where the edge worker serves /r2/*."
  value       = "https://${var.edge_hostname}/r2"
}

output "database_host" {
  description = "PlanetScale host of the environment's branch."
  value       = module.database.host
}

output "redis_endpoint" {
  description = "Upstash endpoint (host:port, TLS)."
  value       = module.redis.endpoint
}

output "redis_backup_endpoint" {
  description = "Upstash backup endpoint in the backup region (production only, else null)."
  value       = module.redis.backup_endpoint
}

output "reports_bucket" {
  description = "R2 bucket holding report PDFs and uploads."
  value       = module.storage.bucket_name
}

output "alert_topic_arns" {
  description = "SNS topics by severity (critical, warning, info) the alarms and budgets notify."
  value       = module.monitoring.alert_topic_arns
}

output "database_password" {
  description = "The application's PlanetScale password (also in Secrets Manager)."
  value       = module.database.password
  sensitive   = true
}

output "registry_url" {
  description = "ECR repository of ARA's images (prod only; the other environments use prod's)."
  value       = local.is_production ? module.registry[0].repository_url : null
}

output "image_push_role_arn" {
  description = "Role the delivery workflow assumes to push images (prod only)."
  value       = local.is_production ? module.registry[0].push_role_arn : null
}

output "container_image" {
  description = "The image the service runs (the delivery workflow reads it to roll back)."
  value       = var.container_image
}

output "edge_domain_name" {
  description = "CloudFront's host name: point public_url's host at it."
  value       = module.edge.domain_name
}

output "backup_bucket" {
  description = "Bucket in backup_region holding the daily database dumps (cross_region_backup only, else null)."
  value       = one(module.backup[*].bucket_name)
}
