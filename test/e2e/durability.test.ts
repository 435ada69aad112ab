// kill -9 of the running server in the middle of a burst of creates: after a restart on the same data directory,
// every create the server had answered 201 for is there. (SQLite, the embedded default: WAL, synchronous=FULL.)
import { afterAll, describe, expect, it } from 'vitest'

import { newOrganization } from '../helpers/disk'
import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer | undefined
afterAll(async () => server?.stop())

const demoPassword = (output: string): string => {
  const match = /密码 \/ password: (\S+)/.exec(output)
  if (!match?.[1]) throw new Error(`no demo password in the start output:\n${output}`)
  return match[1]
}

async function login(url: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'city@example.org', password }) })
  const json = (await response.json()) as { token?: string }
  if (!json.token) throw new Error(`login failed: ${response.status} ${JSON.stringify(json)}`)
  return json.token
}

describe('kill -9 during a burst of creates', () => {
  it('every create acknowledged before the kill is there after the restart', async () => {
    server = await startServer()
    const password = demoPassword(server.output())
    const token = await login(server.url, password)
    const acknowledged: number[] = []
    let killed = false
    const writer = async (n: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const response = await fetch(`${server!.url}/api/organizations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
            body: JSON.stringify(newOrganization(`断电测试单位 ${n}-${i}`)),
          })
          if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number } }).doc.id)
          else await response.text()
        } catch {
          return // the server is gone
        }
      }
    }
    const writers = Array.from({ length: 8 }, (_, n) => writer(n))
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20))
    killed = true
    await server.kill()
    await Promise.all(writers)
    expect(acknowledged.length).toBeGreaterThanOrEqual(60)

    server = await startServer({}, undefined, { dataDir: server.dataDir })
    const again = await login(server.url, password)
    const missing: number[] = []
    for (const id of acknowledged) {
      const response = await fetch(`${server.url}/api/organizations/${id}?depth=0`, { headers: { Authorization: `JWT ${again}` } })
      if (response.status !== 200) missing.push(id)
      await response.text()
    }
    expect(missing).toEqual([])
  })
})
