import { describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupsFolderFor,
  isPartialBackupName,
  parseBackupFileName,
  partialBackupName,
} from './backup-location'

const workspace = '/data/Dajuan/workspace.sqlite'

describe('backup names', () => {
  it('puts backups in backups/ beside the workspace, named by local time', () => {
    expect(backupsFolderFor(workspace)).toBe('/data/Dajuan/backups')
    expect(backupFileName(workspace, new Date(2025, 2, 7, 9, 5, 3))).toBe(
      'workspace-20250307-090503.sqlite',
    )
    expect(backupFileName(workspace, new Date(2025, 2, 7, 9, 5, 3), 2)).toBe(
      'workspace-20250307-090503-2.sqlite',
    )
  })

  it('reads the time back from a name and ignores every other file', () => {
    expect(parseBackupFileName(workspace, 'workspace-20251231-235959.sqlite')).toEqual({
      createdAt: new Date(2025, 11, 31, 23, 59, 59),
      sequence: 1,
    })
    expect(parseBackupFileName(workspace, 'workspace-20251231-235959-3.sqlite')?.sequence).toBe(3)
    for (const other of [
      'workspace-20251331-000000.sqlite',
      'workspace-20250101-000000.sqlite-wal',
      'other-20250101-000000.sqlite',
      partialBackupName('workspace-20250101-000000.sqlite'),
      'workspace.sqlite',
    ]) {
      expect(parseBackupFileName(workspace, other)).toBeUndefined()
    }
  })

  it('names a partial backup so that it can never pass for a backup', () => {
    const partial = partialBackupName('workspace-20250101-000000.sqlite')
    expect(partial).toBe('.workspace-20250101-000000.sqlite.partial')
    expect(isPartialBackupName(partial)).toBe(true)
    expect(isPartialBackupName(`${partial}-journal`)).toBe(true)
    expect(isPartialBackupName('workspace-20250101-000000.sqlite')).toBe(false)
  })
})
