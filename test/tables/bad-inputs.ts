// The catalogue of malformed requests (test/integration/bad-inputs.test.ts sends each over REST): every one gets
// 400/404/409/413 in the one error shape with a Chinese and an English message, never a 500, never SQL or a stack,
// and nothing is written (read back after each).
import ExcelJS from 'exceljs'

export type Who = 'admin' | 'city' | 'district' | 'applicant' | 'anonymous'

export interface BadInputContext {
  /** The applicant's own draft, with no children. */
  X: number
  /** An application with children (members, an agreement): deleting it is refused while they refer to it. */
  withChildren: number
  orgs: { nbLead: number }
  programs: { nbConsortium: number }
  /** The applicant's own account, and a district that is not X's. */
  applicantUser: number
  otherDistrict: number
}

export interface BadInput {
  name: string
  who: Who
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: (c: BadInputContext) => string
  /** An object is sent as JSON; a string or bytes as they are (with the content type given). */
  body?: (c: BadInputContext) => unknown | Promise<unknown>
  contentType?: string
  expect: number
  /** What must be unchanged afterwards: collections counted, and whether X's updatedAt is the same. */
  unchanged: ('applications' | 'members' | 'organizations' | 'programs' | 'media' | 'payload-locked-documents' | 'payload-preferences')[]
}

const text = (s: string) => () => s
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n'

/** A multipart upload of one file to /api/media. */
export function upload(name: string, content: string | Uint8Array, type = 'application/pdf'): () => FormData {
  return () => {
    const form = new FormData()
    form.append('file', new Blob([content as BlobPart], { type }), name)
    form.append('_payload', JSON.stringify({ title: '坏文件' }))
    return form
  }
}

/** A multipart members import of `content` for application X. */
function importOf(content: () => Promise<Uint8Array> | Uint8Array, name = 'members.xlsx', application?: string) {
  return async (c: BadInputContext) => {
    const form = new FormData()
    form.append('file', new Blob([(await content()) as BlobPart]), name)
    form.append('_payload', JSON.stringify({ application: application ?? c.X }))
    return form
  }
}

