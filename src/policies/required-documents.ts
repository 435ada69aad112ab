/**
 * The documents a programme (申报批次) requires: which of them an application has uploaded, and a violation for each
 * one still missing. The programme's call states them, not the policy document, so the citation is the programme.
 */
import type { Bilingual, Citation, PolicySetId, Violation } from './types'

export interface RequiredDocument {
  title: string
  note?: string | null
}

/** An uploaded document of the application: the title it was filed under, and whether a file is attached. */
export interface ProvidedDocument {
  title: string
  hasFile: boolean
}

export interface RequiredDocumentStatus {
  title: string
  note?: string
  provided: boolean
}

export const REQUIRED_DOCUMENTS_ID = 'guard.required-documents' as const

/** Titles compare without spaces (half- or full-width) and case: "组建 协议" is "组建协议". */
export function sameDocumentTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return norm(a) === norm(b)
}

/** Each required document (blank titles ignored, each title once) and whether a file is uploaded under its title. */
export function requiredDocumentsStatus(required: readonly RequiredDocument[], provided: readonly ProvidedDocument[]): RequiredDocumentStatus[] {
  const out: RequiredDocumentStatus[] = []
  for (const r of required) {
    const title = r.title.trim()
    if (!title || out.some((o) => sameDocumentTitle(o.title, title))) continue
    const item: RequiredDocumentStatus = { title, provided: provided.some((p) => p.hasFile && sameDocumentTitle(p.title, title)) }
    if (r.note?.trim()) item.note = r.note.trim()
    out.push(item)
  }
  return out
}

export function requiredDocumentCitation(policySet: PolicySetId, programTitle: string): Citation {
  return { policySet, document: `申报批次“${programTitle}”申报通知`, article: '须提交的材料' }
}

export function requiredDocumentTitle(title: string): Bilingual {
  return { zh: `须提交材料：${title}`, en: `Required document: ${title}` }
}

/** The refusal for one missing document: names the document and the programme, in Chinese and English. */
export function missingDocumentViolation(policySet: PolicySetId, programTitle: string, title: string): Violation {
  return {
    ruleId: REQUIRED_DOCUMENTS_ID,
    severity: 'block',
    limit: title,
    actual: 'missing',
    citation: requiredDocumentCitation(policySet, programTitle),
    message: {
      zh: `申报批次“${programTitle}”要求提交“${title}”，尚未上传（申报批次须提交的材料）[${REQUIRED_DOCUMENTS_ID}]`,
      en: `The programme "${programTitle}" requires "${title}", which has not been uploaded (documents the programme requires) [${REQUIRED_DOCUMENTS_ID}]`,
    },
  }
}

/** One violation per required document not yet uploaded; none when all are there. */
export function checkRequiredDocuments(policySet: PolicySetId, programTitle: string, required: readonly RequiredDocument[], provided: readonly ProvidedDocument[]): Violation[] {
  return requiredDocumentsStatus(required, provided)
    .filter((s) => !s.provided)
    .map((s) => missingDocumentViolation(policySet, programTitle, s.title))
}
