import { accessSync, constants, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { AppError } from '../shared/errors/app-error'
import type { WorkspaceIdentity } from './workspace-identity'
import { dajuanApplicationId, workspaceIdentity } from './workspace-identity'

// SQLite reads this once, when better-sqlite3 loads its addon at the first connection: URI file
// names let a workspace in a read-only place be opened `immutable` (see openReadOnly).
process.env.SQLITE_USE_URI = '1'

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
 * Opens (or creates) a workspace database, sets durable pragmas, brings the schema up to date and
 * marks it as a Dajuan workspace (`PRAGMA application_id`). Refused untouched: a database written
 * by a newer app (`database_too_new`), a damaged one (`database_corrupt`) and one that is not a
 * Dajuan workspace (`workspace_foreign`). Where the file or its folder cannot be written (a
 * read-only folder or file system) it is opened read-only, so it can still be read and exported;
 * every write then fails with SQLITE_READONLY.
 */
export function openDatabase(file: string): Db {
  if (file === ':memory:') {
    return prepareDatabase(new Database(file), 'empty', true)
  }
  const path = resolve(file)
  const writable = canWriteDatabase(path)
  const exists = existsSync(path)
  if (!exists && !writable) {
    throw new AppError('workspace_folder_read_only', { folder: dirname(path) })
  }
  const identity = exists ? checkExistingFile(path, writable) : 'empty'
  const db = writable ? new Database(path, { fileMustExist: false }) : openReadOnly(path)
  return prepareDatabase(db, identity, writable)
}

function prepareDatabase(db: Db, identity: WorkspaceIdentity, writable: boolean): Db {
  try {
    db.pragma('busy_timeout = 5000')
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > schemaVersion) {
      throw new AppError('database_too_new', { version, supported: schemaVersion })
    }
    if (!writable) {
      if (version < schemaVersion) {
        throw new AppError('workspace_read_only_outdated', { version, supported: schemaVersion })
      }
      db.pragma('foreign_keys = ON')
      return db
    }
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, version)
    if (identity !== 'marked') {
      db.pragma(`application_id = ${dajuanApplicationId}`)
    }
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Whether this process may write the file (when it exists) and create its journals beside it. */
function canWriteDatabase(path: string): boolean {
  const canWrite = (target: string) => {
    try {
      accessSync(target, constants.W_OK)
      return true
    } catch {
      return false
    }
  }
  return canWrite(dirname(path)) && (!existsSync(path) || canWrite(path))
}

/**
 * A read-only connection to a file in a place this process cannot write. SQLite reads a WAL
 * database only beside its -shm or where it can create one; where it can create neither,
 * `immutable` tells it that nobody writes the file, so it needs no locks and no -shm.
 */
function openReadOnly(path: string): Db {
  const journalsPresent = existsSync(`${path}-wal`) && existsSync(`${path}-shm`)
  if (journalsPresent) {
    return new Database(path, { readonly: true, fileMustExist: true })
  }
  return new Database(`${pathToFileURL(path).href}?immutable=1`, {
    readonly: true,
    fileMustExist: true,
  })
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
 * Returns what the file is; a database of another program is refused (`workspace_foreign`).
 */
function checkExistingFile(path: string, writable: boolean): WorkspaceIdentity {
  let probe: Db | undefined
  try {
    probe = writable
      ? new Database(path, { readonly: true, fileMustExist: true })
      : openReadOnly(path)
    probe.pragma('busy_timeout = 5000')
    const identity = workspaceIdentity(probe)
    if (identity === 'foreign') {
      throw new AppError('workspace_foreign', { file: path })
    }
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
    return identity
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
