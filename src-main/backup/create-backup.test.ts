import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { allTableRows } from '../durability/all-table-rows'
import { openSampleWorkspace } from '../durability/sample-workspace'
import { saveSection } from '../sections/section-service'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from '../workspace/workspace'
import { partialBackupName } from './backup-location'
import { createBackup } from './create-backup'
import { listBackups } from './list-backups'

const tempFolder = useTempFolder()
const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('createBackup', () => {
  it('writes a verified, self-contained copy equal to the workspace, under the backup name only', async () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const { workspace, reportId } = openSampleWorkspace(file)
    const section = workspace.sections.listByReport(reportId)[3]
    saveSection(workspace, {
      sectionId: section.id,
      baseVersion: section.version,
      doc: paragraph('备份前的最后一句。'),
    })

    const backup = await createBackup(workspace.db, file, new Date(2025, 2, 7, 9, 5, 3))
    workspace.close()

    expect(backup).toMatchObject({ file: 'workspace-20250307-090503.sqlite' })
    expect(listBackups(file)).toEqual([backup])
    const folder = join(file, '..', 'backups')
    expect(readdirSync(folder)).toEqual(['workspace-20250307-090503.sqlite'])
    const copy = new Database(join(folder, backup.file), { readonly: true })
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    expect(allTableRows(join(folder, backup.file))).toEqual(allTableRows(file))
    // Reading the backup leaves no -wal/-shm beside it: it is one file.
    expect(readdirSync(folder)).toEqual(['workspace-20250307-090503.sqlite'])
  })

  it('takes a second backup in the same second under a new name', async () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const workspace = openWorkspace(file)
    const at = new Date(2025, 0, 2, 3, 4, 5)
    const first = await createBackup(workspace.db, file, at)
    const second = await createBackup(workspace.db, file, at)
    workspace.close()
    expect([first.file, second.file]).toEqual([
      'workspace-20250102-030405.sqlite',
      'workspace-20250102-030405-2.sqlite',
    ])
    expect(listBackups(file).map((backup) => backup.file)).toEqual([second.file, first.file])
  })

  it('fails with a clear message and leaves no partial file behind', async () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const workspace = openWorkspace(file)
    workspace.close()
    await expect(createBackup(workspace.db, file, new Date(2025, 0, 1))).rejects.toThrow(/备份失败/)
    expect(readdirSync(join(file, '..', 'backups'))).toEqual([])
  })

  it('never lists a half-written backup', () => {
    const folder = tempFolder()
    const file = join(folder, 'workspace.sqlite')
    const backups = join(folder, 'backups')
    mkdirSync(backups)
    writeFileSync(
      join(backups, partialBackupName('workspace-20250101-000000.sqlite')),
      'SQLite format 3\0half',
    )
    expect(listBackups(file)).toEqual([])
  })
})
