# Alerts, dashboard and budgets for the service the compute module runs.
module "monitoring" {
  source                   = "./modules/monitoring"
  environment              = var.environment
  alert_email              = var.alert_email
  load_balancer_arn_suffix = module.compute.load_balancer_arn_suffix
  target_group_arn_suffix  = module.compute.target_group_arn_suffix
  cluster_name             = module.compute.cluster_name
  service_name             = module.compute.service_name
  paging_endpoint          = var.paging_endpoint
  storage_budget_bytes     = var.storage_budget_bytes
}
