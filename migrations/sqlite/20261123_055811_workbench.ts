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
  await db.run(sql`ALTER TABLE \`applications\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`applications_search_text_idx\` ON \`applications\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_applications_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_applications_v_version_version_search_text_idx\` ON \`_applications_v\` (\`version_search_text\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_documents\`;`)
  await db.run(sql`DROP TABLE \`_applications_v_version_documents\`;`)
  await db.run(sql`DROP INDEX \`applications_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_applications_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_applications_v\` DROP COLUMN \`version_search_text\`;`)
}
