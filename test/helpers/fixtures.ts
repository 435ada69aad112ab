// Shared setup for the enforcement, access and concurrency suites: the demo seed plus a few carriers in
// known states, and small helpers to read errors and counts.
import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { seedDemo } from '../../src/seed/demo'

export const PASSWORD = 'Demo-password-1'

export type Id = number
// The Local API's `user` argument: a users document tagged with its collection (as Payload's auth does).
export type UserDoc = Record<string, unknown> & { id: Id; collection: 'users'; email: string; role: string }

export interface World {
  users: Record<'admin' | 'city' | 'district' | 'expert1' | 'expert2' | 'expert3' | 'applicant', UserDoc>
  programs: Record<'nbConsortium' | 'nbTic' | 'whConsortium' | 'zjConsortium' | 'cxComplex', Id>
  orgs: Record<'nbLead' | 'bl2' | 'ticHost' | 'cxLead' | 'zhouxiang' | 'zjLead' | 'whLead', Id>
  apps: Record<'nbDraft' | 'blDistrictReview' | 'ticExpertReview' | 'whNotice' | 'zjRecognized' | 'cxTown', Id>
}

async function idWhere(payload: Payload, collection: 'programs' | 'organizations' | 'applications', where: Where): Promise<Id> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error(`fixture missing in ${collection}: ${JSON.stringify(where)}`)
  return id
}

export async function seedWorld(payload: Payload): Promise<World> {
  await seedDemo(payload, PASSWORD)
  const userKeys = ['admin', 'city', 'district', 'expert1', 'expert2', 'expert3', 'applicant'] as const
  const users = {} as World['users']
  for (const key of userKeys) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: `${key}@example.org` } }, limit: 1, depth: 0, overrideAccess: true })
    const doc = found.docs[0]
    if (!doc) throw new Error(`user ${key} missing`)
    users[key] = { ...(doc as unknown as Record<string, unknown>), collection: 'users' } as UserDoc
  }
  const program = (policySet: string) => idWhere(payload, 'programs', { policySet: { equals: policySet } })
  const programs: World['programs'] = {
    nbConsortium: await program('nb-consortium-2021'),
    nbTic: await program('nb-tic-2022'),
    whConsortium: await program('wh-consortium-2022'),
    zjConsortium: await program('zj-consortium'),
    cxComplex: await program('cx-complex'),
  }
  const org = (name: string) => idWhere(payload, 'organizations', { name: { equals: name } })
  const orgs: World['orgs'] = {
    nbLead: await org('宁波甬新材料科技集团有限公司'),
    bl2: await org('宁波港城智能装备股份有限公司'),
    ticHost: await org('宁波智能制造技术研究院有限公司'),
    cxLead: await org('慈溪家电智造股份有限公司'),
    zhouxiang: await org('慈溪市周巷镇人民政府'),
    zjLead: await org('杭州数智光电科技股份有限公司'),
    whLead: await org('威海海洋生物科技有限公司'),
  }
  const app = (title: string) => idWhere(payload, 'applications', { title: { equals: title } })
  const apps: World['apps'] = {
    nbDraft: await app('先进高分子材料'),
    blDistrictReview: await app('精密模具与成形'),
    ticExpertReview: await app('智能制造装备'),
    whNotice: await app('海洋生物医药'),
    zjRecognized: await app('光电芯片'),
    cxTown: await app('周巷智能家电'),
  }
  return { users, programs, orgs, apps }
}

/** A setup write of workflow fields, as the seed does it (stands in for a history of transitions). */
async function seedApplication(payload: Payload, data: Record<string, unknown>): Promise<Id> {
  const doc = await payload.create({
    collection: 'applications',
    data: data as RequiredDataFromCollectionSlug<'applications'>,
    overrideAccess: true,
    context: { seed: true },
  })
  return doc.id
}

/** A TIC in construction, recognised 2026-01-15, 20,000,000 invested in 2026: annual cap 6,000,000, year-1 cap 5,000,000. */
export function createTicApplication(payload: Payload, world: World, title = `TIC ${Math.random().toString(36).slice(2, 8)}`): Promise<Id> {
  return seedApplication(payload, {
    title,
    program: world.programs.nbTic,
    lead: world.orgs.ticHost,
    status: 'in-construction',
    recognizedOn: '2026-01-15T00:00:00.000Z',
    capabilityInvestments: [{ year: 2026, amount: 20_000_000 }],
  })
}

/** A recognised city-level cultivation complex in Cixi. */
export function createCixiComplex(payload: Payload, world: World, title = `综合体 ${Math.random().toString(36).slice(2, 8)}`): Promise<Id> {
  return seedApplication(payload, {
    title,
    program: world.programs.cxComplex,
    lead: world.orgs.cxLead,
    status: 'recognized',
    recognizedOn: '2026-02-01T00:00:00.000Z',
    complex: { level: 'city', class: 'cultivation' },
  })
}

export const ticDisbursement = (application: Id, amount: number) => ({
  application,
  basis: 'capability-investment',
  installment: 'annual',
  year: 2026,
  amount,
}) as RequiredDataFromCollectionSlug<'disbursements'>

/** Everything an error carries (message, field errors, rule ids), as one searchable string. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const data = (error as { data?: unknown }).data
  return `${error.name}: ${error.message} ${JSON.stringify(data ?? null)}`
}

/** Runs a promise that must fail and returns the error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection, but the operation succeeded')
}

export async function countOf(payload: Payload, collection: 'disbursements' | 'projects' | 'ip-contracts' | 'audit-log' | 'applications', where?: Where): Promise<number> {
  return (await payload.count({ collection, where, overrideAccess: true })).totalDocs
}

export async function disbursedTotalOf(payload: Payload, application: Id): Promise<number> {
  const doc = await payload.findByID({ collection: 'applications', id: application, depth: 0, overrideAccess: true })
  return Number(doc.disbursedTotal ?? 0)
}
