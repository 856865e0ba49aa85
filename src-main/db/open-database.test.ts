import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { migrations, openDatabase, schemaVersion } from './open-database'
import { dajuanApplicationId } from './workspace-identity'

const tempFolder = useTempFolder()

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((row) => row.name)
}

describe('openDatabase', () => {
  it('creates a fresh workspace at the current schema version with durable pragmas', () => {
    const db = openDatabase(join(tempFolder(), 'w.sqlite'))
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion)
    expect(schemaVersion).toBe(migrations.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(tableNames(db)).toEqual([
      'assets',
      'check_dismissals',
      'comments',
      'live_document_updates',
      'live_documents',
      'metric_series',
      'metric_values',
      'report_templates',
      'reports',
      'review_events',
      'review_signatures',
      'roll_forward_suggestions',
      'section_assignments',
      'section_revisions',
      'sections',
      'settings',
      'team_sessions',
      'team_users',
    ])
    db.close()
  })

  it('upgrades a version-1 workspace and keeps its rows', () => {
    const file = join(tempFolder(), 'old.sqlite')
    const old = new Database(file)
    old.exec(migrations[0])
    old.pragma('user_version = 1')
    old
      .prepare(
        "INSERT INTO reports (family_id, year, title, created_at, updated_at) VALUES ('f', 2024, '旧报告', 'x', 'x')",
      )
      .run()
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion)
    expect(db.prepare('SELECT title FROM reports').all()).toEqual([{ title: '旧报告' }])
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'reports_year'")
      .all()
    expect(indexes).toHaveLength(1)
    db.close()
  })

  it('refuses a workspace written by a newer app and leaves the file byte for byte untouched', () => {
    const file = join(tempFolder(), 'new.sqlite')
    const future = new Database(file)
    future.exec('CREATE TABLE future (x)')
    future.pragma(`application_id = ${dajuanApplicationId}`)
    future.pragma(`user_version = ${schemaVersion + 5}`)
    future.close()
    const before = createHash('sha256').update(readFileSync(file)).digest('hex')

    expect(() => openDatabase(file)).toThrow(/更新版本/)
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before)
  })

  it('rolls a failing migration back as a whole', () => {
    const file = join(tempFolder(), 'broken.sqlite')
    const db = new Database(file)
    db.exec(migrations[0])
    db.exec('CREATE INDEX reports_year ON reports(id)')
    db.pragma('user_version = 1')
    db.close()

    expect(() => openDatabase(file)).toThrow()
    const check = new Database(file)
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    expect(
      check
        .prepare("SELECT name FROM sqlite_master WHERE name = 'section_revisions_created'")
        .all(),
    ).toEqual([])
    check.close()
  })

  it('marks a new workspace as Dajuan’s, and marks one written before the marker when it opens', () => {
    const fresh = openDatabase(join(tempFolder(), 'w.sqlite'))
    expect(fresh.pragma('application_id', { simple: true })).toBe(dajuanApplicationId)
    fresh.close()

    const file = join(tempFolder(), 'unmarked.sqlite')
    const old = new Database(file)
    migrations.forEach((migration, index) => {
      old.exec(migration)
      old.pragma(`user_version = ${index + 1}`)
    })
    old.close()
    const db = openDatabase(file)
    expect(db.pragma('application_id', { simple: true })).toBe(dajuanApplicationId)
    db.close()
  })

  it.each([
    ['a table of its own', (db: Database.Database) => db.exec('CREATE TABLE customers (name)')],
    [
      'another program’s application id',
      (db: Database.Database) => db.pragma('application_id = 42'),
    ],
    [
      'a schema version but not Dajuan’s tables',
      (db: Database.Database) => db.pragma('user_version = 3'),
    ],
  ])('refuses a database with %s, byte for byte untouched', (_case, make) => {
    const file = join(tempFolder(), 'foreign.sqlite')
    const foreign = new Database(file)
    make(foreign)
    foreign.close()
    const before = readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/不是答卷的工作区/)
    expect(readFileSync(file)).toEqual(before)
  })

  it('numbers the roll forwards of an existing workspace when it is upgraded', () => {
    const file = join(tempFolder(), 'v4.sqlite')
    const old = new Database(file)
    migrations.slice(0, 4).forEach((migration) => old.exec(migration))
    old.pragma('user_version = 4')
    const insert = old.prepare(
      "INSERT INTO reports (family_id, year, title, predecessor_id, created_at, updated_at) VALUES ('f', ?, ?, ?, 'x', 'x')",
    )
    insert.run(2025, '源', null)
    insert.run(2026, '第一份', 1)
    insert.run(2026, '确认后的第二份', 1)
    old.close()

    const db = openDatabase(file)
    expect(db.prepare('SELECT title, roll_forward_number FROM reports ORDER BY id').all()).toEqual([
      { title: '源', roll_forward_number: null },
      { title: '第一份', roll_forward_number: 1 },
      { title: '确认后的第二份', roll_forward_number: 2 },
    ])
    db.close()
  })
})
