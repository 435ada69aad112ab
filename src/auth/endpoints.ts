// The users collection's sign-in endpoints, in place of Payload's own (custom endpoints are matched first):
// - login: throttled (src/auth/throttle-rules.ts) and run with the account held, so concurrent sign-ins keep
//   every session; the same answer for an unknown email as for a wrong password;
// - refresh-token, logout: with the account held too (they rewrite the session list);
// - unlock: administrators only, lifts the pauses of one account;
// - forgot-password: one answer whether or not the address has an account; the link goes out through the outbox
//   in the same transaction, and never to a file in production.
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, AuthenticationError, commitTransaction, initTransaction, killTransaction, loginOperation, logoutOperation, refreshOperation, resetPasswordOperation } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { isProductionMode } from '../../config/env'
import { usesFileSink } from '../../config/email'
import { hasRole } from '../access/roles'
import { errorResponse, platform } from '../lib/errors'
import { publicBaseUrl } from '../email/links'
import { queueNotification } from '../email/enqueue'
import { writeAudit } from '../hooks/audit'
import { withAccount } from './account-lock'
import { passwordProblem } from './password-rules'
import { clientAddress } from './client-address'
import { countAttempt, resetCounter, THROTTLES, uncount } from './throttle'
import { minutesOf, normalizeEmail, RESET_LIMITS, SIGN_IN_LIMITS, throttleKey, type ThrottleScope } from './throttle-rules'

const RESET_LINK_HOURS = 1

/** A refusal in the one error shape (src/lib/errors.ts): `message` is "中文 / English". */
function refusal(status: number, rule: string, message: string, headers: Record<string, string> = {}): Response {
  const i = message.indexOf(' / ')
  const zh = i > 0 ? message.slice(0, i) : message
  const en = i > 0 ? message.slice(i + 3) : message
  return errorResponse(status, [platform(rule, zh, en)], headers)
}

const emailOf = (req: PayloadRequest): string => (typeof req.data?.email === 'string' ? normalizeEmail(req.data.email) : '')
const looksLikeEmail = (email: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254

const SCOPES: ThrottleScope[] = ['account-address', 'address', 'account']

const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = emailOf(req)
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    if (!email || !password) return refusal(400, 'auth.credentials-missing', '请输入邮箱和密码 / Enter your email and password.')
    const { payload } = req
    const collection = payload.collections.users
    const address = clientAddress(req)
    const now = new Date()

    // Counted before the password is checked, so that concurrent guesses cannot all slip in under the limit;
    // narrowest first, and an attempt refused by one counter is not charged to the wider ones.
    const decisions = []
    for (const scope of SCOPES) {
      const counter = { key: throttleKey(scope, email, address), scope, email: scope === 'address' ? null : email, address: scope === 'account' ? null : address }
      const decision = await countAttempt(payload, counter, SIGN_IN_LIMITS[scope], now)
      if (!decision.allowed) {
        const minutes = minutesOf(decision.retryAfterMs)
        return refusal(
          429,
          'auth.locked',
          `登录失败次数过多，已暂停登录，请 ${minutes} 分钟后再试；如需立即恢复，请联系系统管理员 / Too many failed sign-ins: signing in is paused. Try again in ${minutes} minutes, or ask an administrator to lift the pause.`,
          { 'Retry-After': String(Math.ceil(decision.retryAfterMs / 1000)) },
        )
      }
      decisions.push(decision)
    }

    try {
      const depth = req.searchParams.get('depth')
      const result = await withAccount(req, email, () =>
        loginOperation({ collection, data: { email, password }, depth: depth && /^\d+$/.test(depth) ? Number(depth) : undefined, req }),
      )
      // A successful sign-in is not a failure: this address starts afresh, and the wider counters take it back.
      await resetCounter(payload, throttleKey('account-address', email, address))
      await uncount(payload, throttleKey('address', email, address))
      await uncount(payload, throttleKey('account', email, address))
      const cookie = generatePayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: payload.config.cookiePrefix, token: result.token! })
      return Response.json({ message: req.t('authentication:passed'), ...result }, { status: 200, headers: { 'Set-Cookie': cookie } })
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error
      const left = Math.min(...decisions.map((d) => d.remaining))
      const minutes = minutesOf(SIGN_IN_LIMITS['account-address'].pauseMs)
      return refusal(
        401,
        'auth.failed',
        left > 0
          ? `邮箱或密码不正确；再错 ${left} 次将暂停登录 ${minutes} 分钟 / The email or password is incorrect. ${left} more failed attempt${left === 1 ? '' : 's'} and signing in is paused for ${minutes} minutes.`
          : `邮箱或密码不正确；已暂停登录 ${minutes} 分钟 / The email or password is incorrect. Signing in is now paused for ${minutes} minutes.`,
      )
    }
  },
}

const refreshEndpoint: Endpoint = {
  path: '/refresh-token',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const collection = payload.collections.users
    const email = typeof req.user?.email === 'string' ? req.user.email : ''
    const result = await withAccount(req, email, () => refreshOperation({ collection, req }))
    const headers = new Headers()
    if (result.setCookie) {
      headers.set('Set-Cookie', generatePayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: payload.config.cookiePrefix, token: result.refreshedToken }))
    }
    return Response.json({ message: req.t('authentication:tokenRefreshSuccessful'), ...result }, { status: 200, headers })
  },
}

