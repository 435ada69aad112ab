import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`applications_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`file_id\` integer,
  	\`number\` text,
  	\`issued_on\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_documents_order_idx\` ON \`applications_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_documents_parent_id_idx\` ON \`applications_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_documents_file_idx\` ON \`applications_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`file_id\` integer,
  	\`number\` text,
  	\`issued_on\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_documents_order_idx\` ON \`_applications_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_documents_parent_id_idx\` ON \`_applications_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_documents_file_idx\` ON \`_applications_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`application_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`application_notes_application_idx\` ON \`application_notes\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_lead_idx\` ON \`application_notes\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_district_idx\` ON \`application_notes\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_author_idx\` ON \`application_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_updated_at_idx\` ON \`application_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_created_at_idx\` ON \`application_notes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`application_notes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`application_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`application_notes_rels_order_idx\` ON \`application_notes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_rels_parent_idx\` ON \`application_notes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_rels_path_idx\` ON \`application_notes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`application_notes_rels_users_id_idx\` ON \`application_notes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`exception_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`label\` text,
  	\`rule_id\` text NOT NULL,
  	\`rule_title\` text,
  	\`reason\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`decision_reason\` text,
  	\`requested_by_id\` integer,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exception_requests_application_idx\` ON \`exception_requests\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_lead_idx\` ON \`exception_requests\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_district_idx\` ON \`exception_requests\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_rule_id_idx\` ON \`exception_requests\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_status_idx\` ON \`exception_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_requested_by_idx\` ON \`exception_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_decided_by_idx\` ON \`exception_requests\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_updated_at_idx\` ON \`exception_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exception_requests_created_at_idx\` ON \`exception_requests\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_applications_peer_experts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`discipline_match\` text,
  	\`opinion\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications_peer_experts\`("_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion") SELECT "_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion" FROM \`applications_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`applications_peer_experts\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications_peer_experts\` RENAME TO \`applications_peer_experts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_order_idx\` ON \`applications_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_parent_id_idx\` ON \`applications_peer_experts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__applications_v_version_peer_experts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`discipline_match\` text,
  	\`opinion\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__applications_v_version_peer_experts\`("_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion", "_uuid") SELECT "_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion", "_uuid" FROM \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`ALTER TABLE \`__new__applications_v_version_peer_experts\` RENAME TO \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_order_idx\` ON \`_applications_v_version_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_parent_id_idx\` ON \`_applications_v_version_peer_experts\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`review_due_on\` text;`)
  await db.run(sql`CREATE INDEX \`applications_search_text_idx\` ON \`applications\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_review_due_on\` text;`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_search_text_idx\` ON \`_applications_v\` (\`version_search_text\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`application_notes_id\` integer REFERENCES application_notes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`exception_requests_id\` integer REFERENCES exception_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`application_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exception_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`exception_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_documents\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`application_notes\`;`)
  await db.run(sql`DROP TABLE \`application_notes_rels\`;`)
  await db.run(sql`DROP TABLE \`exception_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`fund_uses_id\` integer,
  	\`evaluations_id\` integer,
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
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ip_contracts_id\`) REFERENCES \`ip_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disbursements_id\`) REFERENCES \`disbursements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fund_uses_id\`) REFERENCES \`fund_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluations_id\`) REFERENCES \`evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "applications_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "fund_uses_id", "evaluations_id", "tic_figures_id", "objections_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "calendar_days_id", "media_id", "login_throttles_id") SELECT "id", "order", "parent_id", "path", "applications_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "fund_uses_id", "evaluations_id", "tic_figures_id", "objections_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "calendar_days_id", "media_id", "login_throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fund_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`fund_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluations_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluations_id\`);`)
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
  await db.run(sql`DROP INDEX \`applications_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`review_due_on\`;`)
  await db.run(sql`DROP INDEX \`_applications_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_review_due_on\`;`)
  await db.run(sql`CREATE TABLE \`__new_applications_peer_experts\` (
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
  await db.run(sql`INSERT INTO \`__new_applications_peer_experts\`("_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion") SELECT "_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion" FROM \`applications_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`applications_peer_experts\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications_peer_experts\` RENAME TO \`applications_peer_experts\`;`)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_order_idx\` ON \`applications_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_peer_experts_parent_id_idx\` ON \`applications_peer_experts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__applications_v_version_peer_experts\` (
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
  await db.run(sql`INSERT INTO \`__new__applications_v_version_peer_experts\`("_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion", "_uuid") SELECT "_order", "_parent_id", "id", "name", "title", "discipline_match", "opinion", "_uuid" FROM \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`ALTER TABLE \`__new__applications_v_version_peer_experts\` RENAME TO \`_applications_v_version_peer_experts\`;`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_order_idx\` ON \`_applications_v_version_peer_experts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_peer_experts_parent_id_idx\` ON \`_applications_v_version_peer_experts\` (\`_parent_id\`);`)
}
