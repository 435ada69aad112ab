import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'city-officer', 'district-officer', 'expert', 'applicant'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  'city-officer': { zh: '市科技局', en: 'City S&T bureau officer' },
  'district-officer': { zh: '区县科技局', en: 'District S&T bureau officer' },
  expert: { zh: '专家', en: 'Expert' },
  applicant: { zh: '申报单位', en: 'Applicant' },
}

type MaybeUser = PayloadRequest['user']

export const roleOf = (user: MaybeUser): Role | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (ROLES as readonly string[]).includes(role) ? (role as Role) : null
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** The id of a relationship value, whether populated or not. */
export const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return ((value as { id?: number | string }).id ?? null) as number | string | null
  return value as number | string
}

export const districtOf = (user: MaybeUser) => idOf((user as { district?: unknown } | null)?.district)
export const organizationOf = (user: MaybeUser) => idOf((user as { organization?: unknown } | null)?.organization)

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
export const isCityOfficer: Access = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer')
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'district-officer')
export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)
export const anyone: Access = () => true
export const nobody: Access = () => false

export const fieldIsAdmin: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
export const fieldIsCityOfficer: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer')
export const fieldIsStaff: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'city-officer', 'district-officer')
