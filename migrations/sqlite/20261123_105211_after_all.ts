import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { KEYS_OF_FIRST_MIGRATION, seedPolicyRevisions } from '../../src/seed/policy-revisions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programs_required_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_required_documents_order_idx\` ON \`programs_required_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_required_documents_parent_id_idx\` ON \`programs_required_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_revisions_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`document\` text,
  	\`article\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_revisions_values_order_idx\` ON \`policy_revisions_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_values_parent_id_idx\` ON \`policy_revisions_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_revisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`policy_set\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`label_en\` text,
  	\`effective_from\` text NOT NULL,
  	\`effective_to\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`published_at\` text,
  	\`published_by_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_revisions_policy_set_idx\` ON \`policy_revisions\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_effective_from_idx\` ON \`policy_revisions\` (\`effective_from\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_status_idx\` ON \`policy_revisions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_published_by_idx\` ON \`policy_revisions\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_created_by_idx\` ON \`policy_revisions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_updated_at_idx\` ON \`policy_revisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_revisions_created_at_idx\` ON \`policy_revisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`spreadsheet_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`owner_id\` integer,
  	\`target\` text,
  	\`application_id\` integer,
  	\`total\` numeric,
  	\`processed\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`skipped\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`message\` text,
  	\`params\` text,
  	\`failures\` text,
  	\`result_file\` text,
  	\`result_name\` text,
  	\`max_hold_ms\` numeric,
  	\`claim_token\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_status_idx\` ON \`spreadsheet_jobs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_owner_idx\` ON \`spreadsheet_jobs\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_application_idx\` ON \`spreadsheet_jobs\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_claim_token_idx\` ON \`spreadsheet_jobs\` (\`claim_token\`);`)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_updated_at_idx\` ON \`spreadsheet_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spreadsheet_jobs_created_at_idx\` ON \`spreadsheet_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_read_office\` text,
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_office\` text,
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_office\` text,
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`title_en\` text;`)
  await db.run(sql`CREATE INDEX \`deletedAt_updatedAt_idx\` ON \`applications\` (\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deletedAt_updatedAt_idx\` ON \`applications\` (\`status\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_deletedAt_updatedAt_idx\` ON \`applications\` (\`program_id\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`district_deletedAt_updatedAt_idx\` ON \`applications\` (\`district_id\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`carrierKind_deletedAt_updatedAt_idx\` ON \`applications\` (\`carrier_kind\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policySet_deletedAt_updatedAt_idx\` ON \`applications\` (\`policy_set\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_title_en\` text;`)
  await db.run(sql`CREATE INDEX \`version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_status\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_program_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_program_id\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_district_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_district_id\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_carrierKind_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_carrier_kind\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_policySet_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_policy_set\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`parameter_revision_id\` integer REFERENCES policy_revisions(id);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_notice_number_pattern\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_notice_next_number\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_decision_number_pattern\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_decision_next_number\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`lock_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`programs_parameter_revision_idx\` ON \`programs\` (\`parameter_revision_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_media_id_idx\` ON \`notifications_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`actor_office\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`actor_office_en\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`can_edit_policy\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`name_en\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`application_id\` integer REFERENCES applications(id);`)
  await db.run(sql`CREATE INDEX \`media_application_idx\` ON \`media\` (\`application_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`policy_revisions_id\` integer REFERENCES policy_revisions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`spreadsheet_jobs_id\` integer REFERENCES spreadsheet_jobs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_revisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spreadsheet_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`spreadsheet_jobs_id\`);`)
  // The first revision of each policy set: the five documents' own figures (issue 17).
  // Only the figures this migration's schema knows; 20261123_16214x_params3_data adds the later ones.
  await seedPolicyRevisions(payload, req, { keys: KEYS_OF_FIRST_MIGRATION })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programs_required_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_revisions_values\`;`)
  await db.run(sql`DROP TABLE \`policy_revisions\`;`)
  await db.run(sql`DROP TABLE \`spreadsheet_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs\` (
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
  	\`public_notice_issuing_office\` text,
  	\`public_notice_notice_document_number\` text,
  	\`public_notice_recognition_document_number\` text,
  	\`public_notice_objection_department\` text,
  	\`public_notice_objection_phone\` text,
  	\`public_notice_objection_email\` text,
  	\`public_notice_objection_address\` text,
  	\`public_notice_objection_instructions\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "updated_at", "created_at", "deleted_at") SELECT "id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "updated_at", "created_at", "deleted_at" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_policy_set_idx\` ON \`programs\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_deleted_at_idx\` ON \`programs\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_users_id_idx\` ON \`notifications_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "title", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`applications_id\` integer,
  	\`application_notes_id\` integer,
  	\`members_id\` integer,
  	\`agreements_id\` integer,
  	\`ip_contracts_id\` integer,
  	\`reviews_id\` integer,
  	\`projects_id\` integer,
  	\`disbursements_id\` integer,
  	\`fund_uses_id\` integer,
  	\`evaluations_id\` integer,
  	\`exception_requests_id\` integer,
  	\`tic_figures_id\` integer,
  	\`objections_id\` integer,
  	\`programs_id\` integer,
  	\`organizations_id\` integer,
  	\`notifications_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	\`districts_id\` integer,
  	\`calendar_days_id\` integer,
  	\`media_id\` integer,
  	\`login_throttles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_notes_id\`) REFERENCES \`application_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ip_contracts_id\`) REFERENCES \`ip_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disbursements_id\`) REFERENCES \`disbursements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fund_uses_id\`) REFERENCES \`fund_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluations_id\`) REFERENCES \`evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exception_requests_id\`) REFERENCES \`exception_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tic_figures_id\`) REFERENCES \`tic_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`objections_id\`) REFERENCES \`objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "applications_id", "application_notes_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "fund_uses_id", "evaluations_id", "exception_requests_id", "tic_figures_id", "objections_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "calendar_days_id", "media_id", "login_throttles_id") SELECT "id", "order", "parent_id", "path", "applications_id", "application_notes_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "fund_uses_id", "evaluations_id", "exception_requests_id", "tic_figures_id", "objections_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "calendar_days_id", "media_id", "login_throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`application_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ip_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`ip_contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disbursements_id_idx\` ON \`payload_locked_documents_rels\` (\`disbursements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fund_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`fund_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluations_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exception_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`exception_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tic_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`tic_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`DROP INDEX \`deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`program_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`district_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`carrierKind_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`policySet_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`title_en\`;`)
  await db.run(sql`DROP INDEX \`version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_program_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_district_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_carrierKind_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_policySet_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_title_en\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`actor_office\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`actor_office_en\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`can_edit_policy\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`name_en\`;`)
}
