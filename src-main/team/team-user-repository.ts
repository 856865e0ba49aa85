import type { Db } from '../db/open-database'
import type { TeamRole } from '../shared/team/team-roles'

interface TeamUserRow {
  id: number
  name: string
  role: TeamRole
  password_hash: string
  created_at: string
  disabled: 0 | 1
}

/** A team account as stored, its password hash included (never sent anywhere). */
export interface TeamUserRecord {
  id: number
  name: string
  role: TeamRole
  passwordHash: string
  createdAt: string
  disabled: boolean
}

/** A session as stored: the SHA-256 of its token, never the token itself. */
export interface TeamSessionRecord {
  tokenHash: string
  userId: number
  createdAt: string
  expiresAt: string
}

function toUser(row: TeamUserRow): TeamUserRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  }
}

/** Team accounts and their sessions; statements prepared once per database. */
export function createTeamUserRepository(db: Db) {
  const insertUser = db.prepare(
    'INSERT INTO team_users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)',
  )
  const allUsers = db.prepare('SELECT * FROM team_users ORDER BY id')
  const userById = db.prepare('SELECT * FROM team_users WHERE id = ?')
  const userByName = db.prepare('SELECT * FROM team_users WHERE name = ?')
  const updateDisabled = db.prepare('UPDATE team_users SET disabled = ? WHERE id = ?')
  const insertSession = db.prepare(
    'INSERT INTO team_sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  )
  const sessionByHash = db.prepare(
    'SELECT token_hash AS tokenHash, user_id AS userId, created_at AS createdAt, ' +
      'expires_at AS expiresAt FROM team_sessions WHERE token_hash = ?',
  )
  const deleteSession = db.prepare('DELETE FROM team_sessions WHERE token_hash = ?')
  const deleteUserSessions = db.prepare('DELETE FROM team_sessions WHERE user_id = ?')
  const deleteExpired = db.prepare('DELETE FROM team_sessions WHERE expires_at <= ?')
  return {
    insertUser(user: { name: string; role: TeamRole; passwordHash: string; createdAt: string }) {
      const { name, role, passwordHash, createdAt } = user
      return Number(insertUser.run(name, role, passwordHash, createdAt).lastInsertRowid)
    },
    listUsers(): TeamUserRecord[] {
      return (allUsers.all() as TeamUserRow[]).map(toUser)
    },
    getUser(id: number): TeamUserRecord | undefined {
      const row = userById.get(id) as TeamUserRow | undefined
      return row ? toUser(row) : undefined
    },
    /** By name, ignoring the case of Latin letters as the UNIQUE constraint does. */
    findUserByName(name: string): TeamUserRecord | undefined {
      const row = userByName.get(name) as TeamUserRow | undefined
      return row ? toUser(row) : undefined
    },
    /** Disables or enables an account; disabling ends its sessions in the same transaction. */
    setDisabled(id: number, disabled: boolean): boolean {
      return db.transaction(() => {
        if (disabled) {
          deleteUserSessions.run(id)
        }
        return updateDisabled.run(disabled ? 1 : 0, id).changes > 0
      })()
    },
    insertSession(session: TeamSessionRecord): void {
      insertSession.run(session.tokenHash, session.userId, session.createdAt, session.expiresAt)
    },
    findSession(tokenHash: string): TeamSessionRecord | undefined {
      return sessionByHash.get(tokenHash) as TeamSessionRecord | undefined
    },
    deleteSession(tokenHash: string): boolean {
      return deleteSession.run(tokenHash).changes > 0
    },
    deleteUserSessions(userId: number): number {
      return deleteUserSessions.run(userId).changes
    },
    /** Removes sessions that expired at or before `now` (an ISO time); returns how many. */
    deleteExpiredSessions(now: string): number {
      return deleteExpired.run(now).changes
    },
  }
}

export type TeamUserRepository = ReturnType<typeof createTeamUserRepository>
