import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../db/open-database'
import { openDatabase } from '../db/open-database'
import type { TeamAccountOptions } from './team-account-service'
import {
  addTeamUser,
  createTeamSession,
  hashSessionToken,
  listTeamUsers,
  resolveTeamSession,
  revokeTeamSession,
  setTeamUserDisabled,
  teamAccountRules,
  verifyTeamLogin,
} from './team-account-service'
import { createLoginThrottle } from './login-throttle'
import type { TeamUserRepository } from './team-user-repository'
import { createTeamUserRepository } from './team-user-repository'

let db: Db
let users: TeamUserRepository
let now: number
const options: TeamAccountOptions = { cost: { N: 1024, r: 8, p: 1 }, now: () => now }

beforeEach(() => {
  db = openDatabase(':memory:')
  users = createTeamUserRepository(db)
  now = Date.parse('2026-03-05T08:00:00Z')
})
afterEach(() => db.close())

function logIn(name: string, password: string, throttle = createLoginThrottle()) {
  return verifyTeamLogin({ users, throttle }, { name, password, address: '10.0.0.5' }, options)
}

describe('adding team accounts', () => {
  it('stores the name, role and a salted scrypt hash, and lists accounts without hashes', async () => {
    const added = await addTeamUser(
      users,
      { name: ' 张三 ', role: 'writer', password: 'zhangsan-2026' },
      options,
    )
    await addTeamUser(users, { name: '李四', role: 'reviewer', password: 'zhangsan-2026' }, options)
    expect(added).toEqual({
      id: 1,
      name: '张三',
      role: 'writer',
      createdAt: '2026-03-05T08:00:00.000Z',
      disabled: false,
    })
    const rows = db
      .prepare('SELECT name, role, password_hash FROM team_users ORDER BY id')
      .all() as {
      name: string
      role: string
      password_hash: string
    }[]
    expect(rows.map((row) => [row.name, row.role])).toEqual([
      ['张三', 'writer'],
      ['李四', 'reviewer'],
    ])
    expect(rows[0].password_hash).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(rows[0].password_hash).not.toContain('zhangsan')
    expect(rows[0].password_hash).not.toBe(rows[1].password_hash)
    expect(listTeamUsers(users)).toEqual([
      added,
      { id: 2, name: '李四', role: 'reviewer', createdAt: added.createdAt, disabled: false },
    ])
  })

  it.each([
    [{ name: '', role: 'writer', password: 'long-enough' }, 'team_user_name_invalid'],
    [{ name: '张\u0000三', role: 'writer', password: 'long-enough' }, 'team_user_name_invalid'],
    [{ name: '张'.repeat(41), role: 'writer', password: 'long-enough' }, 'team_user_name_invalid'],
    [{ name: '张三', role: 'chief', password: 'long-enough' }, 'team_role_invalid'],
    [{ name: '张三', role: 'writer', password: '短密码1234'.slice(0, 7) }, 'team_password_length'],
  ])('refuses %j with %s, storing nothing', async (input, code) => {
    await expect(addTeamUser(users, input, options)).rejects.toMatchObject({ code })
    expect(listTeamUsers(users)).toEqual([])
  })

  it('refuses a name that exists, Latin letters compared without case', async () => {
    await addTeamUser(users, { name: 'Wang Wu', role: 'editor', password: 'wangwu-2026' }, options)
    await expect(
      addTeamUser(users, { name: 'wang wu', role: 'admin', password: 'other-2026' }, options),
    ).rejects.toMatchObject({
      code: 'team_user_exists',
      message: '账号“wang wu”已存在，请换一个名字。',
    })
    expect(listTeamUsers(users).map((user) => user.role)).toEqual(['editor'])
  })
})

