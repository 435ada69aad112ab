import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`applications_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_attachments_order_idx\` ON \`applications_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_attachments_parent_id_idx\` ON \`applications_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_attachments_file_idx\` ON \`applications_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_applications_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applications_v_version_attachments_order_idx\` ON \`_applications_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_attachments_parent_id_idx\` ON \`_applications_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_attachments_file_idx\` ON \`_applications_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`policy_set\` text NOT NULL,
  	\`carrier_kind\` text NOT NULL,
  	\`opens_on\` text NOT NULL,
  	\`closes_on\` text NOT NULL,
  	\`notice_working_days\` numeric,
  	\`min_reviews\` numeric,
  	\`parameter_revision_id\` integer,
  	\`description\` text,
  	\`public_notice_issuing_office\` text,
  	\`public_notice_notice_document_number\` text,
  	\`public_notice_recognition_document_number\` text,
  	\`public_notice_notice_number_pattern\` text,
  	\`public_notice_notice_next_number\` numeric DEFAULT 1,
  	\`public_notice_decision_number_pattern\` text,
  	\`public_notice_decision_next_number\` numeric DEFAULT 1,
  	\`public_notice_objection_department\` text,
  	\`public_notice_objection_phone\` text,
  	\`public_notice_objection_email\` text,
  	\`public_notice_objection_address\` text,
  	\`public_notice_objection_instructions\` text,
  	\`lock_version\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`parameter_revision_id\`) REFERENCES \`policy_revisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "parameter_revision_id", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_notice_number_pattern", "public_notice_notice_next_number", "public_notice_decision_number_pattern", "public_notice_decision_next_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "lock_version", "updated_at", "created_at", "deleted_at") SELECT "id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "parameter_revision_id", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_notice_number_pattern", "public_notice_notice_next_number", "public_notice_decision_number_pattern", "public_notice_decision_next_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "lock_version", "updated_at", "created_at", "deleted_at" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_policy_set_idx\` ON \`programs\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`programs_parameter_revision_idx\` ON \`programs\` (\`parameter_revision_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_deleted_at_idx\` ON \`programs\` (\`deleted_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_attachments\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_attachments\`;`)
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
  	\`parameter_revision_id\` integer,
  	\`description\` text,
  	\`public_notice_issuing_office\` text,
  	\`public_notice_notice_document_number\` text,
  	\`public_notice_recognition_document_number\` text,
  	\`public_notice_notice_number_pattern\` text,
  	\`public_notice_notice_next_number\` numeric DEFAULT 1,
  	\`public_notice_decision_number_pattern\` text,
  	\`public_notice_decision_next_number\` numeric DEFAULT 1,
  	\`public_notice_objection_department\` text,
  	\`public_notice_objection_phone\` text,
  	\`public_notice_objection_email\` text,
  	\`public_notice_objection_address\` text,
  	\`public_notice_objection_instructions\` text,
  	\`lock_version\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`parameter_revision_id\`) REFERENCES \`policy_revisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "parameter_revision_id", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_notice_number_pattern", "public_notice_notice_next_number", "public_notice_decision_number_pattern", "public_notice_decision_next_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "lock_version", "updated_at", "created_at", "deleted_at") SELECT "id", "title", "year", "policy_set", "carrier_kind", "opens_on", "closes_on", "notice_working_days", "min_reviews", "parameter_revision_id", "description", "public_notice_issuing_office", "public_notice_notice_document_number", "public_notice_recognition_document_number", "public_notice_notice_number_pattern", "public_notice_notice_next_number", "public_notice_decision_number_pattern", "public_notice_decision_next_number", "public_notice_objection_department", "public_notice_objection_phone", "public_notice_objection_email", "public_notice_objection_address", "public_notice_objection_instructions", "lock_version", "updated_at", "created_at", "deleted_at" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_policy_set_idx\` ON \`programs\` (\`policy_set\`);`)
  await db.run(sql`CREATE INDEX \`programs_parameter_revision_idx\` ON \`programs\` (\`parameter_revision_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_deleted_at_idx\` ON \`programs\` (\`deleted_at\`);`)
}
