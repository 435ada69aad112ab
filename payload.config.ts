// Assembles the app from config/ and src/; no logic of its own.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './config/database'
import { hasRole } from './src/access/roles'
import { emailAdapter } from './config/email'
import { payloadSecret, serverURL } from './config/env'
import { closeBuiltIns } from './src/access/built-ins'
import { queryPresetsConfig } from './src/access/query-presets'
import { collections } from './src/collections'
import { databaseBusyIsServiceUnavailable } from './src/hooks/databaseErrors'
import { oneErrorShape } from './src/lib/errors'
import { MAX_UPLOAD_BYTES } from './src/lib/rest-guard'
import { SiteSettings } from './src/globals/SiteSettings'
import { jobsConfig } from './src/jobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's own collections (locks, preferences, migrations) get explicit access once built: src/access/built-ins.ts.
export default buildConfig({
  serverURL: serverURL(),
  secret: payloadSecret(),
  admin: {
    user: 'users',
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 创新载体管理平台' },
    // Dates read 2026年11月22日 (Payload's default is "November 22nd 2026, 11:15 PM"); in the English admin
    // 22 November 2026 (src/components/LanguageDateFormat.tsx).
    dateFormat: 'yyyy年M月d日',
    components: {
      providers: ['/src/components/LanguageDateFormat#LanguageDateFormat'],
      beforeDashboard: ['/src/components/MyWork#MyWork', '/src/components/Dashboard#Dashboard'],
      // Saved filters are the officers': the preset bar is hidden for applicants and experts (who may not save any).
      header: ['/src/components/StaffOnlyPresets#StaffOnlyPresets'],
    },
    // Applicants and experts get their own tiles from the Dashboard, not the grid of every collection.
    dashboard: { widgets: [], defaultLayout: ({ req }) => (hasRole(req.user, 'applicant', 'expert') ? [] : [{ widgetSlug: 'collections', width: 'full' }]) },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // The account page's section title, without the product name of the framework.
    // No "your dashboard has no widgets…" hint: applicants and experts have no widget grid by design (their home is
    // MyWork and the Dashboard above it), and nobody here is meant to assemble widgets.
    translations: {
      zh: { general: { payloadSettings: '界面设置' }, dashboard: { noItems: '' } },
      en: { general: { payloadSettings: 'Interface settings' }, dashboard: { noItems: '' } },
    },
  },
  collections,
  queryPresets: queryPresetsConfig,
  // Every error answers in one shape (src/lib/errors.ts); a busy database is 503 (after, so it wins).
  hooks: { afterError: [oneErrorShape, databaseBusyIsServiceUnavailable] },
  // A client's mistake is one info line; only what is left (real server errors) is logged as an error, with its stack.
  loggingLevels: { Refusal: 'info', QueryError: 'info', AuthenticationError: 'info', LockedAuth: 'info', UnauthorizedError: 'info', FileUploadError: 'info', TransitionRefused: 'info' } as Record<string, 'info'>,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  globals: [SiteSettings],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  telemetry: false,
  // Tests assert on outcomes; the request log would only bury their summary.
  logger: { options: { level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info') } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disable: true },
  jobs: jobsConfig,
}).then(closeBuiltIns)
