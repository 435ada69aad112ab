import type { CollectionConfig } from 'payload'

import { Agreements } from './Agreements'
import { Applications } from './Applications'
import { AuditLog } from './AuditLog'
import { Disbursements } from './Disbursements'
import { Districts } from './Districts'
import { Evaluations } from './Evaluations'
import { IpContracts } from './IpContracts'
import { LoginThrottles } from './LoginThrottles'
import { Media } from './Media'
import { Members } from './Members'
import { Notifications } from './Notifications'
import { Organizations } from './Organizations'
import { Programs } from './Programs'
import { Projects } from './Projects'
import { Reviews } from './Reviews'
import { Users } from './Users'

export const collections: CollectionConfig[] = [
  Applications,
  Members,
  Agreements,
  IpContracts,
  Reviews,
  Projects,
  Disbursements,
  Evaluations,
  Programs,
  Organizations,
  Notifications,
  AuditLog,
  Users,
  Districts,
  Media,
  LoginThrottles,
]
