// Nested objects as the bracketed query string Payload's REST API and admin lists parse
// (where[status][equals]=submitted, where[or][0][and][1][status][in][0]=reviewed). No dependencies: used in the browser too.

function append(params: URLSearchParams, prefix: string, value: unknown) {
  if (value === null || value === undefined) return
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) append(params, `${prefix}[${k}]`, v)
    return
  }
  params.append(prefix, String(value))
}

/** `{ a: { b: 1 } }` under `key` → `key[a][b]=1`, appended to `params`. */
export function appendNested(params: URLSearchParams, key: string, value: unknown): URLSearchParams {
  append(params, key, value)
  return params
}

/** A `where` as the query string of an admin list or REST URL. */
export const whereQuery = (where: unknown): string => appendNested(new URLSearchParams(), 'where', where).toString()
