// The server's memory as the collector leaves it. A reading of RSS under load mostly measures garbage that V8 has
// not yet collected (it lets the heap grow towards its limit before a full collection), so a leak and a lazy
// collector look the same there. This opens the server's inspector (SIGUSR1, on the port that --inspect-port gave
// it), asks for a full collection and reads the live heap and the RSS after it: memory that keeps growing after a
// full collection is memory that is not given back.
import { readdirSync, readFileSync } from 'node:fs'
import WebSocket from 'ws'

/** NODE_OPTIONS for the server's processes: where the inspector listens once a process is sent SIGUSR1. */
export const inspectorOptions = (port: number): string => `--inspect-port=127.0.0.1:${port}`

/** Resident memory of one process, in MB (0 once it is gone). */
export function processRssMb(pid: number): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024)
  } catch {
    return 0
  }
}

/** The descendant of `ancestor` whose command line contains `marker` (the supervisor's server child). */
export function findDescendant(ancestor: number, marker: string): number | undefined {
  const parents = new Map<number, number>()
  const commands = new Map<number, string>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8'))
    } catch {
      /* gone */
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === ancestor) return true
    return false
  }
  return [...commands].find(([pid, command]) => command.includes(marker) && descends(pid))?.[0]
}

export interface MemoryReading {
  /** V8 heap in use after a full collection, MB. */
  liveHeapMb: number
  /** The process's RSS after that collection, MB. */
  rssMb: number
}

export interface ServerMemory {
  /** Waits `idleMs` (the caller sends nothing meanwhile), then collects and reads. */
  afterFullCollection: (idleMs?: number) => Promise<MemoryReading>
  close: () => void
}

/** Opens the inspector of `pid` (listening on `port` once signalled) and keeps the session for repeated readings. */
export async function openServerMemory(pid: number, port: number): Promise<ServerMemory> {
  process.kill(pid, 'SIGUSR1')
  let target: string | undefined
  for (let attempt = 0; !target && attempt < 100; attempt++) {
    try {
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[]
      target = list[0]?.webSocketDebuggerUrl
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  if (!target) throw new Error(`the server's inspector did not open on port ${port}`)
  const socket = new WebSocket(target)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  let nextId = 1
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>()
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } }
    const waiting = message.id === undefined ? undefined : pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id!)
    if (message.error) waiting.reject(new Error(`inspector: ${message.error.message}`))
    else waiting.resolve(message.result)
  })
  // A server that exits (out of memory…) closes the session: nothing waits for an answer that cannot come.
  socket.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('the server closed its inspector (did it exit?)'))
    pending.clear()
  })
  const call = <T>(method: string): Promise<T> =>
    new Promise((resolve, reject) => {
      // ws drops a message sent on a closed socket without a word: the answer would never come.
      if (socket.readyState !== WebSocket.OPEN) return reject(new Error('the server closed its inspector (did it exit?)'))
      const id = nextId++
      pending.set(id, { resolve: (result) => resolve(result as T), reject })
      socket.send(JSON.stringify({ id, method }))
    })
  return {
    afterFullCollection: async (idleMs = 0) => {
      await new Promise((r) => setTimeout(r, idleMs))
      await call('HeapProfiler.collectGarbage')
      // Freed pages go back to the system shortly after the collection, not within it.
      await new Promise((r) => setTimeout(r, 2000))
      const heap = await call<{ usedSize: number }>('Runtime.getHeapUsage')
      return { liveHeapMb: Math.round(heap.usedSize / 1024 / 1024), rssMb: processRssMb(pid) }
    },
    close: () => socket.close(),
  }
}
