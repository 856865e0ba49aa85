import { existsSync } from 'node:fs'
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
 * A database written by a newer app is refused untouched; so is a damaged one, with `database_corrupt`.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (file !== ':memory:' && existsSync(file)) {
    checkExistingFile(file)
  }
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

/** SQLite's codes for a file that is damaged or not a database at all. */
function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
}

function describeCorruption(error: Error & { code: string }): string {
  const what = error.code === 'SQLITE_NOTADB' ? '不是有效的数据库文件' : '数据库结构已损坏'
  return `${what}：${error.message}`
}

/**
 * Checks an existing file on a read-only connection before opening it for writing: closing a
 * writable connection would checkpoint and delete the -wal even of a damaged file, and a read-only
 * one never does, so a refused file stays exactly as found. quick_check sees broken structure
 * (pages, cells, a truncated file), not altered bytes inside stored text: SQLite keeps no checksums.
 */
function checkExistingFile(file: string): void {
  let probe: Db | undefined
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true })
    probe.pragma('busy_timeout = 5000')
    const version = probe.pragma('user_version', { simple: true }) as number
    if (version > schemaVersion) {
      throw new AppError('database_too_new', { version, supported: schemaVersion })
    }
    const problems = (probe.pragma('quick_check') as { quick_check: string }[]).map(
      (row) => row.quick_check,
    )
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new AppError('database_corrupt', {
        problem: `完整性检查发现问题：${problems.slice(0, 3).join('；').slice(0, 300)}`,
      })
    }
  } catch (error) {
    if (isCorruptionError(error)) {
      throw new AppError('database_corrupt', {
        problem: describeCorruption(error as Error & { code: string }),
      })
    }
    throw error
  } finally {
    probe?.close()
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
