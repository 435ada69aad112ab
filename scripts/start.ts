// `npm start`: check the settings, build if the sources changed, migrate and seed, then serve.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { resolveDatabase } from '../config/database'
import { assertProductionEnv, ConfigError, dataDir, parsePort, parseServerHeapMb } from '../config/env'
import { tsNode, withNodeConditions } from './node-args'

const root = path.resolve(import.meta.dirname, '..')
const fail = (message: string): never => {
  console.error(`✖ ${message}`)
  process.exit(1)
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.once('listening', () => server.close(() => resolve(true)))
    server.listen(port, '0.0.0.0')
  })
}

/** A fingerprint of everything `next build` compiles, so a second start skips the build. */
function sourceFingerprint(): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(root, entry)
    if (!existsSync(full)) return
    const stat = statSync(full)
    if (stat.isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child))
    } else {
      hash.update(entry).update(readFileSync(full))
    }
  }
  for (const entry of ['src', 'config', 'migrations', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']) visit(entry)
  return hash.digest('hex')
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) fail(`${path.basename(args.at(-1) ?? command)} 失败 / failed (exit ${result.status ?? result.signal})`)
}

async function main() {
  let port: number
  let serverHeapMb: number | undefined
  try {
    assertProductionEnv()
    resolveDatabase()
    port = parsePort(process.env.PORT)
    serverHeapMb = parseServerHeapMb(process.env.SERVER_HEAP_MB)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
  if (!(await portIsFree(port))) {
    fail(`端口 ${port} 已被占用 / port ${port} is in use: stop the other server or set PORT to a free port`)
  }

  // The build, the preparation and the server load the config too: they get the same Node conditions.
  const env = withNodeConditions({ ...process.env, NODE_ENV: 'production', PORT: String(port) } as NodeJS.ProcessEnv)
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

  const fingerprintFile = path.join(root, '.next', 'source-fingerprint')
  const fingerprint = sourceFingerprint()
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint
  if (!built) {
    console.log('• 正在构建（首次约 1–2 分钟） / building the production server (first time takes 1–2 minutes)…')
    run(bin('next'), ['build'], env)
    writeFileSync(fingerprintFile, fingerprint)
  }

  // Migrations, first admin, demo data: in a process of their own, before the server takes requests.
  // `node --import tsx` (see tsNode), not the tsx CLI: the CLI silently does nothing when MODE=test is in the environment.
  run(process.execPath, tsNode(path.join(root, 'scripts/prepare.ts')), env)

  // scripts/serve.mjs: Next's handler behind node:http (drops client-sent X-Forwarded-* unless TRUST_PROXY=true).
  const heapLimit = serverHeapMb ? [`--max-old-space-size=${serverHeapMb}`] : []
  const server = spawn(process.execPath, [...heapLimit, path.join(root, 'scripts/serve.mjs')], { cwd: root, env, stdio: 'inherit' })
  // Ready when it answers, whatever the server prints (and on whichever stream).
  const base = process.env.PUBLIC_URL ?? `http://localhost:${port}`
  void (async () => {
    for (let i = 0; i < 600 && server.exitCode === null; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/users/me`).then((r) => r.status < 500, () => false)
      if (ok) {
        const logins = path.join(dataDir(), 'logins.txt')
        console.log(`\n✔ 管理后台 / admin: ${base}/admin`)
        console.log(`✔ 公开页面 / public pages: ${base}/`)
        if (existsSync(logins)) console.log(readFileSync(logins, 'utf8'))
        return
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  })()
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
