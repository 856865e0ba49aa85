import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { createBackupScheduler } from './backup-scheduler'
import { listBackups } from './list-backups'

const tempFolder = useTempFolder()
const minute = 60_000
let workspace: Workspace | undefined
afterEach(() => workspace?.close())

function setUp() {
  const file = join(tempFolder(), 'workspace.sqlite')
  workspace = openWorkspace(file)
  let time = new Date(2025, 4, 1, 9, 0, 0).getTime()
  const clock = { advance: (ms: number) => (time += ms) }
  const scheduler = createBackupScheduler({
    db: workspace.db,
    workspaceFile: file,
    delayMs: 5 * minute,
    now: () => new Date(time),
  })
  return { file, workspace, clock, scheduler }
}

describe('automatic backups', () => {
  it('back up 5 minutes after the first change since the last backup, and not without changes', async () => {
    const { file, workspace, clock, scheduler } = setUp()
    clock.advance(30 * minute)
    await scheduler.check()
    expect(listBackups(file)).toEqual([])

    workspace.settings.set('reviewer', '张编辑')
    await scheduler.check()
    clock.advance(4 * minute)
    workspace.settings.set('reviewer', '李编辑')
    await scheduler.check()
    clock.advance(59_000)
    await scheduler.check()
    expect(listBackups(file)).toEqual([])

    clock.advance(1000)
    await scheduler.check()
    expect(listBackups(file)).toHaveLength(1)

    clock.advance(20 * minute)
    await scheduler.check()
    expect(listBackups(file)).toHaveLength(1)
  })

  it('counts a write made by another connection (another window, the CLI) as a change', async () => {
    const { file, clock, scheduler } = setUp()
    const other = new Database(file)
    other.prepare("INSERT INTO settings (key, value) VALUES ('from', 'cli')").run()
    other.close()
    await scheduler.check()
    clock.advance(5 * minute)
    await scheduler.check()
    expect(listBackups(file)).toHaveLength(1)
  })

  it('runs one backup at a time; a backup asked for meanwhile follows it', async () => {
    const { file, clock, scheduler } = setUp()
    const first = scheduler.backupNow()
    clock.advance(1000)
    const second = scheduler.backupNow()
    const [a, b] = await Promise.all([first, second])
    expect(a.file).not.toBe(b.file)
    expect(listBackups(file).map((backup) => backup.file)).toEqual([b.file, a.file])
    await scheduler.stop()
  })
})
