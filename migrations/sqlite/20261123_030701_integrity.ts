import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`fund_uses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`source\` text DEFAULT 'fiscal' NOT NULL,
  	\`category\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`description\` text NOT NULL,
  	\`spent_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`fund_uses_application_idx\` ON \`fund_uses\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_lead_idx\` ON \`fund_uses\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_district_idx\` ON \`fund_uses\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_year_idx\` ON \`fund_uses\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_updated_at_idx\` ON \`fund_uses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_created_at_idx\` ON \`fund_uses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fund_uses_deleted_at_idx\` ON \`fund_uses\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`tic_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`label\` text,
  	\`year\` numeric NOT NULL,
  	\`investment\` numeric,
  	\`staff\` numeric,
  	\`high_level_teams\` numeric,
  	\`industrialisation_bases\` numeric,
  	\`partner_firms\` numeric,
  	\`spin_offs\` numeric,
  	\`firms_served\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tic_figures_application_idx\` ON \`tic_figures\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`tic_figures_lead_idx\` ON \`tic_figures\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`tic_figures_district_idx\` ON \`tic_figures\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`tic_figures_updated_at_idx\` ON \`tic_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tic_figures_created_at_idx\` ON \`tic_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tic_figures_deleted_at_idx\` ON \`tic_figures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_year_idx\` ON \`tic_figures\` (\`application_id\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`objections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`lead_id\` integer,
  	\`district_id\` integer,
  	\`summary\` text,
  	\`objector\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`received_on\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`finding\` text,
  	\`resolved_on\` text,
  	\`recorded_by\` text,
  	\`resolved_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`objections_application_idx\` ON \`objections\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_lead_idx\` ON \`objections\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_district_idx\` ON \`objections\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`calendar_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_days_date_idx\` ON \`calendar_days\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`calendar_days_updated_at_idx\` ON \`calendar_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_days_created_at_idx\` ON \`calendar_days\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`received_on\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`recovery_recovered\` numeric;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_received_on\` text;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_recovery_recovered\` numeric;`)
  await db.run(sql`ALTER TABLE \`disbursements\` ADD \`reverses_id\` integer REFERENCES disbursements(id);`)
  await db.run(sql`ALTER TABLE \`disbursements\` ADD \`reason\` text;`)
  await db.run(sql`CREATE INDEX \`disbursements_reverses_idx\` ON \`disbursements\` (\`reverses_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`actor_role\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`fund_uses_id\` integer REFERENCES fund_uses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tic_figures_id\` integer REFERENCES tic_figures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`objections_id\` integer REFERENCES objections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendar_days_id\` integer REFERENCES calendar_days(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fund_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`fund_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tic_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`tic_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`fund_uses\`;`)
  await db.run(sql`DROP TABLE \`tic_figures\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`DROP TABLE \`calendar_days\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disbursements\` (
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
  await db.run(sql`INSERT INTO \`__new_disbursements\`("id", "application_id", "lead_id", "district_id", "reference", "project_id", "basis", "installment", "year", "amount", "paid_on", "note", "updated_at", "created_at", "deleted_at") SELECT "id", "application_id", "lead_id", "district_id", "reference", "project_id", "basis", "installment", "year", "amount", "paid_on", "note", "updated_at", "created_at", "deleted_at" FROM \`disbursements\`;`)
  await db.run(sql`DROP TABLE \`disbursements\`;`)
  await db.run(sql`ALTER TABLE \`__new_disbursements\` RENAME TO \`disbursements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`disbursements_application_idx\` ON \`disbursements\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_lead_idx\` ON \`disbursements\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_district_idx\` ON \`disbursements\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_project_idx\` ON \`disbursements\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_year_idx\` ON \`disbursements\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_updated_at_idx\` ON \`disbursements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_created_at_idx\` ON \`disbursements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disbursements_deleted_at_idx\` ON \`disbursements\` (\`deleted_at\`);`)
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
  	\`evaluations_id\` integer,
  	\`programs_id\` integer,
  	\`organizations_id\` integer,
  	\`notifications_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	\`districts_id\` integer,
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
  	FOREIGN KEY (\`evaluations_id\`) REFERENCES \`evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "applications_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "evaluations_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "media_id", "login_throttles_id") SELECT "id", "order", "parent_id", "path", "applications_id", "members_id", "agreements_id", "ip_contracts_id", "reviews_id", "projects_id", "disbursements_id", "evaluations_id", "programs_id", "organizations_id", "notifications_id", "audit_log_id", "users_id", "districts_id", "media_id", "login_throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`received_on\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`recovery_recovered\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_received_on\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_recovery_recovered\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`actor_role\`;`)
}
