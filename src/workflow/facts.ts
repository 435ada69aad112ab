// Gathers an application's facts from the database for the policy engine's checklist.
import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { isRuleId, type ApplicationFacts, type PolicySetId, type RuleId } from '../policies'
import type { Id } from '../hooks/relations'

const dateOnly = (v: unknown) => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : undefined)

export async function applicationFacts(req: PayloadRequest, applicationId: Id): Promise<ApplicationFacts> {
  const { payload } = req
  const application = await payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: true, req })
  const lead = await payload.findByID({ collection: 'organizations', id: idOf(application.lead) as Id, depth: 0, overrideAccess: true, req })
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [members, agreements, evaluations, disbursements, projects, ipContracts] = await Promise.all([
    payload.find({ collection: 'members', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'agreements', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'evaluations', where: { and: [{ application: { equals: applicationId } }, { grade: { exists: true } }] }, ...common }),
    payload.find({ collection: 'disbursements', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'projects', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'ip-contracts', where: { application: { equals: applicationId } }, ...common }),
  ])
  const memberOrgIds = members.docs.map((m) => String(idOf(m.organization)))
  const orgNames = new Map<string, string>()
  if (memberOrgIds.length > 0) {
    const orgs = await payload.find({ collection: 'organizations', where: { id: { in: memberOrgIds } }, select: { name: true, kind: true }, ...common })
    for (const o of orgs.docs) orgNames.set(String(o.id), String(o.name))
  }
  const signed = new Set<string>()
  for (const agreement of agreements.docs) for (const s of agreement.signatories ?? []) signed.add(String(idOf(s.organization)))

  const governance = application.governance ?? {}
  const complex = application.complex ?? {}
  const policySet = application.policySet as PolicySetId

  return {
    policySet,
    carrierKind: application.carrierKind ?? undefined,
    submittedOn: dateOnly(application.submittedOn),
    asOfYear: Number((dateOnly(application.submittedOn) ?? new Date().toISOString()).slice(0, 4)),
    lead: {
      kind: lead.kind,
      registeredIn: lead.registeredCity ?? undefined,
      isNewTypeRnd: lead.kind === 'new-type-rnd',
      platforms: (lead.platforms ?? []) as string[],
      hasNingboProject: Boolean(lead.hasNingboProject),
      rdYearsInField: lead.rdYearsInField ?? undefined,
      techLeaderKind: lead.techLeaderKind ?? null,
      figures: (lead.figures ?? []).map((f) => ({
        year: f.year,
        revenue: f.revenue ?? undefined,
        netAssets: f.netAssets ?? undefined,
        rdSpend: f.rdSpend ?? undefined,
        rdStaff: f.rdStaff ?? undefined,
        equipmentValue: f.equipmentValue ?? undefined,
      })),
    },
    members: members.docs.map((m) => ({
      role: m.role,
      name: orgNames.get(String(idOf(m.organization))) ?? String(idOf(m.organization)),
      signedAgreement: signed.has(String(idOf(m.organization))),
    })),
    agreements: agreements.docs.map((a) => ({ kind: a.kind === 'formation-agreement' ? 'formation' : a.kind, signedOn: dateOnly(a.signedOn) })),
    ipContracts: ipContracts.docs.map((c) => ({
      id: c.title,
      shares: (c.benefitShares ?? []).map((s) => ({ party: s.partyKind, percentBasisPoints: Number(s.shareBasisPoints) })),
    })),
    governance: {
      council: governance.hasCouncil ? { chairIsLeadHead: Boolean(governance.chairIsLeadHead), memberUnitHeadsIncluded: Boolean(governance.memberUnitHeadsIncluded) } : null,
      operationsTeam: Boolean(governance.operationsTeam),
    },
    complex:
      application.carrierKind === 'complex'
        ? {
            applicantKind: lead.kind,
            class: complex.class ?? 'cultivation',
            level: complex.level ?? undefined,
            industryOutput: complex.industryOutput ?? undefined,
            jurisdictionOutput: complex.jurisdictionOutput ?? undefined,
            concentrationBp: complex.concentrationBp ?? undefined,
            relyingUnit: complex.relyingUnitName ? { name: complex.relyingUnitName } : null,
            industryRdRatioBp: complex.industryRdRatioBp ?? undefined,
            cityAverageRdRatioBp: complex.cityAverageRdRatioBp ?? undefined,
            is123Industry: Boolean(complex.is123Industry),
            isEmergingIndustry: Boolean(complex.isEmergingIndustry),
            highTechShareBp: complex.highTechShareBp ?? undefined,
            valueAddedGrowthBp: complex.valueAddedGrowthBp ?? undefined,
          }
        : undefined,
    // Until the district has invited peer experts, their rule is not yet applicable (not failing).
    peerExperts: application.peerExperts?.length ? application.peerExperts.map((e) => ({ title: e.title, disciplineMatch: e.disciplineMatch })) : undefined,
    overrides: (application.overrides ?? []).filter((o) => isRuleId(o.ruleId)).map((o) => ({
      ruleId: o.ruleId as RuleId,
      by: String(idOf(o.by) ?? ''),
      reason: o.reason,
      at: o.at ?? '',
    })),
    recognizedOn: dateOnly(application.recognizedOn),
    evaluations: evaluations.docs.map((e) => ({ year: Number(e.year), kind: e.kind, grade: e.grade as 'excellent' | 'good' | 'fair' | 'fail' })),
    disbursements: disbursements.docs.map((d) => ({ amount: d.amount, year: d.year, basis: d.basis, installment: d.installment ?? undefined, projectId: idOf(d.project) === null ? undefined : String(idOf(d.project)) })),
    projects: projects.docs.map((p) => ({ id: String(p.id), kind: p.kind, year: p.year, status: p.status, subsidyTotal: p.subsidyTotal ?? undefined })),
    capabilityInvestmentByYear: Object.fromEntries((application.capabilityInvestments ?? []).map((c) => [c.year, c.amount])),
    delisted: application.status === 'delisted' || application.status === 'cancelled',
  }
}
