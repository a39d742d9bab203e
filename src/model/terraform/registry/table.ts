// The registry table: for the most used registry modules, what a call without installed
// code (no `terraform init`) deploys, written as the Terraform the module runs, trimmed to
// the arguments the rules read. Each input is a `variable` with the module's default for
// that major version; each resource argument it feeds says `= var.<input>`. A call whose
// source and major version match an entry is instantiated with this code (code nobody
// edits: every finding moves to the caller's argument or the `module` call).
// docs/registry-modules.md is generated from this table (test/meta/registry-docs.test.ts).

export interface RegistryEntry {
  /** `terraform-aws-modules/rds/aws` */
  module: string;
  /** Submodule after `//`, '' for the root. */
  submodule: string;
  /** Major versions the code holds for. */
  majors: number[];
  /** Where the names and defaults come from. */
  origin: string;
  hcl: string;
}

const RDS_INSTANCE = `
variable "identifier" { default = null }
variable "engine" { default = null }
variable "instance_class" { default = null }
variable "multi_az" { default = false }
variable "deletion_protection" { default = false }
variable "backup_retention_period" { default = null }
variable "replicate_source_db" { default = null }
`;

const S3_BUCKET = `
variable "create_bucket" { default = true }
variable "bucket" { default = null }
variable "acl" { default = null }
variable "versioning" { default = {} }
resource "aws_s3_bucket" "this" {
  count  = var.create_bucket ? 1 : 0
  bucket = var.bucket
}
resource "aws_s3_bucket_acl" "this" {
  count  = var.create_bucket && var.acl != null && var.acl != "null" ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  acl    = var.acl == "null" ? null : var.acl
}
resource "aws_s3_bucket_versioning" "this" {
  count  = var.create_bucket && length(keys(var.versioning)) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  versioning_configuration {
    status = try(var.versioning["enabled"] ? "Enabled" : "Suspended", tobool(var.versioning["status"]) ? "Enabled" : "Suspended", title(lower(var.versioning["status"])), "Enabled")
  }
}
`;

const S3_PUBLIC_ACCESS_BLOCK = `
variable "attach_public_policy" { default = true }
variable "block_public_acls" { default = true }
variable "block_public_policy" { default = true }
variable "ignore_public_acls" { default = true }
variable "restrict_public_buckets" { default = true }
resource "aws_s3_bucket_public_access_block" "this" {
  count                   = var.create_bucket && var.attach_public_policy ? 1 : 0
  bucket                  = aws_s3_bucket.this[0].id
  block_public_acls       = var.block_public_acls
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = var.ignore_public_acls
  restrict_public_buckets = var.restrict_public_buckets
}
`;

const CLOUD_SQL = (availability: string, pitrFlag: string) => `
variable "name" { default = null }
variable "database_version" { default = null }
variable "region" { default = "us-central1" }
variable "zone" { default = null }
variable "availability_type" { default = "${availability}" }
variable "deletion_protection" { default = true }
variable "backup_configuration" {
  default = { enabled = false, ${pitrFlag} = false }
}
variable "read_replicas" { default = [] }
resource "google_sql_database_instance" "default" {
  name                = var.name
  database_version    = var.database_version
  region              = var.region
  deletion_protection = var.deletion_protection
  settings {
    availability_type = var.availability_type
    backup_configuration {
      enabled = var.backup_configuration.enabled
      ${pitrFlag} = var.backup_configuration.${pitrFlag}
    }
  }
}
resource "google_sql_database_instance" "replicas" {
  for_each             = { for r in var.read_replicas : r.name => r }
  name                 = each.value.name
  database_version     = var.database_version
  region               = join("-", slice(split("-", lookup(each.value, "zone", var.zone)), 0, 2))
  master_instance_name = google_sql_database_instance.default.name
  settings {
    availability_type = lookup(each.value, "availability_type", "ZONAL")
  }
}
`;

