terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

variable "name" {
  description = "Repository name; one repository serves every environment (the same digest is promoted)."
  type        = string
  default     = "ara"
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose workflows push images (OIDC, .github/workflows/delivery.yml)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must be owner/name."
  }
}

variable "pull_account_ids" {
  description = "Other AWS accounts whose ECS tasks pull from this repository (environments in separate accounts)."
  type        = list(string)
  default     = []
}

variable "untagged_days" {
  description = "Days after which an untagged image (a failed or superseded push) is deleted."
  type        = number
  default     = 7
}

variable "kept_images" {
  description = "How many commit-tagged images are kept (older ones are deleted; rollbacks need the previous ones)."
  type        = number
  default     = 50
}

# Images are tagged by commit, never overwritten (IMMUTABLE), scanned on push; the pipeline's own scan (Trivy)
# blocks critical findings before the push, ECR's scan keeps reporting on images already in use.
resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "Untagged images go after ${var.untagged_days} days"
        selection = {
          tagStatus   = "untagged"
          countType   = "sinceImagePushed"
          countUnit   = "days"
          countNumber = var.untagged_days
        }
        action = { type = "expire" }
      },
      {
        rulePriority = 2
        description  = "Keep the last ${var.kept_images} commit images"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = var.kept_images
        }
        action = { type = "expire" }
      },
    ]
  })
}

data "aws_iam_policy_document" "pull" {
  count = length(var.pull_account_ids) > 0 ? 1 : 0
  statement {
    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    principals {
      type        = "AWS"
      identifiers = [for id in var.pull_account_ids : "arn:aws:iam::${id}:root"]
    }
  }
}

resource "aws_ecr_repository_policy" "pull" {
  count      = length(var.pull_account_ids) > 0 ? 1 : 0
  repository = aws_ecr_repository.this.name
  policy     = data.aws_iam_policy_document.pull[0].json
}

# GitHub Actions pushes with a short-lived OIDC token, no stored AWS key: only workflows of github_repository on
# main may assume the role.
resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "push_assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:${var.github_repository}:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "push" {
  name               = "${var.name}-image-push"
  assume_role_policy = data.aws_iam_policy_document.push_assume.json
}

data "aws_iam_policy_document" "push" {
  statement {
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    actions = ["ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
    "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage", "ecr:DescribeImages"]
    resources = [aws_ecr_repository.this.arn]
  }
}

resource "aws_iam_role_policy" "push" {
  name   = "push-images"
  role   = aws_iam_role.push.id
  policy = data.aws_iam_policy_document.push.json
}

output "repository_url" {
  description = "Where the pipeline pushes (tag: the commit) and the environments pull (by digest)."
  value       = aws_ecr_repository.this.repository_url
}

output "push_role_arn" {
  description = "Role the delivery workflow assumes to push (repository variable AWS_IMAGE_PUSH_ROLE)."
  value       = aws_iam_role.push.arn
}
