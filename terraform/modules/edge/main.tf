# CloudFront in front of ARA's load balancer, with AWS WAF. Apply with a provider in us-east-1: CloudFront's web ACLs
# and viewer certificates live there (the root passes aws.edge).
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "origin_domain_name" {
  description = "Host name CloudFront connects to: with origin_https, a DNS name of the ALB its certificate covers; else the ALB's DNS name."
  type        = string
}

variable "origin_https" {
  description = "Whether the ALB listens with HTTPS (a certificate); without, CloudFront reaches it over HTTP (dev)."
  type        = bool
}

variable "origin_verify_secret" {
  description = "Sent by CloudFront to the ALB in X-ARA-Origin-Verify; the ALB forwards only requests carrying it."
  type        = string
  sensitive   = true
}

variable "aliases" {
  description = "ARA's public host names served by the distribution (need certificate_arn)."
  type        = list(string)
  default     = []
}

variable "certificate_arn" {
  description = "ACM certificate in us-east-1 for the aliases; empty: the cloudfront.net name and certificate."
  type        = string
  default     = ""
}

variable "rate_limit" {
  description = "Requests per 5 minutes from one IP above which WAF blocks it, ahead of ARA's own limits."
  type        = number
  default     = 2000
  validation {
    condition     = var.rate_limit >= 100
    error_message = "rate_limit must be at least 100 (WAF's minimum is 10; lower would block page loads)."
  }
}

locals {
  name = "ara-${var.environment}"
  # The strictest viewer policy the AWS provider here accepts (5.100 validates against a list ending at
  # TLSv1.2_2021): TLS 1.3 is offered to and chosen by every client that speaks it, TLS 1.2 the oldest allowed.
  # CloudFront also has TLSv1.3_2025 (TLS 1.3 only, since 2025); once the provider accepts it, set it here and in
  # tests/edge.tftest.hcl. It needs a custom certificate: on the default cloudfront.net certificate CloudFront
  # fixes the policy at TLSv1 whatever is asked (AWS documents it).
  viewer_tls_policy = "TLSv1.2_2021"
  # AWS managed cache policy "CachingDisabled".
  caching_disabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
}

resource "aws_wafv2_web_acl" "this" {
  name  = local.name
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
        # ARA limits bodies itself (64 KiB, 1 MiB for an admin's questionnaire); the group's 8 KB body rule would
        # refuse legitimate answers and questionnaires, so it only counts.
        rule_action_override {
          name = "SizeRestrictions_BODY"
          action_to_use {
            count {}
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-aws-common"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "aws-known-bad-inputs"
    priority = 2
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-aws-known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-per-ip"
    priority = 3
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = var.rate_limit
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-rate-per-ip"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = local.name
    sampled_requests_enabled   = true
  }
}

# Pages: kept at the edge for a minute, then revalidated with ARA's ETag (If-None-Match, a 304 costs ARA little);
# ARA sends them with no-cache, which the one-minute floor overrides at the edge only (browsers still revalidate).
resource "aws_cloudfront_cache_policy" "pages" {
  name        = "${local.name}-pages"
  min_ttl     = 60
  default_ttl = 60
  max_ttl     = 300
  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true
    cookies_config {
      cookie_behavior = "none"
    }
    headers_config {
      header_behavior = "none"
    }
    query_strings_config {
      query_string_behavior = "all"
    }
  }
}

# Everything the viewer sent, plus the viewer's own address: ARA limits by it (ARA_CLIENT_ADDRESS_HEADER), so per-IP
# limits do not collapse onto CloudFront's addresses.
resource "aws_cloudfront_origin_request_policy" "viewer" {
  name = "${local.name}-viewer"
  cookies_config {
    cookie_behavior = "all"
  }
  headers_config {
    header_behavior = "allViewerAndWhitelistCloudFront"
    headers {
      items = ["CloudFront-Viewer-Address"]
    }
  }
  query_strings_config {
    query_string_behavior = "all"
  }
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  comment         = "ARA ${var.environment}"
  is_ipv6_enabled = true
  http_version    = "http2and3"
  price_class     = var.environment == "prod" ? "PriceClass_All" : "PriceClass_100"
  aliases         = var.aliases
  web_acl_id      = aws_wafv2_web_acl.this.arn

  origin {
    origin_id   = "alb"
    domain_name = var.origin_domain_name
    custom_origin_config {
      http_port                = 80
      https_port               = 443
      origin_protocol_policy   = var.origin_https ? "https-only" : "http-only"
      origin_ssl_protocols     = ["TLSv1.2"]
      origin_read_timeout      = 60
      origin_keepalive_timeout = 60
    }
    custom_header {
      name  = "X-ARA-Origin-Verify"
      value = var.origin_verify_secret
    }
  }

  default_cache_behavior {
    target_origin_id         = "alb"
    viewer_protocol_policy   = "redirect-to-https"
    allowed_methods          = ["GET", "HEAD", "OPTIONS"]
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    cache_policy_id          = aws_cloudfront_cache_policy.pages.id
    origin_request_policy_id = aws_cloudfront_origin_request_policy.viewer.id
  }

  # The API is never cached: every method, straight to ARA.
  ordered_cache_behavior {
    path_pattern             = "/api/*"
    target_origin_id         = "alb"
    viewer_protocol_policy   = "https-only"
    allowed_methods          = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    cache_policy_id          = local.caching_disabled
    origin_request_policy_id = aws_cloudfront_origin_request_policy.viewer.id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = var.certificate_arn == ""
    acm_certificate_arn            = var.certificate_arn == "" ? null : var.certificate_arn
    ssl_support_method             = var.certificate_arn == "" ? null : "sni-only"
    minimum_protocol_version       = var.certificate_arn == "" ? "TLSv1" : local.viewer_tls_policy
  }
}

output "domain_name" {
  description = "The distribution's host name: point ARA's public host names at it (CNAME / alias)."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "web_acl_arn" {
  description = "The WAF web ACL in front of ARA."
  value       = aws_wafv2_web_acl.this.arn
}
