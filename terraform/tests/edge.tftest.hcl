# terraform test for modules/edge with a mocked AWS provider; see main.tf for how to run it offline.
mock_provider "aws" {
  mock_resource "aws_wafv2_web_acl" {
    defaults = { arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/ara-prod/1" }
  }
  mock_resource "aws_cloudfront_cache_policy" {
    defaults = { id = "pages-policy" }
  }
  mock_resource "aws_cloudfront_origin_request_policy" {
    defaults = { id = "viewer-policy" }
  }
}

variables {
  environment          = "prod"
  origin_domain_name   = "origin.ara.example.com"
  origin_https         = true
  origin_verify_secret = "0123456789abcdef0123456789abcdef"
  aliases              = ["ara.example.com"]
  certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/edge"
}

run "waf_in_front" {
  command = apply
  module {
    source = "../modules/edge"
  }

  assert {
    condition     = aws_cloudfront_distribution.this.web_acl_id == aws_wafv2_web_acl.this.arn && aws_wafv2_web_acl.this.scope == "CLOUDFRONT"
    error_message = "the distribution is associated with the CLOUDFRONT-scoped web ACL"
  }
  assert {
    condition     = toset([for r in aws_wafv2_web_acl.this.rule : r.statement[0].managed_rule_group_statement[0].name if length(r.statement[0].managed_rule_group_statement) > 0]) == toset(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"])
    error_message = "AWS managed rule groups: common and known bad inputs"
  }
  assert {
    condition     = one([for r in aws_wafv2_web_acl.this.rule : r.statement[0].rate_based_statement[0].limit if length(r.statement[0].rate_based_statement) > 0]) == 2000
    error_message = "a rate-based rule per IP"
  }
  assert {
    condition     = one([for r in aws_wafv2_web_acl.this.rule : r.action[0].block if length(r.statement[0].rate_based_statement) > 0]) != null
    error_message = "the rate-based rule blocks"
  }
}

run "strictest_tls_at_the_edge" {
  command = apply
  module {
    source = "../modules/edge"
  }

  assert {
    condition     = aws_cloudfront_distribution.this.viewer_certificate[0].minimum_protocol_version == "TLSv1.2_2021" && aws_cloudfront_distribution.this.viewer_certificate[0].ssl_support_method == "sni-only"
    error_message = "the strictest viewer policy the provider accepts (TLS 1.3 preferred, 1.2 minimum)"
  }
  assert {
    condition     = one(aws_cloudfront_distribution.this.origin).custom_origin_config[0].origin_protocol_policy == "https-only"
    error_message = "CloudFront reaches the load balancer over HTTPS when it has a certificate"
  }
  assert {
    condition     = one(one(aws_cloudfront_distribution.this.origin).custom_header).name == "X-ARA-Origin-Verify"
    error_message = "CloudFront sends the origin secret"
  }
}

run "api_never_cached_pages_cached_with_etags" {
  command = apply
  module {
    source = "../modules/edge"
  }

  assert {
    condition     = one([for b in aws_cloudfront_distribution.this.ordered_cache_behavior : b.cache_policy_id if b.path_pattern == "/api/*"]) == "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    error_message = "/api/* uses the managed CachingDisabled policy"
  }
  assert {
    condition     = aws_cloudfront_distribution.this.default_cache_behavior[0].cache_policy_id == aws_cloudfront_cache_policy.pages.id && aws_cloudfront_cache_policy.pages.max_ttl <= 300
    error_message = "pages are cached briefly and revalidated with ARA's ETags"
  }
  assert {
    condition     = aws_cloudfront_origin_request_policy.viewer.headers_config[0].headers[0].items == toset(["CloudFront-Viewer-Address"]) && aws_cloudfront_origin_request_policy.viewer.headers_config[0].header_behavior == "allViewerAndWhitelistCloudFront"
    error_message = "ARA receives CloudFront-Viewer-Address"
  }
  assert {
    condition     = alltrue([for b in aws_cloudfront_distribution.this.ordered_cache_behavior : b.origin_request_policy_id == aws_cloudfront_origin_request_policy.viewer.id]) && aws_cloudfront_distribution.this.default_cache_behavior[0].origin_request_policy_id == aws_cloudfront_origin_request_policy.viewer.id
    error_message = "every behaviour forwards the viewer address"
  }
}

run "dev_without_certificate" {
  command = apply
  module {
    source = "../modules/edge"
  }
  variables {
    environment     = "dev"
    origin_https    = false
    aliases         = []
    certificate_arn = ""
  }

  assert {
    condition     = aws_cloudfront_distribution.this.viewer_certificate[0].cloudfront_default_certificate && one(aws_cloudfront_distribution.this.origin).custom_origin_config[0].origin_protocol_policy == "http-only"
    error_message = "dev: cloudfront.net certificate, HTTP to the load balancer"
  }
}