describe('logging in', () => {
  beforeEach(async () => {
    await addTeamUser(users, { name: '张三', role: 'writer', password: 'zhangsan-2026' }, options)
  })

  it('accepts the right password and gives the account', async () => {
    expect(await logIn('张三', 'zhangsan-2026')).toMatchObject({
      id: 1,
      name: '张三',
      role: 'writer',
    })
  })

  it('answers a wrong password and an unknown name alike', async () => {
    await expect(logIn('张三', 'zhangsan-2025')).rejects.toMatchObject({
      code: 'team_login_failed',
      message: '账号或密码不正确。',
    })
    await expect(logIn('王五', 'zhangsan-2026')).rejects.toMatchObject({
      code: 'team_login_failed',
    })
    await expect(
      logIn('张三', 'x'.repeat(teamAccountRules.maxPasswordLength + 1)),
    ).rejects.toMatchObject({
      code: 'team_login_failed',
    })
  })

  it('refuses a disabled account, and lets it in again once enabled', async () => {
    expect(setTeamUserDisabled(users, 1, true)).toBe(true)
    await expect(logIn('张三', 'zhangsan-2026')).rejects.toMatchObject({
      code: 'team_account_disabled',
    })
    await expect(logIn('张三', 'wrong-password')).rejects.toMatchObject({
      code: 'team_login_failed',
    })
    expect(setTeamUserDisabled(users, 1, false)).toBe(true)
    expect((await logIn('张三', 'zhangsan-2026')).disabled).toBe(false)
    expect(setTeamUserDisabled(users, 99, true)).toBe(false)
  })

  it('throttles after five failures, even with the right password, until the wait is over', async () => {
    const throttle = createLoginThrottle()
    for (let failure = 0; failure < 5; failure++) {
      await expect(logIn('张三', 'guess-' + failure, throttle)).rejects.toMatchObject({
        code: 'team_login_failed',
      })
    }
    await expect(logIn('张三', 'zhangsan-2026', throttle)).rejects.toMatchObject({
      code: 'team_login_throttled',
      message: '登录失败次数过多，请在 1 秒后再试。',
    })
    const fromElsewhere = verifyTeamLogin(
      { users, throttle },
      { name: '张三', password: 'zhangsan-2026', address: '10.0.0.6' },
      options,
    )
    await expect(fromElsewhere).resolves.toMatchObject({ id: 1 })
    now += 1000
    expect(await logIn('张三', 'zhangsan-2026', throttle)).toMatchObject({ id: 1 })
    await expect(logIn('张三', 'guess-again', throttle)).rejects.toMatchObject({
      code: 'team_login_failed',
    })
  })

  it('counts tries made at once before any of them is answered', async () => {
    const throttle = createLoginThrottle()
    const tries = Array.from({ length: 8 }, (_, index) => logIn('张三', `guess-${index}`, throttle))
    const codes = (await Promise.allSettled(tries)).map(
      (result) => (result as PromiseRejectedResult).reason.code as string,
    )
    expect(codes.filter((code) => code === 'team_login_failed')).toHaveLength(5)
    expect(codes.filter((code) => code === 'team_login_throttled')).toHaveLength(3)
  })
})

describe('sessions', () => {
  beforeEach(async () => {
    await addTeamUser(users, { name: '张三', role: 'editor', password: 'zhangsan-2026' }, options)
  })

  it('store only the hash of a random token, and resolve the token to its account', () => {
    const first = createTeamSession(users, 1, options)
    const second = createTeamSession(users, 1, options)
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(first.token).not.toBe(second.token)
    expect(first.expiresAt).toBe('2026-03-05T20:00:00.000Z')
    const stored = db.prepare('SELECT token_hash FROM team_sessions').pluck().all()
    expect(stored).toEqual(
      expect.arrayContaining([hashSessionToken(first.token), hashSessionToken(second.token)]),
    )
    expect(stored).not.toContain(first.token)
    expect(resolveTeamSession(users, first.token, options)).toMatchObject({ id: 1, role: 'editor' })
    expect(resolveTeamSession(users, 'not-a-token', options)).toBeUndefined()
    expect(resolveTeamSession(users, '', options)).toBeUndefined()
  })

  it('end when revoked', () => {
    const { token } = createTeamSession(users, 1, options)
    expect(revokeTeamSession(users, token)).toBe(true)
    expect(resolveTeamSession(users, token, options)).toBeUndefined()
    expect(revokeTeamSession(users, token)).toBe(false)
  })

  it('end when they expire, and the expired row is deleted', () => {
    const { token } = createTeamSession(users, 1, options)
    now += teamAccountRules.sessionMs - 1
    expect(resolveTeamSession(users, token, options)).toMatchObject({ id: 1 })
    now += 1
    expect(resolveTeamSession(users, token, options)).toBeUndefined()
    expect(db.prepare('SELECT COUNT(*) FROM team_sessions').pluck().get()).toBe(0)
  })

  it('end when the account is disabled, and stay ended when it is enabled again', () => {
    const { token } = createTeamSession(users, 1, options)
    setTeamUserDisabled(users, 1, true)
    expect(resolveTeamSession(users, token, options)).toBeUndefined()
    setTeamUserDisabled(users, 1, false)
    expect(resolveTeamSession(users, token, options)).toBeUndefined()
  })

  it('are cleared in bulk once expired', () => {
    createTeamSession(users, 1, options)
    now += teamAccountRules.sessionMs
    createTeamSession(users, 1, options)
    expect(users.deleteExpiredSessions(new Date(now).toISOString())).toBe(1)
    expect(db.prepare('SELECT COUNT(*) FROM team_sessions').pluck().get()).toBe(1)
  })
})
