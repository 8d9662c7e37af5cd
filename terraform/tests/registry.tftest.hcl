# terraform test for modules/registry with a mocked AWS provider; see main.tf for how to run it offline.
mock_provider "aws" {
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_resource "aws_iam_openid_connect_provider" {
    defaults = { arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
  }
  mock_resource "aws_ecr_repository" {
    defaults = { arn = "arn:aws:ecr:eu-west-1:123456789012:repository/ara", repository_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ara" }
  }
}

variables {
  github_repository = "example/ara"
}

run "images_are_immutable_scanned_and_expire" {
  command = apply
  module {
    source = "../modules/registry"
  }

  assert {
    condition     = aws_ecr_repository.this.image_tag_mutability == "IMMUTABLE"
    error_message = "a commit tag names one image forever"
  }
  assert {
    condition     = aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push
    error_message = "ECR scans every pushed image"
  }
  assert {
    condition     = [for r in jsondecode(aws_ecr_lifecycle_policy.this.policy).rules : r.selection.tagStatus] == ["untagged", "any"]
    error_message = "untagged images expire, and only the last commit images are kept"
  }
  assert {
    condition     = jsondecode(aws_ecr_lifecycle_policy.this.policy).rules[1].selection.countNumber == 50
    error_message = "50 commit images kept for rollbacks"
  }
  assert {
    condition     = length(aws_ecr_repository_policy.pull) == 0
    error_message = "no cross-account pull unless asked"
  }
}

run "other_accounts_may_pull" {
  command = apply
  module {
    source = "../modules/registry"
  }
  variables {
    pull_account_ids = ["210987654321"]
  }
  assert {
    condition     = length(aws_ecr_repository_policy.pull) == 1
    error_message = "a pull policy for the other accounts"
  }
}

run "rejects_a_bad_repository_name" {
  command = plan
  module {
    source = "../modules/registry"
  }
  variables {
    github_repository = "not a repository"
  }
  expect_failures = [var.github_repository]
}
