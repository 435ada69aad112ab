'use client'
// The current password, asked for when someone changes their own password: a masked input, never stored.
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField field={{ ...field, required: false }} path={path ?? field.name} autoComplete="current-password" validate={() => true} />
)
