// Starts `npm start` (scripts/start.ts) on a free port with its own data directory, as a user would.
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { tsNode } from '../../scripts/node-args'

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
  /** SIGTERM, and waits for the exit; the data directory stays. */
  halt: () => Promise<void>
}

/** How `startServer` starts `npm start`. */
export interface StartOptions {
  /** Start on this data directory as it is (a restart). */
  dataDir?: string
  /** A first start on an empty directory, instead of a copy of the prepared one (server-template.ts). */
  fresh?: boolean
}

/** Settings under which the prepared directory is not what `npm start` would have made. */
const SETTINGS_OF_THE_DATA = ['DATABASE_URL', 'APP_ENV', 'SEED_DEMO', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'PAYLOAD_SECRET']

/** `npm start` on a free port, as a person would run it; ready when it prints where to sign in. */
export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 540_000, options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'carriers-e2e-'))
  if (!options.dataDir && !options.fresh && !SETTINGS_OF_THE_DATA.some((name) => name in env)) {
    cpSync(inject('serverDataTemplate'), dataDir, { recursive: true })
  }
  let output = ''
  const child: ChildProcess = spawn(process.execPath, tsNode('scripts/start.ts'), {
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
  /** Signals the whole process group and waits for the server to exit; the data directory stays. */
  const endWith = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, signal)
      await exited
    }
  }
  const kill = endWith('SIGKILL')
  const halt = endWith('SIGTERM')
  const started = Date.now()
  while (!output.includes('/admin') || !output.includes('password')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`)
    if (Date.now() - started > timeoutMs) {
      await stop()
      throw new Error(`npm start not ready after ${timeoutMs} ms:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url: `http://localhost:${port}`, port, dataDir, output: () => output, stop, kill, halt }
}
