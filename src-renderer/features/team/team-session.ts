import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'

/** What the page found out about the server it came from. */
export type TeamSessionProbe =
  | { kind: 'team'; user: TeamMember }
  | { kind: 'login' }
  /** Electron, browser mode or a server without team accounts: the app as it always was. */
  | { kind: 'local' }

/** A refused sign-in, with the server's own (Chinese) message. */
export interface TeamLoginFailure {
  code: string
  message: string
}

/** Why the page's session ended: the person signed out, or the server no longer knows it. */
export type SessionEnd = 'signed-out' | 'expired'

const sessionLostListeners = new Set<(end: SessionEnd) => void>()

async function userOf(response: Response): Promise<TeamMember> {
  const body = (await response.json()) as { user: TeamMember }
  return body.user
}

async function failureOf(response: Response): Promise<TeamLoginFailure> {
  try {
    const body = (await response.json()) as Partial<TeamLoginFailure>
    return { code: body.code ?? `http_${response.status}`, message: body.message ?? '' }
  } catch {
    return { code: `http_${response.status}`, message: '' }
  }
}

/**
 * Asks the page's server who is signed in (`GET /auth/me`): the team server answers 200 with the
 * account or 401 (sign in first); the one-person browser-mode server has no such address (404).
 */
export async function probeTeamSession(): Promise<TeamSessionProbe> {
  try {
    const response = await fetch('/auth/me', { headers: { Accept: 'application/json' } })
    if (response.status === 200) {
      return { kind: 'team', user: await userOf(response) }
    }
    return response.status === 401 ? { kind: 'login' } : { kind: 'local' }
  } catch {
    return { kind: 'local' }
  }
}

/** Signs in on the team server; the session cookie comes with the answer. */
export async function signIn(
  name: string,
  password: string,
): Promise<{ ok: true; user: TeamMember } | ({ ok: false } & TeamLoginFailure)> {
  try {
    const response = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    })
    if (response.status === 200) {
      return { ok: true, user: await userOf(response) }
    }
    return { ok: false, ...(await failureOf(response)) }
  } catch (error) {
    return { ok: false, code: 'network', message: (error as Error).message }
  }
}

/**
 * Ends the session on the server (its cookie is cleared) and tells the page, which shows the
 * sign-in page even when the server could not be reached.
 */
export async function signOut(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST' })
  } catch {
    // The page leaves the account all the same; the server forgets the session when it expires.
  }
  sessionLostListeners.forEach((listener) => listener('signed-out'))
}

/**
 * Checks that the session still holds (a live document's connection keeps failing: the server
 * may be down, or the session over); tells the page when the server says it is over.
 */
export async function verifyTeamSession(): Promise<void> {
  const probe = await probeTeamSession()
  if (probe.kind === 'login') {
    sessionLostListeners.forEach((listener) => listener('expired'))
  }
}

/** Calls `listener` when the session ends; the returned function stops that. */
export function onTeamSessionLost(listener: (end: SessionEnd) => void): () => void {
  sessionLostListeners.add(listener)
  return () => {
    sessionLostListeners.delete(listener)
  }
}
