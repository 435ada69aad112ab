import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-written: the list's search box through an FTS5 trigram index (src/hooks/applications/searchIndex.ts), an
// external-content table over applications' title and search text, kept by triggers. SQLite drops triggers with
// their table: a later migration that rebuilds "applications" (drizzle's __new_applications copy) must run these
// statements again; until then the hook sees the triggers missing and searches by LIKE alone.
export const searchIndexUp = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS applications_fts USING fts5(title, search_text, content='applications', content_rowid='id', tokenize='trigram')`,
  `CREATE TRIGGER IF NOT EXISTS applications_fts_ai AFTER INSERT ON applications BEGIN
     INSERT INTO applications_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);
   END`,
  `CREATE TRIGGER IF NOT EXISTS applications_fts_ad AFTER DELETE ON applications BEGIN
     INSERT INTO applications_fts(applications_fts, rowid, title, search_text) VALUES ('delete', old.id, old.title, old.search_text);
   END`,
  // Every save of an application names search_text (keepSearchText): re-index only when the text changed.
  `CREATE TRIGGER IF NOT EXISTS applications_fts_au AFTER UPDATE OF title, search_text ON applications
   WHEN old.title IS NOT new.title OR old.search_text IS NOT new.search_text BEGIN
     INSERT INTO applications_fts(applications_fts, rowid, title, search_text) VALUES ('delete', old.id, old.title, old.search_text);
     INSERT INTO applications_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);
   END`,
  `INSERT INTO applications_fts(applications_fts) VALUES ('rebuild')`,
]
export const searchIndexDown = [
  'DROP TRIGGER IF EXISTS applications_fts_ai',
  'DROP TRIGGER IF EXISTS applications_fts_ad',
  'DROP TRIGGER IF EXISTS applications_fts_au',
  'DROP TABLE IF EXISTS applications_fts',
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`program_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`district_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`carrierKind_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`policySet_deletedAt_updatedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`status\`,\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`program_deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`program_id\`,\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`district_deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`district_id\`,\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`carrierKind_deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`carrier_kind\`,\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policySet_deletedAt_updatedAt_createdAt_idx\` ON \`applications\` (\`policy_set\`,\`deleted_at\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_program_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_district_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_carrierKind_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_policySet_version_deletedAt_version_updatedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_deletedAt_version_updatedAt_version_createdAt_idx\` ON \`_applications_v\` (\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_applications_v\` (\`version_status\`,\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_applications_v\` (\`version_program_id\`,\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_applications_v\` (\`version_district_id\`,\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_applications_v\` (\`version_carrier_kind\`,\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_applications_v\` (\`version_policy_set\`,\`version_deleted_at\`,\`version_updated_at\`,\`version_created_at\`);`)
  for (const statement of searchIndexUp) await db.run(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const statement of searchIndexDown) await db.run(sql.raw(statement))
  await db.run(sql`DROP INDEX \`deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`program_deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`district_deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`carrierKind_deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`policySet_deletedAt_updatedAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`deletedAt_updatedAt_idx\` ON \`applications\` (\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deletedAt_updatedAt_idx\` ON \`applications\` (\`status\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_deletedAt_updatedAt_idx\` ON \`applications\` (\`program_id\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`district_deletedAt_updatedAt_idx\` ON \`applications\` (\`district_id\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`carrierKind_deletedAt_updatedAt_idx\` ON \`applications\` (\`carrier_kind\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policySet_deletedAt_updatedAt_idx\` ON \`applications\` (\`policy_set\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`DROP INDEX \`version_deletedAt_version_updatedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_4_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_status\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_program_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_program_id\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_district_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_district_id\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_carrierKind_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_carrier_kind\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_policySet_version_deletedAt_version_updatedAt_idx\` ON \`_applications_v\` (\`version_policy_set\`,\`version_deleted_at\`,\`version_updated_at\`);`)
}
