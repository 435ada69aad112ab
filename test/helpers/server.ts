// Starts `npm start` (scripts/start.ts) on a free port with its own data directory, as a user would.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The server sets NODE_ENV itself; the test runner's 'test' must not leak into it. */
export function withoutNodeEnv(): Record<string, string | undefined> {
  const { NODE_ENV: _ignored, ...rest } = process.env
  return rest
}

export interface RunningServer {
  url: string
  port: number
  dataDir: string
  output: () => string
  /** SIGTERM, then removes the data directory. */
  stop: () => Promise<void>
  /** SIGKILL of the whole process group, as a power cut would; the data directory stays. */
  kill: () => Promise<void>
}

/**
 * `npm start`, once more if its preparation kept exiting with Node 20's "unsettled top-level await" (13): start.ts
 * already retries that 8 times, and one full CI run still saw all 8 fail at once under load, then pass when re-run.
 */
export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 540_000, options: { dataDir?: string } = {}): Promise<RunningServer> {
  try {
    return await startServerOnce(env, timeoutMs, options)
  } catch (error) {
    if (!String((error as Error).message).includes('(exit 13)')) throw error
    return startServerOnce(env, timeoutMs, options)
  }
}

async function startServerOnce(env: Record<string, string | undefined>, timeoutMs: number, options: { dataDir?: string }): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'carriers-e2e-'))
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: path.resolve('.'),
    env: { ...withoutNodeEnv(), PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: `file:${dataDir}/carriers.db`, JOBS_AUTORUN: 'false', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  const kill = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGKILL')
      await exited
    }
  }
  const started = Date.now()
  while (!output.includes('/admin') || !output.includes('password')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`)
    if (Date.now() - started > timeoutMs) {
      await stop()
      throw new Error(`npm start not ready after ${timeoutMs} ms:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url: `http://localhost:${port}`, port, dataDir, output: () => output, stop, kill }
}
