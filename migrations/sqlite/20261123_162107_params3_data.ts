import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { seedPolicyRevisions } from '../../src/seed/policy-revisions'

// Data, in a migration of its own (PostgreSQL commits the new parameter keys of the enum first):
// - a programme's notice period no longer defaults to 5: the 5 that every programme got from the old default is
//   cleared, so the programme follows the parameter revision in force (5 in the first revision, so nothing changes
//   until a revision changes it); a programme that means 5 whatever the revision says sets it again;
// - the first revision of each set gets the figures that became parameters since it was loaded (the Cixi
//   third-party grade, the Zhejiang self-report month and day), with the documents' values.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE programs SET notice_working_days = NULL WHERE notice_working_days = 5`)
  await seedPolicyRevisions(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE programs SET notice_working_days = 5 WHERE notice_working_days IS NULL`)
}
