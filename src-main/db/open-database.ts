import Database from 'better-sqlite3'
import { AppError } from '../errors/app-error'

export type Db = Database.Database

const migrationFiles = import.meta.glob('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** Migrations in order; the array index + 1 is the schema version they bring the database to. */
export const migrations: string[] = Object.keys(migrationFiles)
  .sort()
  .map((name) => migrationFiles[name])

/** The schema version this build of the app writes. */
export const schemaVersion = migrations.length

/**
 * Opens (or creates) a workspace database, sets durable pragmas and brings the schema up to date.
 * A database written by a newer app is refused untouched.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: false })
  try {
    db.pragma('busy_timeout = 5000')
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > schemaVersion) {
      throw new AppError('database_too_new', { version, supported: schemaVersion })
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
    }
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, version)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function migrate(db: Db, fromVersion: number): void {
  for (let version = fromVersion + 1; version <= schemaVersion; version++) {
    db.transaction(() => {
      db.exec(migrations[version - 1])
      db.pragma(`user_version = ${version}`)
    })()
  }
}
