// What the public pages may show: only recognised (or noticed) carriers, only their public fields.
import type { Payload } from 'payload'

import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { noticeEnded } from '../policies/workflows'

export const PUBLIC_STATES = ['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'] as const

export interface PublicCarrier {
  id: number | string
  name: string
  officialName: string | null
  carrierKind: string | null
  policySet: string | null
  lead: string | null
  recognizedOn: string | null
  summary: string | null
  status: string
}

export interface PublicNotice extends PublicCarrier {
  noticeStartsOn: string | null
  noticeEndsOn: string | null
  /** the notice period is over on China's date (期满), though no decision has been taken yet */
  noticeEnded: boolean
}

type Row = Record<string, unknown>

function toPublic(doc: Row): PublicCarrier {
  const lead = doc.lead as { name?: string } | null | undefined
  return {
    id: doc.id as number | string,
    name: String(doc.title ?? ''),
    officialName: (doc.officialName as string | null) ?? null,
    carrierKind: (doc.carrierKind as string | null) ?? null,
    policySet: (doc.policySet as string | null) ?? null,
    lead: lead && typeof lead === 'object' ? (lead.name ?? null) : null,
    recognizedOn: (doc.recognizedOn as string | null) ?? null,
    summary: (doc.publicSummary as string | null) ?? null,
    status: String(doc.status ?? ''),
  }
}

// The public select: nothing financial, no reviews, no contacts.
const PUBLIC_SELECT = {
  title: true, officialName: true, carrierKind: true, policySet: true, lead: true, recognizedOn: true,
  publicSummary: true, status: true, noticeStartsOn: true, noticeEndsOn: true,
} as const

export async function listRecognizedCarriers(payload: Payload): Promise<PublicCarrier[]> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ isPublic: { equals: true } }, { status: { in: [...PUBLIC_STATES] } }] },
    select: PUBLIC_SELECT,
    populate: { organizations: { name: true } },
    depth: 1,
    limit: 500,
    sort: '-recognizedOn',
    overrideAccess: true,
  })
  return result.docs.map((doc) => toPublic(doc as unknown as Row))
}

export async function findPublicCarrier(payload: Payload, id: string): Promise<PublicCarrier | null> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ id: { equals: id } }, { isPublic: { equals: true } }, { status: { in: [...PUBLIC_STATES, 'public-notice'] } }] },
    select: PUBLIC_SELECT,
    populate: { organizations: { name: true } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const doc = result.docs[0]
  return doc ? toPublic(doc as unknown as Row) : null
}

export async function listOpenNotices(payload: Payload, today: string = todayInChina()): Promise<PublicNotice[]> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ isPublic: { equals: true } }, { status: { in: ['public-notice', 'objection'] } }] },
    select: PUBLIC_SELECT,
    populate: { organizations: { name: true } },
    depth: 1,
    limit: 500,
    sort: 'noticeEndsOn',
    overrideAccess: true,
  })
  return result.docs.map((doc) => {
    const row = doc as unknown as Row
    const endsOn = chinaDay(row.noticeEndsOn as string | null)
    return { ...toPublic(row), noticeStartsOn: chinaDay(row.noticeStartsOn as string | null), noticeEndsOn: endsOn, noticeEnded: noticeEnded(endsOn, today) }
  })
}