async function sheetWith(cells: string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('成员单位')
  ws.addRow(['单位名称', '统一社会信用代码', '角色', '承担任务'])
  ws.addRow(cells)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const member = (extra: Record<string, unknown>) => (c: BadInputContext) => ({ application: c.X, organization: c.orgs.nbLead, role: 'lead', ...extra })
const investment = (amount: unknown) => () => ({ capabilityInvestments: [{ year: 2026, amount }] })
const A = ['applications'] as const
const M = ['members'] as const

export const BAD_INPUTS: BadInput[] = [
  // Ids and paths that are not ids or paths.
  { name: 'GET an application by a word', who: 'city', method: 'GET', path: () => '/applications/abc', expect: 404, unchanged: [] },
  { name: 'GET an application by a fraction', who: 'city', method: 'GET', path: () => '/applications/1.5', expect: 404, unchanged: [] },
  { name: 'GET an application by a negative id', who: 'city', method: 'GET', path: () => '/applications/-1', expect: 404, unchanged: [] },
  { name: 'GET an application by id 0', who: 'city', method: 'GET', path: () => '/applications/0', expect: 404, unchanged: [] },
  { name: 'GET an application by a 20-digit id', who: 'city', method: 'GET', path: () => '/applications/99999999999999999999', expect: 404, unchanged: [] },
  { name: 'GET an application that does not exist', who: 'city', method: 'GET', path: () => '/applications/987654', expect: 404, unchanged: [] },
  { name: 'PATCH an application by a word', who: 'city', method: 'PATCH', path: () => '/applications/abc', body: () => ({ title: '改' }), expect: 404, unchanged: [...A] },
  { name: 'DELETE an application by a word', who: 'admin', method: 'DELETE', path: () => '/applications/abc', expect: 404, unchanged: [...A] },
  { name: 'GET a version by a word', who: 'city', method: 'GET', path: () => '/applications/versions/abc', expect: 404, unchanged: [] },
  { name: 'transition of an application by a word', who: 'city', method: 'POST', path: () => '/applications/abc/transition', body: () => ({ name: 'submit' }), expect: 404, unchanged: [...A] },
  { name: 'checklist of an application by a word', who: 'city', method: 'GET', path: () => '/applications/abc/checklist', expect: 404, unchanged: [] },
  { name: 'versions of a collection without versions (members)', who: 'city', method: 'GET', path: () => '/members/versions', expect: 404, unchanged: [] },
  { name: 'a collection that does not exist', who: 'city', method: 'GET', path: () => '/no-such-things', expect: 404, unchanged: [] },
  { name: 'an id that is a NUL', who: 'city', method: 'GET', path: () => '/applications/%00', expect: 404, unchanged: [] },
  { name: 'migrations over REST', who: 'admin', method: 'GET', path: () => '/payload-migrations', expect: 404, unchanged: [] },
  { name: 'DELETE a preference that does not exist', who: 'applicant', method: 'DELETE', path: () => '/payload-preferences/1', expect: 404, unchanged: ['payload-preferences'] },
  // Paging and depth.
  { name: 'page=1e309', who: 'city', method: 'GET', path: () => '/applications?page=1e309', expect: 400, unchanged: [] },
  { name: 'limit=1e309', who: 'city', method: 'GET', path: () => '/applications?limit=1e309', expect: 400, unchanged: [] },
  { name: 'page=-1', who: 'city', method: 'GET', path: () => '/applications?page=-1', expect: 400, unchanged: [] },
  { name: 'limit=-5', who: 'city', method: 'GET', path: () => '/members?limit=-5', expect: 400, unchanged: [] },
  { name: 'page=0', who: 'city', method: 'GET', path: () => '/applications?page=0', expect: 400, unchanged: [] },
  { name: 'page=1.5', who: 'city', method: 'GET', path: () => '/applications?page=1.5', expect: 400, unchanged: [] },
  { name: 'depth=abc', who: 'city', method: 'GET', path: () => '/applications?depth=abc', expect: 400, unchanged: [] },
  { name: 'limit=NaN', who: 'city', method: 'GET', path: () => '/organizations?limit=NaN', expect: 400, unchanged: [] },
  { name: 'pagination=false (the whole table at once)', who: 'applicant', method: 'GET', path: () => '/members?pagination=false', expect: 400, unchanged: [] },
  // Query operators.
  { name: 'an unknown where operator', who: 'city', method: 'GET', path: () => '/applications?where[title][evil]=x', expect: 400, unchanged: [] },
  { name: 'a Mongo-style operator', who: 'city', method: 'GET', path: () => '/applications?where[title][$ne]=x', expect: 400, unchanged: [] },
  { name: 'a where without an operator', who: 'city', method: 'GET', path: () => '/applications?where[title]=x', expect: 400, unchanged: [] },
  { name: 'an unknown operator inside or', who: 'city', method: 'GET', path: () => '/applications?where[or][0][title][foo]=1', expect: 400, unchanged: [] },
  { name: 'a regex operator inside and', who: 'city', method: 'GET', path: () => '/members?where[and][0][tasks][regex]=.*', expect: 400, unchanged: [] },
  // Bodies that are not JSON objects.
  { name: 'a body that is not JSON', who: 'applicant', method: 'POST', path: () => '/applications', body: text('not json'), contentType: 'application/json', expect: 400, unchanged: [...A] },
  { name: 'a body that is null', who: 'applicant', method: 'POST', path: () => '/applications', body: text('null'), contentType: 'application/json', expect: 400, unchanged: [...A] },
  { name: 'a body that is a string', who: 'applicant', method: 'POST', path: () => '/applications', body: text('"string"'), contentType: 'application/json', expect: 400, unchanged: [...A] },
  { name: 'a body that is an array', who: 'applicant', method: 'POST', path: () => '/members', body: text('[1,2]'), contentType: 'application/json', expect: 400, unchanged: [...M] },
  { name: 'a body that is a number', who: 'applicant', method: 'POST', path: () => '/members', body: text('123'), contentType: 'application/json', expect: 400, unchanged: [...M] },
  { name: 'a truncated JSON body', who: 'applicant', method: 'POST', path: () => '/members', body: text('{"tasks":'), contentType: 'application/json', expect: 400, unchanged: [...M] },
  { name: 'a body that is not UTF-8', who: 'applicant', method: 'POST', path: () => '/members', body: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), contentType: 'application/json', expect: 400, unchanged: [...M] },
  { name: 'PATCH with a null body', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: text('null'), contentType: 'application/json', expect: 400, unchanged: [...A] },
  { name: 'a transition with malformed JSON', who: 'applicant', method: 'POST', path: (c) => `/applications/${c.X}/transition`, body: text('{name:submit'), contentType: 'application/json', expect: 400, unchanged: [...A] },
  { name: 'a transition without a name', who: 'applicant', method: 'POST', path: (c) => `/applications/${c.X}/transition`, body: () => ({}), expect: 400, unchanged: [...A] },
  { name: 'a transition whose name is a number', who: 'applicant', method: 'POST', path: (c) => `/applications/${c.X}/transition`, body: () => ({ name: 123 }), expect: 400, unchanged: [...A] },
  { name: 'a transition that does not exist', who: 'applicant', method: 'POST', path: (c) => `/applications/${c.X}/transition`, body: () => ({ name: 'recognize-myself' }), expect: 400, unchanged: [...A] },
  { name: 'a 2 MB JSON body', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ publicSummary: 'x'.repeat(2 * 1024 * 1024) }), expect: 413, unchanged: [...A] },
  { name: 'sign-in with a null body', who: 'anonymous', method: 'POST', path: () => '/users/login', body: text('null'), contentType: 'application/json', expect: 400, unchanged: [] },
  { name: 'sign-in with a number for the email', who: 'anonymous', method: 'POST', path: () => '/users/login', body: () => ({ email: 123, password: 'x' }), expect: 400, unchanged: [] },
  // Dates.
  { name: 'a day that does not exist (2026-02-30)', who: 'applicant', method: 'POST', path: () => '/members', body: member({ joinedOn: '2026-02-30' }), expect: 400, unchanged: [...M] },
  { name: 'the year +275760', who: 'applicant', method: 'POST', path: () => '/members', body: member({ joinedOn: '+275760-09-13T00:00:00.000Z' }), expect: 400, unchanged: [...M] },
  { name: 'the year 10000', who: 'applicant', method: 'POST', path: () => '/members', body: member({ joinedOn: '10000-01-01' }), expect: 400, unchanged: [...M] },
  { name: 'a date that is words', who: 'applicant', method: 'POST', path: () => '/members', body: member({ joinedOn: '下周一' }), expect: 400, unchanged: [...M] },
  { name: 'leaving before joining', who: 'applicant', method: 'POST', path: () => '/members', body: member({ joinedOn: '2026-03-01', leftOn: '2026-01-01' }), expect: 400, unchanged: [...M] },
  { name: 'a programme closing before it opens', who: 'city', method: 'POST', path: () => '/programs', body: () => ({ title: '倒序批次', year: 2027, policySet: 'nb-consortium-2021', carrierKind: 'consortium', opensOn: '2027-06-01', closesOn: '2027-01-01' }), expect: 400, unchanged: ['programs'] },
  // Money.
  { name: 'half a yuan', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment(0.5), expect: 400, unchanged: [...A] },
  { name: '1e300 yuan', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment(1e300), expect: 400, unchanged: [...A] },
  { name: 'a negative amount', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment(-1), expect: 400, unchanged: [...A] },
  { name: 'more than 1 万亿 yuan', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment(2_000_000_000_000), expect: 400, unchanged: [...A] },
  { name: 'a task share of 1.5‰', who: 'applicant', method: 'POST', path: () => '/members', body: member({ taskSharePermille: 1.5 }), expect: 400, unchanged: [...M] },
  // Numbers as text, fractions and huge numbers where a whole number is meant (Payload would coerce "100" to 100).
  { name: 'money as a string ("100")', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment('100'), expect: 400, unchanged: [...A] },
  { name: 'money as a string with a unit ("100元")', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: investment('100元'), expect: 400, unchanged: [...A] },
  { name: 'money as a numeric string on a new application', who: 'applicant', method: 'POST', path: () => '/applications', body: (c) => ({ title: '字符串金额', program: c.programs.nbConsortium, lead: c.orgs.nbLead, capabilityInvestments: [{ year: 2026, amount: '5000000' }] }), expect: 400, unchanged: [...A] },
  { name: 'a year as a string', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ capabilityInvestments: [{ year: '2026', amount: 1 }] }), expect: 400, unchanged: [...A] },
  { name: 'a year of 2026.5', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ goals: [{ year: 2026.5, goal: '目标' }] }), expect: 400, unchanged: [...A] },
  { name: 'a task share as a string', who: 'applicant', method: 'POST', path: () => '/members', body: member({ taskSharePermille: '500' }), expect: 400, unchanged: [...M] },
  { name: 'a task share of 1e300', who: 'applicant', method: 'POST', path: () => '/members', body: member({ taskSharePermille: 1e300 }), expect: 400, unchanged: [...M] },
  { name: 'basis points of 0.5', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ complex: { concentrationBp: 0.5 } }), expect: 400, unchanged: [...A] },
  { name: 'a notice period of 1.5 working days', who: 'city', method: 'POST', path: () => '/programs', body: () => ({ title: '半天公示', year: 2027, policySet: 'nb-consortium-2021', carrierKind: 'consortium', opensOn: '2027-01-01', closesOn: '2027-06-01', noticeWorkingDays: 1.5 }), expect: 400, unchanged: ['programs'] },
  { name: 'a checkbox as the string "true"', who: 'applicant', method: 'PATCH', path: (c) => `/organizations/${c.orgs.nbLead}`, body: () => ({ hasNingboProject: 'true' }), expect: 400, unchanged: ['organizations'] },
  // Fields sent but not taken: refused, not silently dropped.
  { name: 'an unknown field', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ title: '未知字段', isApproved: true }), expect: 400, unchanged: [...A] },
  { name: 'an unknown field inside a group', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ complex: { level: 'city', secretLevel: 'national' } }), expect: 400, unchanged: [...A] },
  { name: 'an unknown field in an array row', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ goals: [{ goal: '目标', approved: true }] }), expect: 400, unchanged: [...A] },
  { name: 'an unknown field on create', who: 'applicant', method: 'POST', path: () => '/members', body: member({ verified: true }), expect: 400, unchanged: [...M] },
  { name: "Payload's password hash in the body", who: 'applicant', method: 'PATCH', path: (c) => `/users/${c.applicantUser}`, body: () => ({ hash: 'x', salt: 'y' }), expect: 400, unchanged: [] },
  { name: 'a chosen id on create', who: 'applicant', method: 'POST', path: () => '/members', body: member({ id: 999999 }), expect: 400, unchanged: [...M] },
  { name: 'a server-owned field changed by the applicant (district)', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: (c) => ({ title: '改区县', district: c.otherDistrict }), expect: 400, unchanged: [...A] },
  { name: 'a server-owned field on create (disbursed total)', who: 'applicant', method: 'POST', path: () => '/applications', body: (c) => ({ title: '已拨付', program: c.programs.nbConsortium, lead: c.orgs.nbLead, disbursedTotal: 5_000_000 }), expect: 400, unchanged: [...A] },
  { name: 'a field the applicant may not read (assigned experts)', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: (c) => ({ assignedExperts: [c.applicantUser] }), expect: 400, unchanged: [...A] },
  { name: 'a server-owned field in a bulk update', who: 'applicant', method: 'PATCH', path: (c) => `/applications?where[id][equals]=${c.X}`, body: () => ({ isPublic: true }), expect: 400, unchanged: [...A] },
  // References to nothing.
  { name: 'a member of an organisation that does not exist', who: 'applicant', method: 'POST', path: () => '/members', body: (c) => ({ application: c.X, organization: 987654, role: 'enterprise' }), expect: 400, unchanged: [...M] },
  { name: 'a member of an organisation named by a word', who: 'applicant', method: 'POST', path: () => '/members', body: (c) => ({ application: c.X, organization: 'abc', role: 'enterprise' }), expect: 400, unchanged: [...M] },
  { name: 'a member of an application that does not exist', who: 'city', method: 'POST', path: () => '/members', body: (c) => ({ application: 987654, organization: c.orgs.nbLead, role: 'enterprise' }), expect: 404, unchanged: [...M] },
  { name: 'an application in a programme that does not exist', who: 'applicant', method: 'POST', path: () => '/applications', body: (c) => ({ title: '无批次', program: 987654, lead: c.orgs.nbLead }), expect: 404, unchanged: [...A] },
  { name: 'an organisation with an invalid credit code', who: 'applicant', method: 'POST', path: () => '/organizations', body: () => ({ name: '坏代码', creditCode: '91330200MA2H00000X', kind: 'enterprise' }), expect: 400, unchanged: ['organizations'] },
  { name: 'deleting an application others still refer to', who: 'admin', method: 'DELETE', path: (c) => `/applications/${c.withChildren}`, expect: 409, unchanged: [...A, ...M] },
  // Rich text.
  { name: 'a javascript: link in the plan', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ plan: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'link', version: 3, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [{ type: 'text', text: '点我', version: 1 }] }] }] } } }), expect: 400, unchanged: [...A] },
  { name: 'a data: link in the plan', who: 'applicant', method: 'PATCH', path: (c) => `/applications/${c.X}`, body: () => ({ plan: { root: { type: 'root', version: 1, children: [{ type: 'link', version: 3, fields: { url: ' data:text/html,<script>1</script>' }, children: [] }] } } }), expect: 400, unchanged: [...A] },
  // Uploads.
  { name: 'invoice.pdf.html', who: 'applicant', method: 'POST', path: () => '/media', body: upload('invoice.pdf.html', '<html><script>alert(1)</script></html>', 'text/html'), expect: 400, unchanged: ['media'] },
  { name: 'a page named .pdf', who: 'applicant', method: 'POST', path: () => '/media', body: upload('invoice.pdf', '<html><script>alert(1)</script></html>'), expect: 400, unchanged: ['media'] },
  { name: 'a PDF/HTML polyglot', who: 'applicant', method: 'POST', path: () => '/media', body: upload('poly.pdf', `%PDF-1.4\n<html><script>alert(1)</script></html>\n${PDF}`), expect: 400, unchanged: ['media'] },
  { name: 'an SVG with a script', who: 'applicant', method: 'POST', path: () => '/media', body: upload('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'), expect: 400, unchanged: ['media'] },
  { name: 'a program file', who: 'applicant', method: 'POST', path: () => '/media', body: upload('setup.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), 'application/octet-stream'), expect: 400, unchanged: ['media'] },
  { name: 'a NUL in the file name', who: 'applicant', method: 'POST', path: () => '/media', body: upload('report\u0000.pdf', PDF), expect: 400, unchanged: ['media'] },
  { name: 'an empty file', who: 'applicant', method: 'POST', path: () => '/media', body: upload('empty.pdf', ''), expect: 400, unchanged: ['media'] },
  { name: 'an upload over 20 MB', who: 'applicant', method: 'POST', path: () => '/media', body: upload('big.pdf', new Uint8Array(21 * 1024 * 1024)), expect: 413, unchanged: ['media'] },
  // The members import.
  { name: 'import of random bytes', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import of an empty file', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => new Uint8Array(0)), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import of a CSV', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => new TextEncoder().encode('单位名称,统一社会信用代码,角色\n甲,91330200MA2H00017Q,企业\n'), 'members.csv'), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import of a zip that is not a workbook', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0])), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import of a cell starting with =', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => sheetWith(['=HYPERLINK("http://evil","点我")', '91330200MA2H00017Q', '企业', '任务'])), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import of a cell starting with @', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => sheetWith(['甲公司', '91330200MA2H00017Q', '企业', '@SUM(1+1)'])), expect: 400, unchanged: [...M, 'organizations'] },
  { name: 'import into an application named by a word', who: 'applicant', method: 'POST', path: () => '/members/import', body: importOf(() => sheetWith(['甲公司', '91330200MA2H00017Q', '企业', '任务']), 'members.xlsx', 'abc'), expect: 404, unchanged: [...M, 'organizations'] },
  // Locks.
  { name: "a lock planted in the administrator's name", who: 'applicant', method: 'POST', path: () => '/payload-locked-documents', body: (c) => ({ document: { relationTo: 'applications', value: c.X }, user: { relationTo: 'users', value: 1 } }), expect: 403, unchanged: ['payload-locked-documents'] },
]
