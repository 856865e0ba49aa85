import { createHash, randomBytes } from 'node:crypto'
import { AppError } from '../shared/errors/app-error'
import type { TeamRole } from '../shared/team/team-roles'
import { teamRoles } from '../shared/team/team-roles'
import type { LoginThrottle } from './login-throttle'
import type { ScryptCost } from './password-hash'
import { defaultScryptCost, hashPassword, verifyPassword } from './password-hash'
import type { TeamUserRecord, TeamUserRepository } from './team-user-repository'

/** A team account as shown to people: never its password hash. */
export interface TeamUser {
  id: number
  name: string
  role: TeamRole
  createdAt: string
  disabled: boolean
}

/** The limits of account names, passwords and sessions, as named numbers. */
export const teamAccountRules = {
  maxNameLength: 40,
  minPasswordLength: 8,
  maxPasswordLength: 1024,
  /** A session lasts a working day; then its holder logs in again. */
  sessionMs: 12 * 60 * 60 * 1000,
} as const

/** What the account functions may be given besides their input: tests pass a cheap cost and a clock. */
export interface TeamAccountOptions {
  cost?: ScryptCost
  now?: () => number
}

const nowOf = (options: TeamAccountOptions) => (options.now ?? Date.now)()

function toTeamUser(record: TeamUserRecord): TeamUser {
  const { id, name, role, createdAt, disabled } = record
  return { id, name, role, createdAt, disabled }
}

/** An account name as stored: NFC, trimmed; throws `team_user_name_invalid` for a bad one. */
export function normalizeTeamUserName(raw: string): string {
  const name = raw.normalize('NFC').trim()
  const length = [...name].length
  const valid =
    length >= 1 &&
    length <= teamAccountRules.maxNameLength &&
    !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(name) &&
    !/\s{2,}/u.test(name)
  if (!valid) {
    throw new AppError('team_user_name_invalid', { max: teamAccountRules.maxNameLength })
  }
  return name
}

function requirePasswordLength(password: string): void {
  const length = [...password].length
  if (length < teamAccountRules.minPasswordLength || length > teamAccountRules.maxPasswordLength) {
    throw new AppError('team_password_length', {
      min: teamAccountRules.minPasswordLength,
      max: teamAccountRules.maxPasswordLength,
    })
  }
}

/**
 * Adds a team account with its password hashed (scrypt, its own salt). Throws
 * `team_user_name_invalid`, `team_role_invalid`, `team_password_length` or `team_user_exists`.
 */
export async function addTeamUser(
  users: TeamUserRepository,
  input: { name: string; role: string; password: string },
  options: TeamAccountOptions = {},
): Promise<TeamUser> {
  const name = normalizeTeamUserName(input.name)
  if (!teamRoles.includes(input.role as TeamRole)) {
    throw new AppError('team_role_invalid', { role: input.role.slice(0, 40) })
  }
  requirePasswordLength(input.password)
  if (users.findUserByName(name)) {
    throw new AppError('team_user_exists', { name })
  }
  const passwordHash = await hashPassword(input.password, options.cost)
  const createdAt = new Date(nowOf(options)).toISOString()
  try {
    const id = users.insertUser({ name, role: input.role as TeamRole, passwordHash, createdAt })
    return toTeamUser(users.getUser(id)!)
  } catch (error) {
    // Another process added the same name while the password was being hashed.
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('team_user_exists', { name })
    }
    throw error
  }
}

/** Every team account, oldest first. */
export function listTeamUsers(users: TeamUserRepository): TeamUser[] {
  return users.listUsers().map(toTeamUser)
}

/** Disables (ending its sessions) or enables an account; false when there is no such account. */
export function setTeamUserDisabled(
  users: TeamUserRepository,
  userId: number,
  disabled: boolean,
): boolean {
  return users.setDisabled(userId, disabled)
}

const decoyHashes = new Map<string, Promise<string>>()

/** A hash of nothing anyone knows, so that an unknown name costs as much time as a known one. */
function decoyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.N}:${cost.r}:${cost.p}`
  let hash = decoyHashes.get(key)
  if (!hash) {
    hash = hashPassword(randomBytes(32).toString('base64'), cost)
    decoyHashes.set(key, hash)
  }
  return hash
}

/**
 * Checks a name and password from a client address. Throws `team_login_throttled` while that name
 * and address must wait, `team_login_failed` for an unknown name or a wrong password (the same
 * answer, in about the same time, so names cannot be probed) and `team_account_disabled` for the
 * right password of a disabled account. A try counts as a failure until it succeeds, so tries
 * made at once cannot slip past the throttle together.
 */
export async function verifyTeamLogin(
  deps: { users: TeamUserRepository; throttle: LoginThrottle },
  input: { name: string; password: string; address: string },
  options: TeamAccountOptions = {},
): Promise<TeamUser> {
  const { users, throttle } = deps
  const name = input.name.normalize('NFC').trim()
  const verdict = throttle.check(name, input.address, nowOf(options))
  if (!verdict.allowed) {
    throw new AppError('team_login_throttled', {
      seconds: Math.ceil(verdict.retryAfterMs / 1000),
    })
  }
  throttle.recordFailure(name, input.address, nowOf(options))
  const user = users.findUserByName(name)
  const usable = [...input.password].length <= teamAccountRules.maxPasswordLength
  const stored = user?.passwordHash ?? (await decoyHash(options.cost ?? defaultScryptCost))
  const matches = (await verifyPassword(usable ? input.password : '', stored)) && usable
  if (!user || !matches) {
    throw new AppError('team_login_failed')
  }
  throttle.recordSuccess(name, input.address)
  if (user.disabled) {
    throw new AppError('team_account_disabled', { name: user.name })
  }
  return toTeamUser(user)
}

/** A session token as stored: its SHA-256, so a copy of the database opens no session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Opens a session for an account; the token goes to the client (a cookie) and only its hash is kept. */
export function createTeamSession(
  users: TeamUserRepository,
  userId: number,
  options: TeamAccountOptions = {},
): { token: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url')
  const now = nowOf(options)
  const expiresAt = new Date(now + teamAccountRules.sessionMs).toISOString()
  users.insertSession({
    tokenHash: hashSessionToken(token),
    userId,
    createdAt: new Date(now).toISOString(),
    expiresAt,
  })
  return { token, expiresAt }
}

/**
 * The account a session token belongs to, or undefined for an unknown, expired or revoked token
 * or a disabled account. An expired session is deleted when it is met.
 */
export function resolveTeamSession(
  users: TeamUserRepository,
  token: string,
  options: TeamAccountOptions = {},
): TeamUser | undefined {
  if (token.length === 0 || token.length > 100) {
    return undefined
  }
  const tokenHash = hashSessionToken(token)
  const session = users.findSession(tokenHash)
  if (!session) {
    return undefined
  }
  if (session.expiresAt <= new Date(nowOf(options)).toISOString()) {
    users.deleteSession(tokenHash)
    return undefined
  }
  const user = users.getUser(session.userId)
  return user && !user.disabled ? toTeamUser(user) : undefined
}

/** Ends a session (logging out); false when the token opened none. */
export function revokeTeamSession(users: TeamUserRepository, token: string): boolean {
  return users.deleteSession(hashSessionToken(token))
}
