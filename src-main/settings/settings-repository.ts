import type { Db } from '../db/open-database'

/** Key/value workspace settings (UI language, first-launch seeding). */
export function createSettingsRepository(db: Db) {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?')
  const write = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )
  return {
    get(key: string): string | undefined {
      return (read.get(key) as { value: string } | undefined)?.value
    },
    set(key: string, value: string): void {
      write.run(key, value)
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
