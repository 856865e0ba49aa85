import { execFileSync } from 'node:child_process'
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { useTempFolder } from '../test-support/temp-folder'
import { checkExportTarget } from './check-export-target'

const tempFolder = useTempFolder()

function refusal(target: string, workspaceFile: string): string | undefined {
  try {
    checkExportTarget(target, workspaceFile)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toContain(target)
    return (error as AppError).code
  }
}

describe('checkExportTarget', () => {
  it('refuses the workspace and its journals by name, through a link, and as a hard link', () => {
    const folder = tempFolder()
    const workspace = join(folder, 'workspace.sqlite')
    writeFileSync(workspace, 'db')
    writeFileSync(`${workspace}-wal`, 'wal')
    symlinkSync(workspace, join(folder, 'link.html'))
    linkSync(workspace, join(folder, 'hard.html'))
    mkdirSync(join(folder, 'sub'))
    expect(
      [
        workspace,
        `${workspace}-wal`,
        `${workspace}-shm`,
        `${workspace}-journal`,
        join(folder, 'sub', '..', 'workspace.sqlite'),
        join(folder, 'link.html'),
        join(folder, 'hard.html'),
      ].map((target) => refusal(target, workspace)),
    ).toEqual(Array(7).fill('export_target_workspace'))
  })

  it('refuses anything in the backups folder, also through a linked folder', () => {
    const folder = tempFolder()
    const workspace = join(folder, 'workspace.sqlite')
    mkdirSync(join(folder, 'backups'))
    symlinkSync(join(folder, 'backups'), join(folder, 'elsewhere'))
    expect(refusal(join(folder, 'backups', 'report.docx'), workspace)).toBe('export_target_backups')
    expect(refusal(join(folder, 'elsewhere', 'report.docx'), workspace)).toBe(
      'export_target_backups',
    )
  })

  it('refuses a folder, a FIFO and a device, and accepts a regular file or a new name', () => {
    const folder = tempFolder()
    const workspace = join(folder, 'workspace.sqlite')
    const fifo = join(folder, 'pipe.html')
    execFileSync('mkfifo', [fifo])
    mkdirSync(join(folder, 'folder.html'))
    writeFileSync(join(folder, 'old.html'), 'old')
    expect(refusal(fifo, workspace)).toBe('export_target_not_file')
    expect(refusal(join(folder, 'folder.html'), workspace)).toBe('export_target_not_file')
    expect(refusal('/dev/null', workspace)).toBe('export_target_not_file')
    expect(refusal(join(folder, 'old.html'), workspace)).toBeUndefined()
    expect(refusal(join(folder, 'new.html'), workspace)).toBeUndefined()
    expect(refusal(join(folder, 'new.html'), ':memory:')).toBeUndefined()
  })
})
