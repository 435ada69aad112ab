import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_title\` text DEFAULT '创新载体公开信息',
  	\`bureau_name\` text,
  	\`address\` text,
  	\`postcode\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`icp_number\` text,
  	\`psb_number\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_site_title\` text DEFAULT '创新载体公开信息',
  	\`version_bureau_name\` text,
  	\`version_address\` text,
  	\`version_postcode\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_icp_number\` text,
  	\`version_psb_number\` text,
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_logo_idx\` ON \`_site_settings_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_issuing_office\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_notice_document_number\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_recognition_document_number\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_objection_department\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_objection_phone\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_objection_email\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_objection_address\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`public_notice_objection_instructions\` text;`)
  await db.run(sql`CREATE INDEX \`isPublic_recognizedOn_idx\` ON \`applications\` (\`is_public\`,\`recognized_on\`);`)
  await db.run(sql`CREATE INDEX \`isPublic_noticeEndsOn_idx\` ON \`applications\` (\`is_public\`,\`notice_ends_on\`);`)
  await db.run(sql`CREATE INDEX \`noticeStartsOn_idx\` ON \`applications\` (\`notice_starts_on\`);`)
  await db.run(sql`CREATE INDEX \`version_isPublic_version_recognizedOn_idx\` ON \`_applications_v\` (\`version_is_public\`,\`version_recognized_on\`);`)
  await db.run(sql`CREATE INDEX \`version_isPublic_version_noticeEndsOn_idx\` ON \`_applications_v\` (\`version_is_public\`,\`version_notice_ends_on\`);`)
  await db.run(sql`CREATE INDEX \`version_noticeStartsOn_idx\` ON \`_applications_v\` (\`version_notice_starts_on\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`DROP INDEX \`isPublic_recognizedOn_idx\`;`)
  await db.run(sql`DROP INDEX \`isPublic_noticeEndsOn_idx\`;`)
  await db.run(sql`DROP INDEX \`noticeStartsOn_idx\`;`)
  await db.run(sql`DROP INDEX \`version_isPublic_version_recognizedOn_idx\`;`)
  await db.run(sql`DROP INDEX \`version_isPublic_version_noticeEndsOn_idx\`;`)
  await db.run(sql`DROP INDEX \`version_noticeStartsOn_idx\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_issuing_office\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_notice_document_number\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_recognition_document_number\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_objection_department\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_objection_phone\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_objection_email\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_objection_address\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`public_notice_objection_instructions\`;`)
}