export const REGISTRY_TABLE: readonly RegistryEntry[] = [
  {
    module: 'terraform-aws-modules/rds/aws',
    submodule: '',
    majors: [5, 6, 7],
    origin:
      'variables.tf at commit fa183b6 (7.x, ../shared/corpus/realworld/terraform-aws-rds); the inputs and defaults are the same in 5.x and 6.x (upstream variables.tf)',
    hcl: `${RDS_INSTANCE}
variable "create_db_instance" { default = true }
resource "aws_db_instance" "this" {
  count                   = var.create_db_instance ? 1 : 0
  identifier              = var.identifier
  engine                  = var.engine
  instance_class          = var.instance_class
  multi_az                = var.multi_az
  deletion_protection     = var.deletion_protection
  backup_retention_period = var.backup_retention_period
  replicate_source_db     = var.replicate_source_db
}
`,
  },
  {
    module: 'terraform-aws-modules/rds/aws',
    submodule: 'modules/db_instance',
    majors: [5, 6, 7],
    origin: 'modules/db_instance/variables.tf at commit fa183b6 (7.x); the same in 5.x and 6.x',
    hcl: `${RDS_INSTANCE}
variable "create" { default = true }
resource "aws_db_instance" "this" {
  count                   = var.create ? 1 : 0
  identifier              = var.identifier
  engine                  = var.engine
  instance_class          = var.instance_class
  multi_az                = var.multi_az
  deletion_protection     = var.deletion_protection
  backup_retention_period = var.backup_retention_period
  replicate_source_db     = var.replicate_source_db
}
`,
  },
  {
    module: 'terraform-aws-modules/rds-aurora/aws',
    submodule: '',
    majors: [7, 8, 9],
    origin:
      'upstream variables.tf of 7.x-9.x (`db_cluster_instance_class` for Multi-AZ DB clusters); 10.x renamed inputs (../shared/corpus/realworld2/terraform-aws-rds-aurora) and is not in the table',
    hcl: `
variable "create" { default = true }
variable "name" { default = "" }
variable "engine" { default = null }
variable "engine_mode" { default = "provisioned" }
variable "db_cluster_instance_class" { default = null }
variable "deletion_protection" { default = null }
variable "backup_retention_period" { default = null }
variable "instances" { default = {} }
variable "autoscaling_enabled" { default = false }
variable "autoscaling_min_capacity" { default = 0 }
resource "aws_rds_cluster" "this" {
  count                     = var.create ? 1 : 0
  cluster_identifier        = var.name
  engine                    = var.engine
  engine_mode               = var.engine_mode
  db_cluster_instance_class = var.db_cluster_instance_class
  deletion_protection       = var.deletion_protection
  backup_retention_period   = var.backup_retention_period
}
resource "aws_rds_cluster_instance" "this" {
  for_each           = { for k, v in var.instances : k => v if var.create && var.engine_mode != "serverless" }
  cluster_identifier = aws_rds_cluster.this[0].id
  engine             = var.engine
}
# Readers autoscaling always keeps (Application Auto Scaling adds them outside Terraform).
resource "aws_rds_cluster_instance" "autoscaled" {
  count              = var.create && var.autoscaling_enabled ? var.autoscaling_min_capacity : 0
  cluster_identifier = aws_rds_cluster.this[0].id
  engine             = var.engine
}
`,
  },
  {
    module: 'terraform-aws-modules/s3-bucket/aws',
    submodule: '',
    majors: [4, 5],
    origin:
      'variables.tf at commit dd0c434 (5.x, ../shared/corpus/realworld/terraform-aws-s3-bucket); 4.x has the same inputs and defaults (upstream variables.tf)',
    hcl: S3_BUCKET + S3_PUBLIC_ACCESS_BLOCK,
  },
  {
    module: 'terraform-aws-modules/s3-bucket/aws',
    submodule: '',
    majors: [3],
    origin:
      'upstream variables.tf of 3.x for acl and versioning; its public access block defaults are not verified here, so that block is left out (not judged)',
    hcl: S3_BUCKET,
  },
  {
    module: 'terraform-aws-modules/dynamodb-table/aws',
    submodule: '',
    majors: [3, 4, 5],
    origin: 'upstream variables.tf of 3.x-5.x (not in the corpus here)',
    hcl: `
variable "create_table" { default = true }
variable "name" { default = null }
variable "hash_key" { default = null }
variable "point_in_time_recovery_enabled" { default = false }
variable "replica_regions" { default = [] }
resource "aws_dynamodb_table" "this" {
  count    = var.create_table ? 1 : 0
  name     = var.name
  hash_key = var.hash_key
  point_in_time_recovery {
    enabled = var.point_in_time_recovery_enabled
  }
  dynamic "replica" {
    for_each = var.replica_regions
    content {
      region_name = replica.value.region_name
    }
  }
}
`,
  },
  {
    module: 'terraform-aws-modules/elasticache/aws',
    submodule: '',
    majors: [1],
    origin: 'upstream variables.tf of 1.x (not in the corpus here): a replication group unless create_cluster',
    hcl: `
variable "create" { default = true }
variable "create_cluster" { default = false }
variable "create_replication_group" { default = true }
variable "replication_group_id" { default = null }
variable "num_cache_clusters" { default = null }
variable "replicas_per_node_group" { default = null }
variable "automatic_failover_enabled" { default = null }
variable "multi_az_enabled" { default = false }
resource "aws_elasticache_replication_group" "this" {
  count                      = var.create && var.create_replication_group && !var.create_cluster ? 1 : 0
  replication_group_id       = var.replication_group_id
  num_cache_clusters         = var.num_cache_clusters
  replicas_per_node_group    = var.replicas_per_node_group
  automatic_failover_enabled = var.automatic_failover_enabled
  multi_az_enabled           = var.multi_az_enabled
}
`,
  },
  {
    module: 'terraform-aws-modules/autoscaling/aws',
    submodule: '',
    majors: [6, 7, 8, 9],
    origin: 'upstream variables.tf of 6.x-9.x (not in the corpus here)',
    hcl: `
variable "create" { default = true }
variable "name" { default = null }
variable "min_size" { default = null }
variable "max_size" { default = null }
variable "vpc_zone_identifier" { default = null }
variable "availability_zones" { default = null }
resource "aws_autoscaling_group" "this" {
  count               = var.create ? 1 : 0
  name                = var.name
  min_size            = var.min_size
  max_size            = var.max_size
  vpc_zone_identifier = var.vpc_zone_identifier
  availability_zones  = var.availability_zones
}
`,
  },
  {
    module: 'terraform-aws-modules/eks/aws',
    submodule: '',
    majors: [20, 21],
    origin:
      'variables.tf and node_groups.tf at commit bef29c4 (21.x, ../shared/corpus/realworld/terraform-aws-eks); 20.x also reads eks_managed_node_group_defaults (upstream node_groups.tf)',
    hcl: `
variable "create" { default = true }
variable "subnet_ids" { default = [] }
variable "eks_managed_node_groups" { default = {} }
variable "eks_managed_node_group_defaults" { default = {} }
# A group's own subnet_ids, else the defaults', else the cluster's.
resource "aws_eks_node_group" "this" {
  for_each   = var.create && var.eks_managed_node_groups != null ? var.eks_managed_node_groups : {}
  subnet_ids = try(var.eks_managed_node_groups[each.key].subnet_ids, null) != null ? var.eks_managed_node_groups[each.key].subnet_ids : try(var.eks_managed_node_group_defaults.subnet_ids, null) != null ? var.eks_managed_node_group_defaults.subnet_ids : var.subnet_ids
}
`,
  },
  {
    module: 'GoogleCloudPlatform/sql-db/google',
    submodule: 'modules/postgresql',
    majors: [20, 21, 22, 23, 24, 25, 26],
    origin: 'upstream modules/postgresql/variables.tf of 20.x-26.x (not in the corpus here)',
    hcl: CLOUD_SQL('ZONAL', 'point_in_time_recovery_enabled'),
  },
  {
    module: 'GoogleCloudPlatform/sql-db/google',
    submodule: 'modules/mysql',
    majors: [20, 21, 22, 23, 24, 25, 26],
    origin: 'upstream modules/mysql/variables.tf of 20.x-26.x (not in the corpus here)',
    hcl: CLOUD_SQL('REGIONAL', 'binary_log_enabled'),
  },
  {
    module: 'terraform-google-modules/cloud-storage/google',
    submodule: 'modules/simple_bucket',
    majors: [10, 11, 12],
    origin:
      'modules/simple_bucket/variables.tf at commit 7750e14 (12.3.0, ../shared/corpus/realworld2/terraform-google-cloud-storage); the same in 10.x and 11.x',
    hcl: `
variable "name" { default = null }
variable "location" { default = null }
variable "public_access_prevention" { default = "inherited" }
variable "versioning" { default = true }
resource "google_storage_bucket" "bucket" {
  name                     = var.name
  location                 = var.location
  public_access_prevention = var.public_access_prevention
  versioning {
    enabled = var.versioning
  }
}
`,
  },
  {
    module: 'Azure/avm-res-storage-storageaccount/azurerm',
    submodule: '',
    majors: [0],
    origin:
      'variables.storageaccount.tf at commit 0862d40 (../shared/corpus/realworld2/terraform-azurerm-avm-res-storage-storageaccount); 0.x releases keep these defaults',
    hcl: `
variable "name" { default = null }
variable "location" { default = null }
variable "account_replication_type" { default = "ZRS" }
variable "allow_nested_items_to_be_public" { default = false }
resource "azurerm_storage_account" "this" {
  name                            = var.name
  location                        = var.location
  account_replication_type        = var.account_replication_type
  allow_nested_items_to_be_public = var.allow_nested_items_to_be_public
}
`,
  },
];
