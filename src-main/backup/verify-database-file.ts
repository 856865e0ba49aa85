import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { schemaVersion } from '../db/open-database'
import { workspaceIdentity } from '../db/workspace-identity'
import { AppError } from '../shared/errors/app-error'

function findProblem(file: string): string | undefined {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const rows = db.pragma('quick_check') as { quick_check: string }[]
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
      return rows
        .map((row) => row.quick_check)
        .join('；')
        .slice(0, 300)
    }
    const version = db.pragma('user_version', { simple: true }) as number
    if (version < 1) {
      return '不是答卷工作区'
    }
    if (version > schemaVersion) {
      return `由更新版本的答卷创建（数据版本 ${version}）`
    }
    return workspaceIdentity(db) === 'foreign' ? '不是答卷工作区' : undefined
  } catch (error) {
    return (error as Error).message
  } finally {
    db?.close()
  }
}

/**
 * Checks that a file is a whole workspace this app can open: SQLite's quick_check passes and its
 * schema version is one this build knows. Fails with `backup_invalid` otherwise.
 */
export function verifyDatabaseFile(file: string): void {
  const problem = findProblem(file)
  if (problem !== undefined) {
    throw new AppError('backup_invalid', { name: basename(file), problem })
  }
}
