import type { Db } from '../db/open-database'

const rolledBack = Symbol('rolled back')

/**
 * Whether writes will reach the file. SQLite silently opens a file it may not write read-only;
 * this tries a write inside a transaction that is always rolled back, so nothing is stored.
 */
export function isDatabaseWritable(db: Db): boolean {
  try {
    db.transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number
      db.pragma(`user_version = ${version}`)
      throw rolledBack
    })()
  } catch (error) {
    if (error === rolledBack) {
      return true
    }
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
      return false
    }
    throw error
  }
  return true
}
