import { copyFileSync, openSync, closeSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { schemaVersion } from '../db/open-database'
import { openSampleWorkspace } from '../durability/sample-workspace'
import { useTempFolder } from '../test-support/temp-folder'
import { verifyDatabaseFile } from './verify-database-file'

const tempFolder = useTempFolder()

function sampleFile(folder: string): string {
  const file = join(folder, 'good.sqlite')
  openSampleWorkspace(file).workspace.close()
  return file
}

describe('verifyDatabaseFile', () => {
  it('accepts a whole workspace', () => {
    expect(() => verifyDatabaseFile(sampleFile(tempFolder()))).not.toThrow()
  })

  it('refuses a damaged file, a plain database, a newer workspace and a missing file, naming the problem', () => {
    const folder = tempFolder()
    const damaged = join(folder, 'damaged.sqlite')
    copyFileSync(sampleFile(folder), damaged)
    const fd = openSync(damaged, 'r+')
    writeSync(fd, Buffer.from([0xff]), 0, 1, 4096)
    closeSync(fd)
    expect(() => verifyDatabaseFile(damaged)).toThrow(/备份文件无法使用.*damaged\.sqlite/)

    const plain = join(folder, 'plain.sqlite')
    const plainDb = new Database(plain)
    plainDb.exec('CREATE TABLE t (x)')
    plainDb.close()
    expect(() => verifyDatabaseFile(plain)).toThrow(/不是答卷工作区/)

    const newer = join(folder, 'newer.sqlite')
    const db = new Database(newer)
    db.pragma(`user_version = ${schemaVersion + 1}`)
    db.close()
    expect(() => verifyDatabaseFile(newer)).toThrow(/更新版本/)

    expect(() => verifyDatabaseFile(join(folder, 'missing.sqlite'))).toThrow(/备份文件无法使用/)
  })
})
