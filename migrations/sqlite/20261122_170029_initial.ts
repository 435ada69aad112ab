import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`applications_capability_investments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`amount\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_capability_investments_order_idx\` ON \`applications_capability_investments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_capability_investments_parent_id_idx\` ON \`applications_capability_investments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`goal\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_goals_order_idx\` ON \`applications_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_goals_parent_id_idx\` ON \`applications_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_peer_experts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`discipline_match\` text NOT NULL,
  	\`opinion\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_order_idx\` ON \`applications_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_parent_id_idx\` ON \`applications_peer_experts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rule_id\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_overrides_order_idx\` ON \`applications_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_overrides_parent_id_idx\` ON \`applications_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_overrides_by_idx\` ON \`applications_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`program_id\` integer NOT NULL,
  	\`lead_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`policy_set\` text,
  	\`carrier_kind\` text,
  	\`district_id\` integer,
  	\`submitted_on\` text,
  	\`plan\` text,
  	\`field\` text,
  	\`governance_has_council\` integer,
  	\`governance_chair_is_lead_head\` integer,
  	\`governance_member_unit_heads_included\` integer,
  	\`governance_operations_team\` integer,
  	\`complex_level\` text,
  	\`complex_class\` text,
  	\`complex_industry_output\` numeric,
  	\`complex_jurisdiction_output\` numeric,
  	\`complex_concentration_bp\` numeric,
  	\`complex_relying_unit_name\` text,
  	\`complex_industry_rd_ratio_bp\` numeric,
  	\`complex_city_average_rd_ratio_bp\` numeric,
  	\`complex_is123_industry\` integer,
  	\`complex_is_emerging_industry\` integer,
  	\`complex_high_tech_share_bp\` numeric,
  	\`complex_value_added_growth_bp\` numeric,
  	\`official_name\` text,
  	\`official_name_en\` text,
  	\`recognized_on\` text,
  	\`notice_starts_on\` text,
  	\`notice_ends_on\` text,
  	\`notice_closed_on\` text,
  	\`public_summary\` text,
  	\`targeted\` integer,
  	\`complex_consent_relying_unit\` integer,
  	\`complex_consent_construction_unit\` integer,
  	\`pledge_signed_on\` text,
  	\`pledge_signatory\` text,
  	\`pledge_file_id\` integer,
  	\`disbursed_total\` numeric DEFAULT 0,
  	\`panel_review_count\` numeric,
  	\`panel_average_score\` numeric,
  	\`panel_recommend\` integer,
  	\`recovery_spent_compliant\` numeric,
  	\`recovery_non_compliant_spending\` numeric,
  	\`recovery_amount_to_recover\` numeric,
  	\`lock_version\` numeric,
  	\`is_public\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pledge_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_program_idx\` ON \`applications\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_lead_idx\` ON \`applications\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_status_idx\` ON \`applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`applications_policy_set_idx\` ON \`applications\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`applications_district_idx\` ON \`applications\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_pledge_pledge_file_idx\` ON \`applications\` (\`pledge_file_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_is_public_idx\` ON \`applications\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_deleted_at_idx\` ON \`applications\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_rels_order_idx\` ON \`applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_parent_idx\` ON \`applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_path_idx\` ON \`applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_users_id_idx\` ON \`applications_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_capability_investments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_capability_investments_order_idx\` ON \`_applications_v_version_capability_investments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_capability_investments_parent_id_idx\` ON \`_applications_v_version_capability_investments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`goal\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_goals_order_idx\` ON \`_applications_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_goals_parent_id_idx\` ON \`_applications_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_peer_experts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`discipline_match\` text NOT NULL,
  	\`opinion\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_order_idx\` ON \`_applications_v_version_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_parent_id_idx\` ON \`_applications_v_version_peer_experts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rule_id\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_overrides_order_idx\` ON \`_applications_v_version_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_overrides_parent_id_idx\` ON \`_applications_v_version_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_overrides_by_idx\` ON \`_applications_v_version_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_program_id\` integer NOT NULL,
  	\`version_lead_id\` integer NOT NULL,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_policy_set\` text,
  	\`version_carrier_kind\` text,
  	\`version_district_id\` integer,
  	\`version_submitted_on\` text,
  	\`version_plan\` text,
  	\`version_field\` text,
  	\`version_governance_has_council\` integer,
  	\`version_governance_chair_is_lead_head\` integer,
  	\`version_governance_member_unit_heads_included\` integer,
  	\`version_governance_operations_team\` integer,
  	\`version_complex_level\` text,
  	\`version_complex_class\` text,
  	\`version_complex_industry_output\` numeric,
  	\`version_complex_jurisdiction_output\` numeric,
  	\`version_complex_concentration_bp\` numeric,
  	\`version_complex_relying_unit_name\` text,
  	\`version_complex_industry_rd_ratio_bp\` numeric,
  	\`version_complex_city_average_rd_ratio_bp\` numeric,
  	\`version_complex_is123_industry\` integer,
  	\`version_complex_is_emerging_industry\` integer,
  	\`version_complex_high_tech_share_bp\` numeric,
  	\`version_complex_value_added_growth_bp\` numeric,
  	\`version_official_name\` text,
  	\`version_official_name_en\` text,
  	\`version_recognized_on\` text,
  	\`version_notice_starts_on\` text,
  	\`version_notice_ends_on\` text,
  	\`version_notice_closed_on\` text,
  	\`version_public_summary\` text,
  	\`version_targeted\` integer,
  	\`version_complex_consent_relying_unit\` integer,
  	\`version_complex_consent_construction_unit\` integer,
  	\`version_pledge_signed_on\` text,
  	\`version_pledge_signatory\` text,
  	\`version_pledge_file_id\` integer,
  	\`version_disbursed_total\` numeric DEFAULT 0,
  	\`version_panel_review_count\` numeric,
  	\`version_panel_average_score\` numeric,
  	\`version_panel_recommend\` integer,
  	\`version_recovery_spent_compliant\` numeric,
  	\`version_recovery_non_compliant_spending\` numeric,
  	\`version_recovery_amount_to_recover\` numeric,
  	\`version_lock_version\` numeric,
  	\`version_is_public\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pledge_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_parent_idx\` ON \`_applications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_program_idx\` ON \`_applications_v\` (\`version_program_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_lead_idx\` ON \`_applications_v\` (\`version_lead_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_status_idx\` ON \`_applications_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_policy_set_idx\` ON \`_applications_v\` (\`version_policy_set\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_district_idx\` ON \`_applications_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_pledge_version_pledge_file_idx\` ON \`_applications_v\` (\`version_pledge_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_is_public_idx\` ON \`_applications_v\` (\`version_is_public\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_updated_at_idx\` ON \`_applications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_created_at_idx\` ON \`_applications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_deleted_at_idx\` ON \`_applications_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_created_at_idx\` ON \`_applications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_updated_at_idx\` ON \`_applications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_rels_order_idx\` ON \`_applications_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_rels_parent_idx\` ON \`_applications_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_rels_path_idx\` ON \`_applications_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_rels_users_id_idx\` ON \`_applications_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`organization_id\` integer NOT NULL,
  	\`display_name\` text,
  	\`role\` text NOT NULL,
  	\`tasks\` text,
  	\`task_share_permille\` numeric,
  	\`joined_on\` text,
  	\`left_on\` text,
  	\`head_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`members_application_idx\` ON \`members\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`members_lead_idx\` ON \`members\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`members_district_idx\` ON \`members\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`members_organization_idx\` ON \`members\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`members_deleted_at_idx\` ON \`members\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_organization_idx\` ON \`members\` (\`application_id\`,\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`signatory\` text NOT NULL,
  	\`signed_on\` text NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_signatories_order_idx\` ON \`agreements_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_signatories_parent_id_idx\` ON \`agreements_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_signatories_organization_idx\` ON \`agreements_signatories\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'formation-agreement' NOT NULL,
  	\`terms\` text,
  	\`signed_on\` text,
  	\`file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_application_idx\` ON \`agreements\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_lead_idx\` ON \`agreements\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_district_idx\` ON \`agreements\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_file_idx\` ON \`agreements\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_updated_at_idx\` ON \`agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements_created_at_idx\` ON \`agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements_deleted_at_idx\` ON \`agreements\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`signatory\` text NOT NULL,
  	\`signed_on\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_signatories_order_idx\` ON \`_agreements_v_version_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_signatories_parent_id_idx\` ON \`_agreements_v_version_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_signatories_organization_idx\` ON \`_agreements_v_version_signatories\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_application_id\` integer NOT NULL,
  	\`version_lead_id\` integer,
  	\`version_district_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_kind\` text DEFAULT 'formation-agreement' NOT NULL,
  	\`version_terms\` text,
  	\`version_signed_on\` text,
  	\`version_file_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_parent_idx\` ON \`_agreements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_application_idx\` ON \`_agreements_v\` (\`version_application_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_lead_idx\` ON \`_agreements_v\` (\`version_lead_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_district_idx\` ON \`_agreements_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_file_idx\` ON \`_agreements_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_updated_at_idx\` ON \`_agreements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_created_at_idx\` ON \`_agreements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_deleted_at_idx\` ON \`_agreements_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_created_at_idx\` ON \`_agreements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_updated_at_idx\` ON \`_agreements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`ip_contracts_benefit_shares\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`party_kind\` text NOT NULL,
  	\`organization_id\` integer,
  	\`share_basis_points\` numeric NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ip_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ip_contracts_benefit_shares_order_idx\` ON \`ip_contracts_benefit_shares\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_benefit_shares_parent_id_idx\` ON \`ip_contracts_benefit_shares\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_benefit_shares_organization_idx\` ON \`ip_contracts_benefit_shares\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`ip_contracts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`title\` text NOT NULL,
  	\`ownership\` text NOT NULL,
  	\`licence_terms\` text,
  	\`signed_on\` text,
  	\`file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ip_contracts_application_idx\` ON \`ip_contracts\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_lead_idx\` ON \`ip_contracts\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_district_idx\` ON \`ip_contracts\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_file_idx\` ON \`ip_contracts\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_updated_at_idx\` ON \`ip_contracts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_created_at_idx\` ON \`ip_contracts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ip_contracts_deleted_at_idx\` ON \`ip_contracts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`_ip_contracts_v_version_benefit_shares\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`party_kind\` text NOT NULL,
  	\`organization_id\` integer,
  	\`share_basis_points\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ip_contracts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_benefit_shares_order_idx\` ON \`_ip_contracts_v_version_benefit_shares\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_benefit_shares_parent_id_idx\` ON \`_ip_contracts_v_version_benefit_shares\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_benefit_shares_organization_idx\` ON \`_ip_contracts_v_version_benefit_shares\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_ip_contracts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_application_id\` integer NOT NULL,
  	\`version_lead_id\` integer,
  	\`version_district_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_ownership\` text NOT NULL,
  	\`version_licence_terms\` text,
  	\`version_signed_on\` text,
  	\`version_file_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ip_contracts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_parent_idx\` ON \`_ip_contracts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_application_idx\` ON \`_ip_contracts_v\` (\`version_application_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_lead_idx\` ON \`_ip_contracts_v\` (\`version_lead_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_district_idx\` ON \`_ip_contracts_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_file_idx\` ON \`_ip_contracts_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_updated_at_idx\` ON \`_ip_contracts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_created_at_idx\` ON \`_ip_contracts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_version_version_deleted_at_idx\` ON \`_ip_contracts_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_created_at_idx\` ON \`_ip_contracts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ip_contracts_v_updated_at_idx\` ON \`_ip_contracts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`label\` text,
  	\`expert_id\` integer NOT NULL,
  	\`stage\` text DEFAULT 'expert-review' NOT NULL,
  	\`conflict_declared\` integer,
  	\`conflict_note\` text,
  	\`scores\` text,
  	\`total_score\` numeric,
  	\`recommend\` integer,
  	\`opinion\` text,
  	\`submitted\` integer,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_application_idx\` ON \`reviews\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_lead_idx\` ON \`reviews\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_district_idx\` ON \`reviews\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_expert_idx\` ON \`reviews\` (\`expert_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_submitted_idx\` ON \`reviews\` (\`submitted\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_expert_stage_idx\` ON \`reviews\` (\`application_id\`,\`expert_id\`,\`stage\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`status\` text DEFAULT 'in-progress' NOT NULL,
  	\`undertaker_id\` integer,
  	\`subsidy_total\` numeric,
  	\`accepted_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`undertaker_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_application_idx\` ON \`projects\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_lead_idx\` ON \`projects\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_district_idx\` ON \`projects\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_kind_idx\` ON \`projects\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`projects_year_idx\` ON \`projects\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`projects_status_idx\` ON \`projects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`projects_undertaker_idx\` ON \`projects\` (\`undertaker_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_deleted_at_idx\` ON \`projects\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`disbursements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`reference\` text,
  	\`project_id\` integer,
  	\`basis\` text NOT NULL,
  	\`installment\` text DEFAULT 'annual' NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`paid_on\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disbursements_application_idx\` ON \`disbursements\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_lead_idx\` ON \`disbursements\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_district_idx\` ON \`disbursements\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_project_idx\` ON \`disbursements\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_year_idx\` ON \`disbursements\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_updated_at_idx\` ON \`disbursements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_created_at_idx\` ON \`disbursements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_deleted_at_idx\` ON \`disbursements\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`evaluations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`label\` text,
  	\`year\` numeric NOT NULL,
  	\`kind\` text DEFAULT 'annual' NOT NULL,
  	\`due_on\` text,
  	\`self_report\` text,
  	\`self_report_file_id\` integer,
  	\`submitted_on\` text,
  	\`overdue\` integer,
  	\`grade\` text,
  	\`index_scores\` text,
  	\`consequence\` text,
  	\`graded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`self_report_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`graded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluations_application_idx\` ON \`evaluations\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_lead_idx\` ON \`evaluations\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_district_idx\` ON \`evaluations\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_self_report_file_idx\` ON \`evaluations\` (\`self_report_file_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_graded_by_idx\` ON \`evaluations\` (\`graded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_updated_at_idx\` ON \`evaluations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_created_at_idx\` ON \`evaluations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluations_deleted_at_idx\` ON \`evaluations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_year_kind_idx\` ON \`evaluations\` (\`application_id\`,\`year\`,\`kind\`);`)
  await db.run(sql`CREATE TABLE \`programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`policy_set\` text NOT NULL,
  	\`carrier_kind\` text NOT NULL,
  	\`opens_on\` text NOT NULL,
  	\`closes_on\` text NOT NULL,
  	\`notice_working_days\` numeric DEFAULT 5,
  	\`min_reviews\` numeric,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_policy_set_idx\` ON \`programs\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_deleted_at_idx\` ON \`programs\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_platforms_order_idx\` ON \`organizations_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_platforms_parent_idx\` ON \`organizations_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`revenue\` numeric,
  	\`net_assets\` numeric,
  	\`rd_spend\` numeric,
  	\`rd_staff\` numeric,
  	\`equipment_value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_figures_order_idx\` ON \`organizations_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_figures_parent_id_idx\` ON \`organizations_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`credit_code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`district_id\` integer,
  	\`registered_city\` text,
  	\`legal_representative\` text,
  	\`tech_leader_kind\` text,
  	\`rd_years_in_field\` numeric,
  	\`has_ningbo_project\` integer,
  	\`lock_version\` numeric,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_credit_code_idx\` ON \`organizations\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`organizations_district_idx\` ON \`organizations\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_by_idx\` ON \`organizations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_deleted_at_idx\` ON \`organizations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`last_error\` text,
  	\`resend\` integer DEFAULT false,
  	\`to_address\` text NOT NULL,
  	\`to_name\` text,
  	\`template\` text NOT NULL,
  	\`language\` text DEFAULT 'zh',
  	\`application_id\` integer,
  	\`business_key\` text NOT NULL,
  	\`body_text\` text,
  	\`body_html\` text,
  	\`data\` text,
  	\`sent_at\` text,
  	\`last_attempt_at\` text,
  	\`message_id\` text,
  	\`smtp_response\` text,
  	\`resend_count\` numeric DEFAULT 0,
  	\`resent_at\` text,
  	\`resent_by_id\` integer,
  	\`claim_token\` text,
  	\`claimed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_next_attempt_at_idx\` ON \`notifications\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_template_idx\` ON \`notifications\` (\`template\`);`)
  await db.run(sql`CREATE INDEX \`notifications_application_idx\` ON \`notifications\` (\`application_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_business_key_idx\` ON \`notifications\` (\`business_key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_sent_at_idx\` ON \`notifications\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_resent_by_idx\` ON \`notifications\` (\`resent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_claim_token_idx\` ON \`notifications\` (\`claim_token\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_users_id_idx\` ON \`notifications_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`application_id\` integer,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`transition\` text,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text,
  	\`changes\` text,
  	\`summary\` text,
  	\`user_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_application_idx\` ON \`audit_log\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_lead_idx\` ON \`audit_log\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_district_idx\` ON \`audit_log\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'applicant' NOT NULL,
  	\`district_id\` integer,
  	\`organization_id\` integer,
  	\`title\` text,
  	\`discipline\` text,
  	\`phone\` text,
  	\`language\` text DEFAULT 'zh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_district_idx\` ON \`users\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`users_organization_idx\` ON \`users\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`districts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_code_idx\` ON \`districts\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`districts_updated_at_idx\` ON \`districts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`districts_created_at_idx\` ON \`districts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`applications_id\` integer,
  	\`members_id\` integer,
  	\`agreements_id\` integer,
  	\`ip_contracts_id\` integer,
  	\`reviews_id\` integer,
  	\`projects_id\` integer,
  	\`disbursements_id\` integer,
  	\`evaluations_id\` integer,
  	\`programs_id\` integer,
  	\`organizations_id\` integer,
  	\`notifications_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	\`districts_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ip_contracts_id\`) REFERENCES \`ip_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disbursements_id\`) REFERENCES \`disbursements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluations_id\`) REFERENCES \`evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ip_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`ip_contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disbursements_id_idx\` ON \`payload_locked_documents_rels\` (\`disbursements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluations_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_capability_investments\`;`)
  await db.run(sql`DROP TABLE \`applications_goals\`;`)
  await db.run(sql`DROP TABLE \`applications_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`applications_overrides\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`DROP TABLE \`applications_rels\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_capability_investments\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_overrides\`;`)
  await db.run(sql`DROP TABLE \`_applications_v\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_rels\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`DROP TABLE \`agreements_signatories\`;`)
  await db.run(sql`DROP TABLE \`agreements\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_signatories\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v\`;`)
  await db.run(sql`DROP TABLE \`ip_contracts_benefit_shares\`;`)
  await db.run(sql`DROP TABLE \`ip_contracts\`;`)
  await db.run(sql`DROP TABLE \`_ip_contracts_v_version_benefit_shares\`;`)
  await db.run(sql`DROP TABLE \`_ip_contracts_v\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`disbursements\`;`)
  await db.run(sql`DROP TABLE \`evaluations\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`DROP TABLE \`organizations_platforms\`;`)
  await db.run(sql`DROP TABLE \`organizations_figures\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`districts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
