# The harness terraform test runs the AWS-only modules from (compute, monitoring, registry .tftest.hcl): its only
# provider is AWS, so it initialises offline from a local mirror:
#   cd terraform/tests && terraform init -backend=false -plugin-dir=<mirror> && terraform test
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}
