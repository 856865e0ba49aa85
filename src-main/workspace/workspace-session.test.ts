import { createHash } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelName } from '../contract/channels'
import { allTableRows } from '../durability/all-table-rows'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from './workspace'
import { listBackups } from '../backup/list-backups'
import type { WorkspaceSession } from './workspace-session'
import { openWorkspaceSession } from './workspace-session'

const tempFolder = useTempFolder()
const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

async function call(session: WorkspaceSession, channel: ChannelName, input: unknown = {}) {
  return dispatch(session.handlers, channel, input, { mode: 'browser' })
}

async function value<T = unknown>(
  session: WorkspaceSession,
  channel: ChannelName,
  input: unknown = {},
): Promise<T> {
  const result = await call(session, channel, input)
  if (!result.ok) {
    throw new Error(`${channel}: ${result.message}`)
  }
  return result.value as T
}

/** A workspace with the seeded sample and one edit, backed up at start, then closed. */
async function editedWorkspace(text: string): Promise<string> {
  const file = join(tempFolder(), 'workspace.sqlite')
  const session = openWorkspaceSession(file, createHandlers)
  await session.startupBackup
  const sectionId = session.workspace.sections.listByReport(1)[2].id
  await value(session, 'sections.save', { sectionId, baseVersion: 1, doc: paragraph(text) })
  await value(session, 'backups.create')
  await session.close()
  return file
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

function patch(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, bytes, 0, bytes.length, offset)
  closeSync(fd)
}

