// Absolute links in emails: the admin record of an application, and its entry on the public notice page.
type Id = number | string

/** The public base URL: PUBLIC_URL, else the configured serverURL, else localhost. No trailing slash. */
export function publicBaseUrl(serverURL?: string | null): string {
  const base = process.env.PUBLIC_URL || serverURL || `http://localhost:${process.env.PORT ?? 3000}`
  return base.replace(/\/+$/, '')
}

export const applicationAdminUrl = (id: Id, serverURL?: string | null): string =>
  `${publicBaseUrl(serverURL)}/admin/collections/applications/${encodeURIComponent(String(id))}`

export const noticeUrl = (id: Id, serverURL?: string | null): string =>
  `${publicBaseUrl(serverURL)}/notices#notice-${encodeURIComponent(String(id))}`
