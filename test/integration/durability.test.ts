// Saved means saved: every write the app acknowledges is committed and stays, on SQLite and PostgreSQL, whatever
// else the process (or another process) is writing at the same moment; a COMMIT the database refuses is an error.
import { spawn } from 'node:child_process'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TASKS, OUTBOX_QUEUE } from '../../src/jobs'
import { PASSWORD, seedWorld } from '../helpers/fixtures'
import { idsOnDisk, newOrganization, queryDisk, sqlitePathOf } from '../helpers/disk'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let cityToken: string

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  ctx = await startPayload()
  await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  cityToken = await rest.login('city@example.org', PASSWORD)
})
afterAll(async () => ctx?.close())

/** Creates a unit over REST; returns its id when the server acknowledged it (201), else null. */
async function createOverRest(name: string): Promise<number | null> {
  const response = await rest.post('/organizations', newOrganization(name), cityToken)
  if (response.status !== 201) {
    await response.text()
    return null
  }
  const json = (await response.json()) as { doc: { id: number } }
  return json.doc.id
}

describe('acknowledged writes are on disk', () => {
  it('a write outside a held transaction (as the job scheduler makes) and the next create are on disk', async () => {
    const { payload } = ctx
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const inside = await payload.create({ collection: 'organizations', data: newOrganization('事务内单位'), req, overrideAccess: true })
    // Payload's scheduler queues jobs with payload.db.create and no request, whatever else is running.
    const outside = payload.db.create({ collection: 'payload-jobs', data: { taskSlug: TASKS.reaper, queue: OUTBOX_QUEUE, input: {} } })
    await sleep(150)
    await commitTransaction(req)
    const job = (await outside) as { id: number }
    const after = await payload.create({ collection: 'organizations', data: newOrganization('事务后单位'), overrideAccess: true })

    expect(await idsOnDisk(ctx.db, 'organizations', [inside.id, after.id])).toEqual(new Set([inside.id, after.id]))
    expect(await idsOnDisk(ctx.db, 'payload_jobs', [job.id])).toEqual(new Set([job.id]))
    // Nothing hands the same id out twice.
    const again = await payload.create({ collection: 'organizations', data: newOrganization('再一个单位'), overrideAccess: true })
    expect([inside.id, after.id]).not.toContain(again.id)
    expect(await idsOnDisk(ctx.db, 'organizations', [again.id])).toEqual(new Set([again.id]))
  })

  it('20 rounds × 10 concurrent creates, with reads and outbox-style status writes between them: rows on disk = rows acknowledged', async () => {
    const { payload } = ctx
    const outboxRow = await payload.create({
      collection: 'notifications',
      data: { businessKey: `durability-${Date.now()}`, template: 'submission-received', toAddress: 'a@example.org', subject: '测试', status: 'queued' },
      overrideAccess: true,
    } as Parameters<typeof payload.create>[0])
    const failures: string[] = []
    const heldIds: number[] = []
    const refused: string[] = []
    let acknowledgedTotal = 0
    for (let round = 0; round < 20; round++) {
      const creates = Array.from({ length: 10 }, (_, i) => createOverRest(`并发单位 ${round}-${i}`))
      // What else runs meanwhile, for as long as the creates run.
      let creating = true
      const sideWork = (async () => {
        for (let step = 0; creating || step < 3; step++) {
          // A request that holds its transaction across I/O (a transition rendering an email, an upload…) …
          const req = await createLocalReq({}, payload)
          await initTransaction(req)
          const held = await payload.create({ collection: 'organizations', data: newOrganization(`长事务单位 ${round}-${step}`), req, overrideAccess: true })
          // … while the outbox and the scheduler write outside any transaction, and others read.
          const outside = Promise.all(
            [
              payload.db.updateOne({ collection: 'notifications', id: outboxRow.id, data: { status: round % 2 ? 'sending' : 'queued', attempts: round }, returning: false }),
              payload.db.create({ collection: 'payload-jobs', data: { taskSlug: TASKS.reaper, queue: OUTBOX_QUEUE, input: {} } }),
              payload.find({ collection: 'organizations', limit: 5, depth: 0, overrideAccess: true }),
              rest.get('/organizations?limit=3', cityToken).then((r) => r.text()),
            ].map((work) => (work as Promise<unknown>).catch((error: unknown) => refused.push(String(error)))),
          )
          await sleep(5)
          await commitTransaction(req)
          heldIds.push(held.id)
          await outside
        }
      })()
      const ids = (await Promise.all(creates)).filter((id): id is number => id !== null)
      creating = false
      await sideWork
      acknowledgedTotal += ids.length
      const onDisk = await idsOnDisk(ctx.db, 'organizations', ids)
      if (onDisk.size !== ids.length || new Set(ids).size !== ids.length) failures.push(`round ${round}: ${ids.length} acknowledged, ${onDisk.size} on disk`)
    }
    expect(failures).toEqual([])
    expect(await idsOnDisk(ctx.db, 'organizations', heldIds)).toEqual(new Set(heldIds))
    // Nothing was refused either: every write waited its turn.
    expect(refused.slice(0, 3)).toEqual([])
    expect(acknowledgedTotal).toBe(200)
    const [row] = await queryDisk<{ status: string; attempts: number | string }>(ctx.db, 'SELECT status, attempts FROM notifications WHERE id = $1', [outboxRow.id])
    expect({ status: row?.status, attempts: Number(row?.attempts) }).toEqual({ status: 'sending', attempts: 19 })
  })

  it('a COMMIT that the database refuses fails the request, and nothing of it is saved', async () => {
    const name = `提交失败测试-${Date.now()}`
    if (ctx.db.kind === 'postgres') {
      // A deferred constraint trigger runs at COMMIT, after every statement of the request succeeded.
      await queryDisk(
        ctx.db,
        `CREATE OR REPLACE FUNCTION refuse_at_commit() RETURNS trigger AS $$
         BEGIN IF NEW.name LIKE '提交失败测试-%' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      )
      await queryDisk(ctx.db, 'CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON organizations DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()')
    } else {
      // A deferred foreign key is checked at COMMIT: the trigger plants a row whose parent does not exist.
      await queryDisk(ctx.db, 'CREATE TABLE commit_guard_parent (id INTEGER PRIMARY KEY)')
      await queryDisk(ctx.db, 'CREATE TABLE commit_guard (parent INTEGER REFERENCES commit_guard_parent(id) DEFERRABLE INITIALLY DEFERRED)')
      await queryDisk(ctx.db, `CREATE TRIGGER refuse_at_commit AFTER INSERT ON organizations WHEN NEW.name LIKE '提交失败测试-%' BEGIN INSERT INTO commit_guard (parent) VALUES (-1); END`)
    }
    const before = await queryDisk<{ n: number | string }>(ctx.db, 'SELECT count(*) AS n FROM audit_log')

    const response = await rest.post('/organizations', newOrganization(name), cityToken)
    expect(response.status).toBe(503)
    const body = JSON.stringify(await response.json())
    expect(body).toMatch(/未能确认保存/)
    expect(body).toMatch(/Not saved/)
    expect(body).not.toMatch(/refused at commit|FOREIGN KEY|insert into|select /i)

    expect(await queryDisk(ctx.db, 'SELECT id FROM organizations WHERE name = $1', [name])).toEqual([])
    const after = await queryDisk<{ n: number | string }>(ctx.db, 'SELECT count(*) AS n FROM audit_log')
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n))
    // The next write goes through and stays.
    const next = await createOverRest('提交之后的单位')
    expect(next).not.toBeNull()
    expect(await idsOnDisk(ctx.db, 'organizations', [next as number])).toEqual(new Set([next]))
  })
})

describe.runIf(process.env.TEST_DB !== 'postgres')('SQLite shared with another process', () => {
  it('a second OS process holds the write lock ~150 ms at a time while the app creates 20 records: all 20 on disk', async () => {
    const file = sqlitePathOf(ctx.db.url)
    // The other process: BEGIN IMMEDIATE, write, hold the lock 150 ms, COMMIT; eight times.
    const script = `
      const Database = require('libsql');
      const db = new Database(${JSON.stringify(file)});
      db.exec('PRAGMA busy_timeout = 10000');
      db.exec('CREATE TABLE IF NOT EXISTS other_process (n INTEGER)');
      const hold = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      process.stdout.write('ready\\n');
      for (let i = 0; i < 8; i++) {
        db.exec('BEGIN IMMEDIATE');
        db.prepare('INSERT INTO other_process (n) VALUES (?)').run(i);
        hold(150);
        db.exec('COMMIT');
        hold(20);
      }
      db.close();
    `
    const other = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve) => other.stdout.once('data', () => resolve()))
    const exited = new Promise<number | null>((resolve) => other.on('exit', resolve))

    const ids = (await Promise.all(Array.from({ length: 20 }, (_, i) => createOverRest(`另一进程期间的单位 ${i}`)))).filter((id): id is number => id !== null)
    expect(await exited).toBe(0)

    expect(ids).toHaveLength(20)
    expect(await idsOnDisk(ctx.db, 'organizations', ids)).toEqual(new Set(ids))
    expect(await queryDisk(ctx.db, 'SELECT count(*) AS n FROM other_process')).toEqual([{ n: 8 }])
  })
})