const corruptions: [string, (file: string) => void][] = [
  [
    'its header overwritten (not a database)',
    (file) => patch(file, 0, Buffer.from('not sqlite at all')),
  ],
  [
    'a b-tree page header damaged',
    (file) => patch(file, 4096, Buffer.from([0x00, 0xff, 0xff, 0xff])),
  ],
  [
    'truncated to half its size',
    (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
  ],
  ['truncated to 0 bytes while backups exist', (file) => truncateSync(file, 0)],
]

describe('opening a damaged workspace', () => {
  it.each(corruptions)(
    'moves a workspace with %s aside untouched, opens a new one and restores the latest backup',
    async (_name, damage) => {
      const file = await editedWorkspace('损坏前保存的文字')
      const latest = listBackups(file)[0]
      damage(file)
      const damagedHash = sha256(file)

      const session = openWorkspaceSession(file, createHandlers)
      await session.startupBackup
      const status = session.status
      expect(status.recovered).toMatchObject({
        movedTo: expect.stringMatching(/workspace\.sqlite\.corrupt-\d{8}-\d{6}$/),
      })
      expect(sha256(status.recovered!.movedTo)).toBe(damagedHash)
      expect(await value(session, 'workspace.status')).toEqual(status)
      expect(await value(session, 'reports.list')).toEqual([])
      expect(listBackups(file)[0]).toEqual(latest)

      const restored = await value<{ restoredFrom: string; movedTo: string }>(
        session,
        'backups.restore',
        { file: latest.file },
      )
      expect(restored.restoredFrom).toBe(latest.file)
      expect((await value(session, 'workspace.status')) as object).toMatchObject({
        recovered: null,
      })
      const reports = await value<{ title: string }[]>(session, 'reports.list')
      expect(reports.map((report) => report.title)).toEqual(['2025年 上党区高质量发展答卷'])
      const text = await value<{ sections: { text: string }[] }>(session, 'reports.text', { id: 1 })
      expect(text.sections.map((section) => section.text)).toContain('损坏前保存的文字')
      await session.close()
      expect(existsSync(status.recovered!.movedTo)).toBe(true)
    },
  )

  it('moves the -wal and -shm of a crashed, damaged workspace along with it', async () => {
    const file = await editedWorkspace('崩溃前')
    const crashed = join(tempFolder(), 'workspace.sqlite')
    const open = openWorkspace(file)
    open.settings.set('unsaved', '只在 -wal 里')
    for (const suffix of ['', '-wal', '-shm']) {
      copyFileSync(file + suffix, crashed + suffix)
    }
    open.close()
    const walHash = sha256(`${crashed}-wal`)
    patch(crashed, 0, Buffer.from('not sqlite at all'))

    const session = openWorkspaceSession(crashed, createHandlers, { backupOnStart: false })
    const movedTo = session.status.recovered!.movedTo
    await session.close()
    expect(sha256(`${movedTo}-wal`)).toBe(walHash)
    expect(existsSync(`${movedTo}-shm`)).toBe(true)
  })

  it('takes no automatic backup while recovered, so good backups cannot be rotated away', async () => {
    const file = await editedWorkspace('文字')
    const before = listBackups(file)
    patch(file, 0, Buffer.from('not sqlite at all'))
    const session = openWorkspaceSession(file, createHandlers)
    await session.startupBackup
    await value(session, 'reports.create', { year: 2026, title: '新报告', organization: '' })
    await session.close()
    expect(listBackups(file)).toEqual(before)
  })
})

describe('what SQLite cannot detect (kept as facts, not hidden)', () => {
  it('a changed byte inside stored text passes quick_check: the workspace opens with the altered text', async () => {
    const file = await editedWorkspace('MARKER-A')
    const bytes = readFileSync(file)
    const at = bytes.indexOf('MARKER-A')
    expect(at).toBeGreaterThan(0)
    patch(file, at + 7, Buffer.from('B'))

    const session = openWorkspaceSession(file, createHandlers, { backupOnStart: false })
    expect(session.status.recovered).toBeNull()
    const text = JSON.stringify(await value(session, 'reports.text', { id: 1 }))
    await session.close()
    expect(text).toContain('MARKER-B')
  })

  it('a deleted -wal loses the saves not yet checkpointed, and nothing can tell', async () => {
    const file = await editedWorkspace('已写入主文件')
    const crashed = join(tempFolder(), 'workspace.sqlite')
    const open = openWorkspace(file)
    open.settings.set('reviewer', '只在 -wal 里的保存')
    for (const suffix of ['', '-wal', '-shm']) {
      copyFileSync(file + suffix, crashed + suffix)
    }
    open.close()
    rmSync(`${crashed}-wal`)

    const session = openWorkspaceSession(crashed, createHandlers, { backupOnStart: false })
    expect(session.status.recovered).toBeNull()
    expect(await value(session, 'settings.get')).toMatchObject({ reviewer: '' })
    await session.close()
  })
})

describe('restoring a backup in the running app', () => {
  it('replaces the workspace by a copy equal to the backup, keeps the old file aside, and keeps serving', async () => {
    const file = await editedWorkspace('第一稿')
    const backup = listBackups(file)[0]
    const backupRows = allTableRows(join(file, '..', 'backups', backup.file))

    const session = openWorkspaceSession(file, createHandlers, { backupOnStart: false })
    const sectionId = session.workspace.sections.listByReport(1)[2].id
    const version = session.workspace.sections.get(sectionId)!.version
    await value(session, 'sections.save', {
      sectionId,
      baseVersion: version,
      doc: paragraph('备份之后的第二稿'),
    })
    await value(session, 'reports.create', { year: 2026, title: '备份之后新建', organization: '' })

    const [restored, duringRestore] = await Promise.all([
      value<{ movedTo: string }>(session, 'backups.restore', { file: backup.file }),
      call(session, 'reports.list'),
    ])
    expect(duringRestore).toMatchObject({ ok: false, code: 'restore_busy' })
    expect(restored.movedTo).toMatch(/workspace\.sqlite\.before-restore-\d{8}-\d{6}$/)
    expect(allTableRows(restored.movedTo)).toMatchObject({
      reports: [{}, { title: '备份之后新建' }],
    })

    const sections = await value<{ report: unknown; sections: { id: number; version: number }[] }>(
      session,
      'reports.open',
      { id: 1 },
    )
    const restoredVersion = sections.sections.find((section) => section.id === sectionId)!.version
    expect(restoredVersion).toBe(version)
    await session.close()
    expect(allTableRows(file)).toEqual(backupRows)

    const reopened = openWorkspaceSession(file, createHandlers, { backupOnStart: false })
    await value(reopened, 'sections.save', {
      sectionId,
      baseVersion: restoredVersion,
      doc: paragraph('恢复后继续写'),
    })
    await reopened.close()
  })

  it('refuses a name outside the backups folder, an unknown backup and a damaged one, changing nothing', async () => {
    const file = await editedWorkspace('原文')
    const session = openWorkspaceSession(file, createHandlers, { backupOnStart: false })
    const before = allTableRows(file)
    const damaged = listBackups(file)[0]
    patch(join(file, '..', 'backups', damaged.file), 4096, Buffer.from([0x00, 0xff, 0xff, 0xff]))

    expect(await call(session, 'backups.restore', { file: '../workspace.sqlite' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    })
    expect(
      await call(session, 'backups.restore', { file: 'workspace-20990101-000000.sqlite' }),
    ).toMatchObject({
      ok: false,
      code: 'backup_not_found',
    })
    expect(await call(session, 'backups.restore', { file: damaged.file })).toMatchObject({
      ok: false,
      code: 'backup_invalid',
      message: expect.stringContaining('备份文件无法使用'),
    })
    expect(await value(session, 'reports.list')).toHaveLength(1)
    await session.close()
    expect(allTableRows(file)).toEqual(before)
    expect(readdirSync(join(file, '..')).filter((name) => name.includes('before-restore'))).toEqual(
      [],
    )
  })
})
