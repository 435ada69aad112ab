// The spreadsheet-jobs browser test's data, written into the running server's database: 600 applications of one
// unit (more than a request exports inline), straight into the table (the hooks would take minutes).
//   DATABASE_URL=… NODE_ENV=production node --conditions=production --import tsx test/helpers/seed-spreadsheet-e2e.ts
import type { Payload } from 'payload'

export const EXPORT_TITLE = '后台导出载体'
export const EXPORT_ROWS = 600

export async function seedSpreadsheetE2e(payload: Payload): Promise<{ rows: number }> {
  const program = (await payload.find({ collection: 'programs', where: { policySet: { equals: 'nb-consortium-2021' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const lead = (await payload.find({ collection: 'organizations', where: { name: { equals: '宁波港城智能装备股份有限公司' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const db = payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (v: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const now = new Date().toISOString()
  for (let start = 0; start < EXPORT_ROWS; start += 200) {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      title: `${EXPORT_TITLE}${String(start + i).padStart(4, '0')}`,
      program: program.id,
      lead: lead.id,
      status: 'submitted',
      policySet: 'nb-consortium-2021',
      carrierKind: 'consortium',
      submittedOn: now,
      createdAt: now,
      updatedAt: now,
    }))
    await db.drizzle.insert(db.tables.applications).values(rows)
  }
  return { rows: EXPORT_ROWS }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAYLOAD_SECRET ??= 'e2e-seed-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config: await config })
  console.log(`SEEDED ${JSON.stringify(await seedSpreadsheetE2e(payload))}`)
  await payload.destroy()
  process.exit(0)
}
