bucket         = "ara-terraform-state"
key            = "ara/staging/terraform.tfstate"
region         = "eu-west-1"
dynamodb_table = "ara-terraform-locks"
