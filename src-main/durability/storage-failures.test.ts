import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Result } from '../contract/channels'
import type { DocumentNode } from '../shared/document/document-json'
import { createBackup } from '../backup/create-backup'
import { openWorkspaceSession } from '../workspace/workspace-session'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { AutosaveController } from '../../src-renderer/features/editor/autosave-controller'
import type { SaveState } from '../../src-renderer/features/editor/autosave-controller'
import { openSampleWorkspace } from './sample-workspace'

const tempFolder = useTempFolder()
const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    cleanup()
  }
})

const paragraph = (text: string): DocumentNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
/** A body of about 300 KB: it needs new database pages wherever it is stored. */
const largeBody = (mark: string) => paragraph(`${mark}${'数据不丢失。'.repeat(17_000)}`)

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0
}

/** Whether this machine lets the test mount a tmpfs (root with CAP_SYS_ADMIN), and why not. */
function tmpfsUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return 'mounting a tmpfs needs root on Linux'
  }
  const point = mkdtempSync(join(tmpdir(), 'dajuan-mount-probe-'))
  const mounted = run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', point])
  if (mounted) {
    run('umount', [point])
  }
  rmSync(point, { recursive: true, force: true })
  return mounted ? undefined : '`mount -t tmpfs` is not permitted here'
}

/** Whether `chattr +i` works here (ext4/xfs and CAP_LINUX_IMMUTABLE), and why not. */
function immutableUnavailable(): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'dajuan-chattr-probe-'))
  const file = join(folder, 'probe')
  closeSync(openSync(file, 'w'))
  const works = run('chattr', ['+i', file])
  run('chattr', ['-i', file])
  rmSync(folder, { recursive: true, force: true })
  return works ? undefined : '`chattr +i` is not available (needs CAP_LINUX_IMMUTABLE on ext4/xfs)'
}

const noTmpfs = tmpfsUnavailable()
const noImmutable = immutableUnavailable()
for (const reason of [
  noTmpfs && `disk-full test on a tmpfs skipped: ${noTmpfs}`,
  noImmutable && `read-only tests skipped: ${noImmutable}`,
]) {
  if (reason) {
    console.log(reason)
  }
}

function handlersFor(workspace: Workspace) {
  const handlers = createHandlers(workspace)
  return (channel: 'sections.save', input: unknown) =>
    dispatch(handlers, channel, input, { mode: 'browser' })
}

function firstSection(workspace: Workspace, reportId: number) {
  return workspace.sections.listByReport(reportId)[2]
}

function revisionCount(workspace: Workspace, sectionId: number): number {
  return workspace.sections.listRevisions(sectionId).length
}

