import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/cli'
import { allTableRows } from '../durability/all-table-rows'
import { openSampleWorkspace } from '../durability/sample-workspace'
import { createReport } from '../reports/report-service'
import { useTempFolder } from '../test-support/temp-folder'
import { createBackup } from './create-backup'
import { listBackups } from './list-backups'

const tempFolder = useTempFolder()

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** A sample workspace with one backup, then changed after it; returns the file and the backup's name. */
async function changedAfterBackup(): Promise<{ file: string; backup: string }> {
  const file = join(tempFolder(), 'workspace.sqlite')
  const { workspace } = openSampleWorkspace(file)
  const { file: backup } = await createBackup(workspace.db, file)
  createReport(workspace, { year: 2026, title: '备份之后', organization: '' })
  workspace.close()
  return { file, backup }
}

describe('cli backups and restore', () => {
  it('lists the backups and restores one: the workspace then equals the backup, the old file is kept aside', async () => {
    const { file, backup } = await changedAfterBackup()
    const listed = await cli('backups', '--db', file, '--json')
    expect(JSON.parse(listed.stdout)).toEqual(listBackups(file))

    const backupRows = allTableRows(join(file, '..', 'backups', backup))
    const result = await cli('restore', backup, '--db', file, '--json')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const restored = JSON.parse(result.stdout) as { restoredFrom: string; movedTo: string }
    expect(restored.restoredFrom).toBe(backup)
    expect(allTableRows(file)).toEqual(backupRows)
    expect(allTableRows(restored.movedTo).reports).toHaveLength(2)
    expect(JSON.parse((await cli('list', '--db', file, '--json')).stdout)).toHaveLength(1)
  })

  it('restores from a path anywhere, into a folder with no workspace yet', async () => {
    const { file, backup } = await changedAfterBackup()
    const target = join(tempFolder(), 'new.sqlite')
    const result = await cli(
      'restore',
      join(file, '..', 'backups', backup),
      '--db',
      target,
      '--json',
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ restoredFrom: backup, movedTo: null })
    expect(allTableRows(target)).toEqual(allTableRows(join(file, '..', 'backups', backup)))
  })

  it('refuses while the app has the workspace open, and an unknown backup, changing nothing', async () => {
    const { file, backup } = await changedAfterBackup()
    const before = allTableRows(file)
    const app = new Database(file)
    app.prepare('SELECT 1').get()
    const busy = await cli('restore', backup, '--db', file)
    app.close()
    expect(busy.code).toBe(1)
    expect(busy.stderr).toMatch(/正被答卷或其他程序使用.*请先关闭答卷/)

    const unknown = await cli('restore', 'workspace-20990101-000000.sqlite', '--db', file)
    expect(unknown).toMatchObject({ code: 1, stdout: '' })
    expect(unknown.stderr).toMatch(/找不到备份/)
    expect((await cli('restore', '--db', file)).code).toBe(2)

    expect(allTableRows(file)).toEqual(before)
    expect(readdirSync(join(file, '..')).some((name) => name.includes('before-restore'))).toBe(
      false,
    )
    expect(existsSync(file)).toBe(true)
  })

  it('tells plainly that a damaged workspace needs restoring', async () => {
    const { file } = await changedAfterBackup()
    writeFileSync(file, 'this is no longer a database')
    const result = await cli('list', '--db', file)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/工作区文件已损坏.*restore/)
  })
})
