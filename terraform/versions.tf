# Providers pinned with ranges; the AWS range admits the 5.x line the offline checks use (see README.md).
terraform {
  required_version = ">= 1.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = ">= 5.0, < 6.0"
    }
    planetscale = {
      source  = "planetscale/planetscale"
      version = ">= 0.1, < 1.0"
    }
    upstash = {
      source  = "upstash/upstash"
      version = ">= 1.5, < 2.0"
    }
  }

  # State in S3, locked with DynamoDB. The bucket, key, region and table come from
  # environments/<env>/backend.hcl: terraform init -backend-config=environments/<env>/backend.hcl
  backend "s3" {
    encrypt = true
  }
}
