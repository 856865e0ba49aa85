import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkspaceSession } from './workspace-session'
import { runCli } from '../cli/cli'
import type { Result } from '../contract/channels'
import { openSampleWorkspace } from '../durability/sample-workspace'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import {
  immutableFolderUnavailable,
  readOnlyMountUnavailable,
  runCommand,
} from '../test-support/read-only-places'
import { useTempFolder } from '../test-support/temp-folder'

const tempFolder = useTempFolder()
const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    cleanup()
  }
})

const noMount = readOnlyMountUnavailable()
const noImmutable = immutableFolderUnavailable()
for (const reason of [
  noMount && `read-only file system tests skipped: ${noMount}`,
  noImmutable && `read-only folder tests skipped: ${noImmutable}`,
]) {
  if (reason) {
    console.log(reason)
  }
}

/** A workspace holding the sample report, closed, in a folder that is then made read-only. */
function sampleWorkspaceIn(folder: string): { file: string; reportId: number; sectionId: number } {
  const file = join(folder, 'workspace.sqlite')
  const { workspace, reportId } = openSampleWorkspace(file)
  const section = workspace.sections.listByReport(reportId)[2]!
  workspace.close()
  return { file, reportId, sectionId: section.id }
}

/** Starts the app on a read-only workspace and checks that it reads, exports and refuses writes in Chinese. */
async function expectReadOnlyApp(file: string, reportId: number, sectionId: number) {
  const session = openWorkspaceSession(file, createHandlers)
  cleanups.push(() => void session.close())
  await session.startupBackup
  const call = (channel: string, input: unknown) =>
    dispatch(session.handlers, channel, input, { mode: 'browser' }) as Promise<Result<unknown>>
  expect(session.status).toMatchObject({ readOnly: true, recovered: null })

  expect(await call('reports.list', {})).toMatchObject({ ok: true, value: [{ id: reportId }] })
  const opened = await call('reports.open', { id: reportId })
  expect(opened.ok).toBe(true)
  const exported = await call('export.report', { reportId, format: 'html' })
  expect(exported.ok).toBe(true)
  const html = Buffer.from(
    (exported as { value: { dataBase64: string } }).value.dataBase64,
    'base64',
  )
  expect(html.toString('utf8')).toContain('3598万吨')

  const writes = {
    'sections.save': {
      sectionId,
      baseVersion: 1,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '改' }] }],
      },
    },
    'reports.create': { year: 2026, title: '新报告', organization: '' },
    'reports.rename': { id: reportId, title: '改名' },
    'settings.setReviewer': { reviewer: '王强' },
    'import.text': { text: '标题\n正文第一段。', year: 2024 },
    'reports.rollForward': { id: reportId },
    'backups.create': {},
    'backups.restore': { file: 'workspace-20250101-000000.sqlite' },
  }
  for (const [channel, input] of Object.entries(writes)) {
    const result = await call(channel, input)
    expect([channel, result.ok]).toEqual([channel, false])
    const { code, message } = result as { code: string; message: string }
    expect([channel, code]).toEqual([
      channel,
      expect.stringMatching(/^(save_failed|write_failed|workspace_read_only)$/),
    ])
    expect(message).toMatch(/只读/)
    expect(message).not.toMatch(/SQLITE_|readonly database|attempt to write|unable to open/i)
  }
  expect(await call('reports.list', {})).toMatchObject({
    ok: true,
    value: [{ title: expect.not.stringMatching('改名') }],
  })
}

describe('a workspace on a read-only file system', () => {
  it.skipIf(noMount)(
    'opens read-only: the app starts with the banner, reads and exports, and every write says why',
    async () => {
      const mountPoint = tempFolder()
      expect(runCommand('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint])).toBe(true)
      cleanups.push(() => runCommand('umount', ['-l', mountPoint]))
      const { file, reportId, sectionId } = sampleWorkspaceIn(mountPoint)
      expect(runCommand('mount', ['-o', 'remount,ro', mountPoint])).toBe(true)

      await expectReadOnlyApp(file, reportId, sectionId)
      expect(readdirSync(mountPoint)).toEqual(['workspace.sqlite'])

      const out: string[] = []
      const code = await runCli(['list', '--db', file, '--json'], {
        out: (text) => out.push(text),
        err: (text) => out.push(text),
      })
      expect([code, JSON.parse(out.join(''))]).toMatchObject([0, [{ id: reportId }]])

      const err: string[] = []
      const fresh = await runCli(['list', '--db', join(mountPoint, 'new.sqlite')], {
        out: () => undefined,
        err: (text) => err.push(text),
      })
      expect(fresh).toBe(1)
      expect(err.join('')).toContain('无法新建工作区')
    },
  )
})

describe('a workspace in a read-only folder', () => {
  it.skipIf(noImmutable)(
    'opens read-only, reads and exports, and explains every write in Chinese',
    async () => {
      const folder = tempFolder()
      const { file, reportId, sectionId } = sampleWorkspaceIn(folder)
      expect(runCommand('chattr', ['+i', folder])).toBe(true)
      cleanups.push(() => runCommand('chattr', ['-i', folder]))

      await expectReadOnlyApp(file, reportId, sectionId)
      expect(readdirSync(folder)).toEqual(['workspace.sqlite'])
    },
  )
})
