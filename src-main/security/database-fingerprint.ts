import { createHash } from 'node:crypto'
import type { Workspace } from '../workspace/workspace'

/**
 * Every table of a workspace as "<rows> rows <sha256 of its rows>", plus the schema version, so a
 * test can show that a refused call stored nothing, and a diff names the table that changed.
 */
export function databaseFingerprint(workspace: Workspace): Record<string, string> {
  const tables = workspace.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  const fingerprint: Record<string, string> = {
    user_version: String(workspace.db.pragma('user_version', { simple: true })),
  }
  for (const table of tables) {
    const rows = workspace.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()
    const json = JSON.stringify(rows, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    )
    const digest = createHash('sha256').update(json).digest('hex')
    fingerprint[table] = `${rows.length} rows ${digest}`
  }
  return fingerprint
}
