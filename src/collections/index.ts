import type { CollectionConfig } from 'payload'

import { Agreements } from './Agreements'
import { ApplicationNotes } from './ApplicationNotes'
import { Applications } from './Applications'
import { AuditLog } from './AuditLog'
import { CalendarDays } from './CalendarDays'
import { Disbursements } from './Disbursements'
import { Districts } from './Districts'
import { Evaluations } from './Evaluations'
import { ExceptionRequests } from './ExceptionRequests'
import { FundUses } from './FundUses'
import { IpContracts } from './IpContracts'
import { LoginThrottles } from './LoginThrottles'
import { Media } from './Media'
import { Members } from './Members'
import { Notifications } from './Notifications'
import { Objections } from './Objections'
import { Organizations } from './Organizations'
import { PolicyRevisions } from './PolicyRevisions'
import { Programs } from './Programs'
import { Projects } from './Projects'
import { Reviews } from './Reviews'
import { SpreadsheetJobs } from './SpreadsheetJobs'
import { TicFigures } from './TicFigures'
import { Users } from './Users'

import { withStrictInputs } from '../fields/strict-inputs'

export const collections: CollectionConfig[] = [
  Applications,
  ApplicationNotes,
  Members,
  Agreements,
  IpContracts,
  Reviews,
  Projects,
  Disbursements,
  FundUses,
  Evaluations,
  ExceptionRequests,
  TicFigures,
  Objections,
  Programs,
  PolicyRevisions,
  Organizations,
  Notifications,
  AuditLog,
  Users,
  Districts,
  CalendarDays,
  Media,
  LoginThrottles,
  SpreadsheetJobs,
].map(withStrictInputs)
