// Global setup of the e2e project: one `npm start` on an empty data directory (it builds the production server if
// the sources changed, migrates, seeds the demo, writes the secrets), stopped once it serves. Each server of the run
// then starts from a copy of that directory and skips the work; the files can run side by side because none of
// them builds. The first start itself stays covered: start.test.ts asks for a fresh directory.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    serverDataTemplate: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'carriers-e2e-template-'))
  const server = await startServer({}, 1_200_000, { dataDir, fresh: true })
  await server.halt()
  project.provide('serverDataTemplate', dataDir)
  return () => rmSync(dataDir, { recursive: true, force: true })
}
