import type { Workspace } from '../workspace/workspace'

/** The tables (and columns) of a workspace whose text or blob values contain `needle` anywhere. */
export function databaseContains(workspace: Workspace, needle: string): string[] {
  const tables = workspace.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  const found = new Set<string>()
  for (const table of tables) {
    const rows = workspace.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = Buffer.isBuffer(value)
          ? value.toString('latin1') + value.toString('utf8')
          : String(value)
        if (text.includes(needle)) {
          found.add(`${table}.${column}`)
        }
      }
    }
  }
  return [...found]
}
