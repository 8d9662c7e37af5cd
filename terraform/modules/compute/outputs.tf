output "url" {
  description = "The load balancer's URL."
  value       = "${local.https ? "https" : "http"}://${aws_lb.this.dns_name}"
}

output "load_balancer_arn_suffix" {
  description = "For CloudWatch ALB metrics."
  value       = aws_lb.this.arn_suffix
}

output "target_group_arn_suffix" {
  description = "For CloudWatch target group metrics."
  value       = aws_lb_target_group.this.arn_suffix
}

output "cluster_name" {
  description = "ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "service_name" {
  description = "ECS service."
  value       = aws_ecs_service.this.name
}

output "container_environment_names" {
  description = "Names of every variable the container gets (plain and secret)."
  value       = sort(concat(keys(local.environment), tolist(local.secret_names)))
}

output "dns_name" {
  description = "The load balancer's DNS name (CloudFront's origin when no origin_hostname is given)."
  value       = aws_lb.this.dns_name
}

output "https" {
  description = "Whether the load balancer listens with HTTPS."
  value       = local.https
}

output "cluster_arn" {
  description = "ECS cluster ARN (the cross-region backup's schedule runs its task here)."
  value       = aws_ecs_cluster.this.arn
}

output "vpc_id" {
  description = "The service's VPC."
  value       = aws_vpc.this.id
}

output "subnet_ids" {
  description = "The public subnets tasks run in."
  value       = aws_subnet.public[*].id
}

output "secret_arns" {
  description = "Secrets Manager ARN of each secret variable, by name (not the values)."
  value       = { for k, s in aws_secretsmanager_secret.env : k => s.arn }
}
