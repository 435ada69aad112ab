// Gathers an application's facts from the database for the policy engine's checklist.
import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { effectivePayments, isRuleId, ticFiguresAsOf, type ApplicationFacts, type LedgerEntry, type PolicySetId, type RuleId } from '../policies'
import type { Id } from '../hooks/relations'
import { revisionForApplication } from './parameters'

/** Every date the rules see is China's calendar day. */
const dateOnly = (v: unknown) => chinaDay(v as string | null | undefined) ?? undefined
const num = (v: unknown) => (typeof v === 'number' ? v : undefined)

export async function applicationFacts(req: PayloadRequest, applicationId: Id): Promise<ApplicationFacts> {
  const { payload } = req
  const application = await payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: true, req })
  const lead = await payload.findByID({ collection: 'organizations', id: idOf(application.lead) as Id, depth: 0, overrideAccess: true, req })
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [members, agreements, allEvaluations, disbursements, projects, ipContracts, fundUses, ticFigures] = await Promise.all([
    payload.find({ collection: 'members', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'agreements', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'evaluations', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'disbursements', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'projects', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'ip-contracts', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'fund-uses', where: { application: { equals: applicationId } }, ...common }),
    payload.find({ collection: 'tic-figures', where: { application: { equals: applicationId } }, ...common }),
  ])
  const evaluations = { docs: allEvaluations.docs.filter((e) => e.grade) }
  const ledger: LedgerEntry[] = disbursements.docs.map((d) => ({
    id: String(d.id),
    amount: d.amount,
    year: d.year,
    basis: d.basis,
    installment: d.installment ?? undefined,
    projectId: idOf(d.project) === null ? undefined : String(idOf(d.project)),
    reverses: idOf(d.reverses) === null ? null : String(idOf(d.reverses)),
  }))
  const recovery = application.recovery ?? {}
  const memberOrgIds = members.docs.map((m) => String(idOf(m.organization)))
  const orgNames = new Map<string, string>()
  if (memberOrgIds.length > 0) {
    const orgs = await payload.find({ collection: 'organizations', where: { id: { in: memberOrgIds } }, select: { name: true, kind: true }, ...common })
    for (const o of orgs.docs) orgNames.set(String(o.id), String(o.name))
  }
  const signed = new Set<string>()
  for (const agreement of agreements.docs) for (const s of agreement.signatories ?? []) signed.add(String(idOf(s.organization)))

  // The figures it is judged on: its programme's revision, else the one in force on its received-on / submission day.
  const decisionDay = dateOnly(application.receivedOn) ?? dateOnly(application.submittedOn) ?? todayInChina()
  const revision = await revisionForApplication(req, application, decisionDay)
  // The programme's call: the documents it requires, checked against the files uploaded under their titles.
  const programId = idOf(application.program)
  const program = programId === null ? null : await payload.findByID({ collection: 'programs', id: programId as Id, depth: 0, overrideAccess: true, select: { title: true, requiredDocuments: true }, req })
  const governance = application.governance ?? {}
  const complex = application.complex ?? {}
  const policySet = application.policySet as PolicySetId

  return {
    policySet,
    carrierKind: application.carrierKind ?? undefined,
    submittedOn: dateOnly(application.submittedOn),
    asOfYear: Number((dateOnly(application.receivedOn) ?? dateOnly(application.submittedOn) ?? todayInChina()).slice(0, 4)),
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
    // The payments that stand: reversals and what they reverse net out.
    disbursements: effectivePayments(ledger),
    // zj: the self-evaluations filed, by the year reported on
    selfReports: allEvaluations.docs.filter((e) => e.kind === 'annual' && e.submittedOn).map((e) => ({ reportYear: Number(e.year), submittedOn: dateOnly(e.submittedOn) })),
    // TIC: uses of fiscal funds (资金使用), and the annual figures the targets measure
    expenses: fundUses.docs.filter((u) => u.source === 'fiscal').map((u) => ({ use: u.category, amount: u.amount })),
    ticFigures: ticFiguresAsOf(
      ticFigures.docs.map((r) => ({
        year: r.year,
        investment: num(r.investment),
        staff: num(r.staff),
        highLevelTeams: num(r.highLevelTeams),
        industrialisationBases: num(r.industrialisationBases),
        partnerFirms: num(r.partnerFirms),
        spinOffs: num(r.spinOffs),
        firmsServed: num(r.firmsServed),
      })),
      todayInChina(),
    ),
    recovery:
      typeof recovery.spentCompliant === 'number'
        ? { disbursed: Number(application.disbursedTotal ?? 0), spentCompliant: recovery.spentCompliant, nonCompliantSpending: recovery.nonCompliantSpending ?? 0, recovered: recovery.recovered ?? 0 }
        : undefined,
    projects: projects.docs.map((p) => ({ id: String(p.id), kind: p.kind, year: p.year, status: p.status, subsidyTotal: p.subsidyTotal ?? undefined })),
    capabilityInvestmentByYear: Object.fromEntries((application.capabilityInvestments ?? []).map((c) => [c.year, c.amount])),
    delisted: application.status === 'delisted' || application.status === 'cancelled',
    parameters: revision.values,
    revision: revision.label,
    program: program ? { title: String(program.title ?? ''), requiredDocuments: (program.requiredDocuments ?? []).map((d) => ({ title: d.title, note: d.note ?? null })) } : undefined,
    documentsProvided: (application.attachments ?? []).map((a) => ({ title: a.title, hasFile: idOf(a.file) !== null })),
  }
}
