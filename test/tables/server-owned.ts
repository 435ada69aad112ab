// Every server-owned (or owner-only) field, who owns it, and a forged value to try. The test
// (test/integration/server-owned.test.ts) tries each on create and on update over REST as every role that may
// create or update the record but does not own the field: the answer is 400, or the value is not taken.

export type Role = 'admin' | 'city' | 'district' | 'expert' | 'applicant'

export interface ServerOwnedField {
  collection: 'applications' | 'members' | 'agreements' | 'ip-contracts' | 'organizations' | 'users' | 'media' | 'evaluations' | 'reviews' | 'policy-revisions'
  field: string
  /** Who may set it (a transition or hook sets the others' share of it). Empty: nobody, over REST. */
  owners: Role[]
  /** The forged value; `ids` gives the test's ids. */
  value: (ids: ForgeIds) => unknown
}

export interface ForgeIds {
  /** an application of another unit, whose issued documents a forged link would open */
  application: number
  otherOrg: number
  otherDistrict: number
  admin: number
  expert3: number
}

const F = '伪造'
const app = (field: string, value: ServerOwnedField['value'], owners: Role[] = []): ServerOwnedField => ({ collection: 'applications', field, owners, value })
const linked = (collection: 'members' | 'agreements' | 'ip-contracts'): ServerOwnedField[] => [
  { collection, field: 'lead', owners: [], value: (i) => i.otherOrg },
  { collection, field: 'district', owners: [], value: (i) => i.otherDistrict },
]

export const SERVER_OWNED: ServerOwnedField[] = [
  // Workflow facts: only transitions write them.
  app('searchText', () => F),
  app('documents', () => [{ kind: 'decision', number: F }]),
  app('status', () => 'recognized'),
  app('policySet', () => 'wh-consortium-2022'),
  app('carrierKind', () => 'tic'),
  app('district', (i) => i.otherDistrict),
  app('submittedOn', () => '2020-01-01T00:00:00.000Z'),
  app('officialName', () => F),
  app('officialNameEn', () => 'Forged'),
  app('recognizedOn', () => '2026-01-01T00:00:00.000Z'),
  app('noticeStartsOn', () => '2026-01-01T00:00:00.000Z'),
  app('noticeEndsOn', () => '2026-01-09T00:00:00.000Z'),
  app('noticeClosedOn', () => '2026-01-10T00:00:00.000Z'),
  app('disbursedTotal', () => 987_654),
  app('panel', () => ({ reviewCount: 987, averageScore: 99, recommend: true })),
  app('isPublic', () => true),
  app('recovery', () => ({ recovered: 987, amountToRecover: 987 }), ['admin', 'city']),
  // Facts the policy trusts: the bureau's to set.
  app('assignedExperts', (i) => [i.expert3], ['admin', 'city']),
  app('overrides', () => [{ ruleId: 'nb.consortium.members-min', reason: `${F}的豁免理由，十个字以上` }], ['admin', 'city']),
  app('pledge', () => ({ signatory: F, signedOn: '2026-01-01T00:00:00.000Z' }), ['admin', 'city']),
  app('targeted', () => true, ['admin', 'city']),
  app('peerExperts', () => [{ name: F, title: 'senior', disciplineMatch: 'same' }], ['admin', 'city', 'district']),
  app('receivedOn', () => '2026-01-02T00:00:00.000Z', ['admin', 'city', 'district']),
  // Copied from the application.
  ...linked('members'),
  ...linked('agreements'),
  ...linked('ip-contracts'),
  // Who entered or uploaded it.
  { collection: 'organizations', field: 'createdBy', owners: [], value: (i) => i.expert3 },
  { collection: 'organizations', field: 'kind', owners: ['admin', 'city', 'district'], value: () => 'new-type-rnd' },
  { collection: 'media', field: 'uploadedBy', owners: [], value: (i) => i.expert3 },
  // The application an issued document belongs to (its applicants read it): only the issuing transition sets it.
  { collection: 'media', field: 'application', owners: [], value: (i) => i.application },
  // A user's standing: the bureau's.
  { collection: 'users', field: 'role', owners: ['admin'], value: () => 'admin' },
  { collection: 'users', field: 'district', owners: ['admin', 'city'], value: (i) => i.otherDistrict },
  { collection: 'users', field: 'organization', owners: ['admin', 'city'], value: (i) => i.otherOrg },
  { collection: 'users', field: 'title', owners: ['admin', 'city'], value: () => 'senior' },
  // The permission to revise policy parameters: only an administrator grants it.
  { collection: 'users', field: 'canEditPolicy', owners: ['admin'], value: () => true },
  // Who drafted and published a parameter revision, and when: the hooks write them.
  { collection: 'policy-revisions', field: 'createdBy', owners: [], value: (i) => i.expert3 },
  { collection: 'policy-revisions', field: 'publishedBy', owners: [], value: (i) => i.expert3 },
  { collection: 'policy-revisions', field: 'publishedAt', owners: [], value: () => '2020-01-01T00:00:00.000Z' },
  // The grade and its consequence.
  { collection: 'evaluations', field: 'grade', owners: ['admin', 'city'], value: () => 'excellent' },
  { collection: 'evaluations', field: 'consequence', owners: [], value: () => F },
  // The panel's sums.
  { collection: 'reviews', field: 'totalScore', owners: [], value: () => 987 },
]
