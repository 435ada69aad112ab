import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

// The integration suite runs on SQLite always, and again on PostgreSQL when TEST_DATABASE_URL names one.
const databases = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])]

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default'],
    globalSetup: ['test/helpers/global-setup.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      ...databases.map((db, i) => ({
        resolve: { alias },
        test: {
          name: `integration-${db}`,
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DB: db, NODE_ENV: 'test' as const },
          // Builds the migrated database every file of this project starts from a copy of.
          globalSetup: ['test/helpers/database-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Payload per worker keeps memory and CPU in bounds.
          maxWorkers: 2,
          fileParallelism: true,
          // Projects run one group after another: unit, SQLite, PostgreSQL, then the browser and server.
          sequence: { groupOrder: 1 + i },
        },
      })),
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { NODE_ENV: 'test' as const },
          // One data directory prepared as a first start would, copied for each server.
          globalSetup: ['test/helpers/server-template.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Two files at a time, each with its own server, port and data directory; the build is done once by the
          // setup before either starts.
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 2,
          sequence: { groupOrder: 10 },
        },
      },
    ],
  },
})
