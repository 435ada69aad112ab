// Saved filters (query presets) are the officers' own: for applicants and experts, who may neither read nor save
// any, the list's preset bar is hidden rather than offering a button that can only fail. Their dashboard has its
// own tiles (Dashboard.tsx), so Payload's "no widgets, add some" note is hidden too.
import type { TypedUser } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'

export function StaffOnlyPresets({ user }: { user?: TypedUser | null }) {
  if (!user || hasRole(user, 'admin', 'city-officer', 'district-officer')) return null
  return <style>{'.query-preset-bar,.modular-dashboard__empty{display:none !important}'}</style>
}