/** The renderer's real autosave controller, saving through the real handlers. */
function autosaveThrough(workspace: Workspace, sectionId: number, baseVersion: number) {
  const call = handlersFor(workspace)
  const states: { state: SaveState; message?: string }[] = []
  const controller = new AutosaveController({
    baseVersion,
    delayMs: 10,
    retryMs: 40,
    save: async (doc, base) =>
      (await call('sections.save', { sectionId, baseVersion: base, doc })) as Result<{
        version: number
      }>,
    saveOnExit: () => undefined,
    onState: (state, detail) => states.push({ state, message: detail?.message }),
  })
  cleanups.push(() => controller.dispose())
  return { controller, states }
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 5000
  while (!condition()) {
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('a full disk', () => {
  it('(SQLite max_page_count) fails the save with a clear message, stores nothing, and the editor saves its text once there is room', async () => {
    const { workspace, reportId } = openSampleWorkspace(join(tempFolder(), 'workspace.sqlite'))
    cleanups.push(() => workspace.close())
    const section = firstSection(workspace, reportId)
    const revisions = revisionCount(workspace, section.id)
    workspace.db.pragma(
      `max_page_count = ${workspace.db.pragma('page_count', { simple: true }) as number}`,
    )

    const failed = await handlersFor(workspace)('sections.save', {
      sectionId: section.id,
      baseVersion: section.version,
      doc: largeBody('甲'),
    })
    expect(failed).toEqual({
      ok: false,
      code: 'save_failed',
      message: '保存失败：磁盘已满。您的内容仍保留在编辑器中，可稍后重试。',
      params: { reason: '磁盘已满' },
    })
    expect(workspace.sections.get(section.id)).toEqual(section)
    expect(revisionCount(workspace, section.id)).toBe(revisions)
    expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok')

    const { controller, states } = autosaveThrough(workspace, section.id, section.version)
    controller.change(largeBody('乙'))
    await controller.flush()
    expect(controller.currentState).toBe('failed')
    expect(states.at(-1)?.message).toMatch(/磁盘已满/)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(controller.currentState).toBe('failed')

    workspace.db.pragma('max_page_count = 1073741823')
    await waitFor(() => controller.currentState === 'saved', 'the retried save')
    expect(workspace.sections.get(section.id)!.doc).toEqual(largeBody('乙'))
    expect(workspace.sections.get(section.id)!.version).toBe(section.version + 1)
  })

  it.skipIf(noTmpfs)(
    '(a real full tmpfs) fails saves and backups cleanly, and saving resumes when space is freed',
    async () => {
      const mountPoint = tempFolder()
      expect(run('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountPoint])).toBe(true)
      cleanups.push(() => run('umount', [mountPoint]))
      const file = join(mountPoint, 'workspace.sqlite')
      const { workspace, reportId } = openSampleWorkspace(file)
      cleanups.push(() => workspace.close())
      const section = firstSection(workspace, reportId)

      const filler = join(mountPoint, 'filler')
      const fd = openSync(filler, 'w')
      const block = Buffer.alloc(64 * 1024)
      try {
        for (;;) {
          writeSync(fd, block)
        }
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
      } finally {
        closeSync(fd)
      }

      const save = handlersFor(workspace)
      const failed = await save('sections.save', {
        sectionId: section.id,
        baseVersion: section.version,
        doc: largeBody('丙'),
      })
      expect(failed).toMatchObject({
        ok: false,
        code: 'save_failed',
        params: { reason: '磁盘已满' },
      })
      expect(workspace.sections.get(section.id)).toEqual(section)
      await expect(createBackup(workspace.db, file)).rejects.toThrow(/备份失败/)
      expect(readdirSync(join(mountPoint, 'backups'))).toEqual([])

      rmSync(filler)
      const saved = await save('sections.save', {
        sectionId: section.id,
        baseVersion: section.version,
        doc: largeBody('丙'),
      })
      expect(saved).toMatchObject({ ok: true, value: { version: section.version + 1 } })
      expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok')
    },
  )
})

describe('a read-only workspace', () => {
  function immutable(...files: string[]): void {
    expect(run('chattr', ['+i', ...files])).toBe(true)
    cleanups.push(() => run('chattr', ['-i', ...files]))
  }

  it.skipIf(noImmutable)(
    'opened read-only: the app says so, and a save fails with a clear message, changing nothing',
    async () => {
      const file = join(tempFolder(), 'workspace.sqlite')
      const { workspace, reportId } = openSampleWorkspace(file)
      const section = firstSection(workspace, reportId)
      workspace.close()
      immutable(file)

      const session = openWorkspaceSession(file, createHandlers, { backupOnStart: false })
      cleanups.push(() => void session.close())
      expect(session.status.readOnly).toBe(true)
      const result = await dispatch(
        session.handlers,
        'sections.save',
        { sectionId: section.id, baseVersion: section.version, doc: paragraph('写不进去') },
        { mode: 'browser' },
      )
      expect(result).toMatchObject({
        ok: false,
        code: 'save_failed',
        message: '保存失败：工作区文件是只读的。您的内容仍保留在编辑器中，可稍后重试。',
      })
      expect(session.workspace.sections.get(section.id)).toEqual(section)
    },
  )

  it.skipIf(noImmutable)(
    'made unwritable while open: saves fail, keep their text, and resume when it is writable again',
    async () => {
      const file = join(tempFolder(), 'workspace.sqlite')
      const { workspace, reportId } = openSampleWorkspace(file)
      cleanups.push(() => workspace.close())
      const section = firstSection(workspace, reportId)
      // Not the -shm: SQLite maps it into memory, and a write to an immutable mapping kills the process (SIGBUS).
      expect(run('chattr', ['+i', file, `${file}-wal`])).toBe(true)
      let locked = true
      cleanups.push(() => locked && void run('chattr', ['-i', file, `${file}-wal`]))

      const { controller, states } = autosaveThrough(workspace, section.id, section.version)
      controller.change(largeBody('丁'))
      await controller.flush()
      expect(controller.currentState).toBe('failed')
      expect(states.at(-1)?.message).toMatch(/^保存失败：读写磁盘出错。您的内容仍保留在编辑器中/)
      expect(workspace.sections.get(section.id)).toEqual(section)

      expect(run('chattr', ['-i', file, `${file}-wal`])).toBe(true)
      locked = false
      await waitFor(() => controller.currentState === 'saved', 'the retried save')
      expect(workspace.sections.get(section.id)!.doc).toEqual(largeBody('丁'))
      expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok')
    },
  )
})
