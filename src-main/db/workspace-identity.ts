import type Database from 'better-sqlite3'

/** `PRAGMA application_id` of a Dajuan workspace: "DJUA" in ASCII. */
export const dajuanApplicationId = 0x444a5541

/** Tables every Dajuan workspace has had since its first schema version. */
const firstSchemaTables = [
  'reports',
  'sections',
  'section_revisions',
  'metric_series',
  'metric_values',
  'assets',
  'settings',
]

/**
 * What a SQLite file is: a Dajuan workspace (`marked`), one written before workspaces were marked
 * (`unmarked`: Dajuan's tables and schema version, no application id), an `empty` database with
 * nothing in it yet, or a `foreign` one, which another program's data or marker is in.
 */
export type WorkspaceIdentity = 'marked' | 'unmarked' | 'empty' | 'foreign'

export function workspaceIdentity(db: Database.Database): WorkspaceIdentity {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  if (applicationId === dajuanApplicationId) {
    return 'marked'
  }
  if (applicationId !== 0) {
    return 'foreign'
  }
  const tables = new Set(
    (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((row) => row.name),
  )
  const version = db.pragma('user_version', { simple: true }) as number
  if (tables.size === 0 && version === 0) {
    return 'empty'
  }
  if (version >= 1 && firstSchemaTables.every((table) => tables.has(table))) {
    return 'unmarked'
  }
  return 'foreign'
}
