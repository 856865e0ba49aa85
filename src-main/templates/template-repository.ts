import type { Db } from '../db/open-database'
import type { TemplateEntry } from './template-outline'

interface TemplateRow {
  id: number
  name: string
  outline: string
  created_at: string
}

/** A report structure a person saved to start new reports from. */
export interface SavedTemplate {
  id: number
  name: string
  outline: TemplateEntry[]
  createdAt: string
}

function toTemplate(row: TemplateRow): SavedTemplate {
  return {
    id: row.id,
    name: row.name,
    outline: JSON.parse(row.outline) as TemplateEntry[],
    createdAt: row.created_at,
  }
}

/** Saved report templates; statements prepared once per database. */
export function createTemplateRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO report_templates (name, outline, created_at) VALUES (?, ?, ?)',
  )
  const all = db.prepare('SELECT * FROM report_templates ORDER BY created_at DESC, id DESC')
  const byId = db.prepare('SELECT * FROM report_templates WHERE id = ?')
  const byName = db.prepare('SELECT id FROM report_templates WHERE name = ?').pluck()
  const remove = db.prepare('DELETE FROM report_templates WHERE id = ?')
  return {
    insert(name: string, outline: TemplateEntry[]): number {
      const now = new Date().toISOString()
      return Number(insert.run(name, JSON.stringify(outline), now).lastInsertRowid)
    },
    list(): SavedTemplate[] {
      return (all.all() as TemplateRow[]).map(toTemplate)
    },
    get(id: number): SavedTemplate | undefined {
      const row = byId.get(id) as TemplateRow | undefined
      return row ? toTemplate(row) : undefined
    },
    nameTaken(name: string): boolean {
      return byName.get(name) !== undefined
    },
    delete(id: number): boolean {
      return remove.run(id).changes > 0
    },
  }
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>