const logoutEndpoint: Endpoint = {
  path: '/logout',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const collection = payload.collections.users
    const email = typeof req.user?.email === 'string' ? req.user.email : ''
    const done = await withAccount(req, email, () => logoutOperation({ allSessions: req.searchParams.get('allSessions') === 'true', collection, req }))
    if (!done) return refusal(400, 'auth.logout-failed', '退出登录失败 / Logging out failed.')
    const expired = generateExpiredPayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: payload.config.cookiePrefix })
    return Response.json({ message: req.t('authentication:logoutSuccessful') }, { status: 200, headers: { 'Set-Cookie': expired } })
  },
}

const unlockEndpoint: Endpoint = {
  path: '/unlock',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return refusal(403, 'platform.forbidden', '只有系统管理员可以解除登录暂停 / Only an administrator can lift a sign-in pause.')
    await addDataAndFileToRequest(req)
    const email = emailOf(req)
    if (!looksLikeEmail(email)) return refusal(400, 'auth.email-invalid', '请输入有效的邮箱地址 / Enter a valid email address.')
    const own = await initTransaction(req)
    try {
      const { docs } = await req.payload.delete({ collection: THROTTLES, where: { email: { equals: email } }, overrideAccess: true, req })
      const account = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req, select: { email: true } })
      await writeAudit(req, { action: 'change', collectionSlug: 'users', docId: account.docs[0]?.id ?? email, summary: `解除登录暂停 / sign-in pause lifted (${docs.length})` })
      if (own) await commitTransaction(req)
      return Response.json({ message: docs.length > 0 ? '已解除该账户的登录暂停 / The sign-in pause of this account is lifted.' : '该账户没有登录暂停 / This account has no sign-in pause.' })
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  },
}

const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = emailOf(req)
    if (!looksLikeEmail(email)) return refusal(400, 'auth.email-invalid', '请输入有效的邮箱地址 / Enter a valid email address.')
    if (isProductionMode() && usesFileSink()) {
      // Without a mail server the link would be written to a file on the server: refuse rather than leak it.
      return refusal(503, 'auth.reset-unavailable', '本系统未配置邮件服务器，无法发送密码重置邮件，请联系系统管理员重置密码 / No mail server is configured, so no reset email can be sent: ask an administrator to reset your password.')
    }
    const { payload } = req
    const address = clientAddress(req)
    const allowed =
      (await countAttempt(payload, { key: throttleKey('reset-account', email, address), scope: 'reset-account', email }, RESET_LIMITS.account)).allowed &&
      (await countAttempt(payload, { key: throttleKey('reset-address', email, address), scope: 'reset-address', address }, RESET_LIMITS.address)).allowed
    if (allowed) {
      const own = await initTransaction(req)
      try {
        const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })
        const user = found.docs[0]
        if (user) {
          const token = randomBytes(32).toString('hex')
          const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000).toISOString()
          await payload.db.updateOne({ collection: 'users', id: user.id, data: { resetPasswordToken: token, resetPasswordExpiration: expiresAt }, req, returning: false })
          await queueNotification(req, {
            template: 'password-reset',
            to: { userId: user.id },
            data: { link: `${publicBaseUrl(payload.config.serverURL)}${payload.config.routes.admin}/reset/${token}`, hours: RESET_LINK_HOURS },
            businessKey: `password-reset:${user.id}:${Date.now()}`,
          })
        }
        if (own) await commitTransaction(req)
      } catch (error) {
        if (own) await killTransaction(req)
        throw error
      }
    }
    // The same answer whether or not the address has an account, and whether or not this request was sent.
    return Response.json({
      message: `如果该邮箱已在本系统注册，密码重置邮件已发出，链接 ${RESET_LINK_HOURS} 小时内有效 / If this address has an account, a password reset email is on its way; the link works for ${RESET_LINK_HOURS} hour.`,
    })
  },
}

const resetPasswordEndpoint: Endpoint = {
  path: '/reset-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const token = typeof req.data?.token === 'string' ? req.data.token : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    if (!/^[0-9a-f]{40,128}$/.test(token)) return refusal(400, 'auth.reset-link-invalid', '重置链接无效或已过期，请重新申请 / The reset link is invalid or has expired: ask for a new one.')
    const { payload } = req
    const owner = (await payload.db.findOne({ collection: 'users', where: { resetPasswordToken: { equals: token } } })) as { email?: string } | null
    // Payload's own check allows 3 characters: the same rule as everywhere else applies first.
    const problem = passwordProblem(password, owner?.email)
    if (problem) return refusal(400, 'auth.password-weak', problem)
    const collection = payload.collections.users
    let result: Awaited<ReturnType<typeof resetPasswordOperation>>
    try {
      result = await resetPasswordOperation({ collection, data: { password, token }, req })
    } catch (error) {
      if ((error as { status?: number }).status === 403) return refusal(403, 'auth.reset-link-invalid', '重置链接无效或已过期，请重新申请 / The reset link is invalid or has expired: ask for a new one.')
      throw error
    }
    const cookie = generatePayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: payload.config.cookiePrefix, token: result.token! })
    return Response.json({ message: req.t('authentication:passwordResetSuccessfully'), ...result }, { status: 200, headers: { 'Set-Cookie': cookie } })
  },
}

export const authEndpoints: Endpoint[] = [loginEndpoint, refreshEndpoint, logoutEndpoint, unlockEndpoint, forgotPasswordEndpoint, resetPasswordEndpoint]
