import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import type * as NodeFsPromises from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { importText } from '../import/text-import-service'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

/** Moments inside the file write where a test steps in: after its first bytes, before its rename. */
const hooks = vi.hoisted(() => ({
  afterFirstWrite: undefined as (() => Promise<void>) | undefined,
  beforeRename: undefined as (() => Promise<void>) | undefined,
}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFsPromises>()
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args)
      const write = handle.write.bind(handle) as (...inner: unknown[]) => Promise<unknown>
      let writes = 0
      Object.assign(handle, {
        write: async (...inner: unknown[]) => {
          const written = await write(...inner)
          if (writes++ === 0) {
            await hooks.afterFirstWrite?.()
          }
          return written
        },
      })
      return handle
    },
    rename: async (from: string, to: string) => {
      await hooks.beforeRename?.()
      await fs.rename(from, to)
    },
  }
})

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
const tempFolder = useTempFolder()
const electron = { mode: 'electron' as const }
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => {
  hooks.afterFirstWrite = undefined
  hooks.beforeRename = undefined
  workspace.close()
})

async function documentXml(bytes: Buffer): Promise<string | undefined> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')
}

describe('export.cancel', () => {
  it('aborted while the file is written: no file saved, no temporary file left', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.docx')
    const handlers = createHandlers(workspace)
    let during: { files: string[]; cancel: unknown } | undefined
    hooks.afterFirstWrite = async () => {
      const files = readdirSync(folder)
      const cancel = await dispatch(handlers, 'export.cancel', { exportId: 'e1' }, electron)
      during = { files, cancel }
    }
    const input = { reportId, format: 'docx', path, exportId: 'e1' }
    const result = await dispatch(handlers, 'export.toFile', input, electron)
    expect(during?.files).toEqual([expect.stringMatching(/^答卷\.docx\.\d+-\d+\.tmp$/)])
    expect(during?.cancel).toEqual({ ok: true, value: { running: true } })
    expect(result).toMatchObject({
      ok: false,
      code: 'export_cancelled',
      message: '已取消导出，未保存任何文件。',
    })
    expect(readdirSync(folder)).toEqual([])
  })

  it('aborted while the report is produced: the previous file stays as it was', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.docx')
    writeFileSync(path, 'the previous export')
    const handlers = createHandlers(workspace)
    const input = { reportId, format: 'docx', path, exportId: 'e2' }
    const running = dispatch(handlers, 'export.toFile', input, electron)
    const cancel = await dispatch(handlers, 'export.cancel', { exportId: 'e2' }, electron)
    expect(cancel).toEqual({ ok: true, value: { running: true } })
    expect(await running).toMatchObject({ ok: false, code: 'export_cancelled' })
    expect(readFileSync(path, 'utf8')).toBe('the previous export')
    expect(readdirSync(folder)).toEqual(['答卷.docx'])
  })

  it('too late once the rename has begun: the file is saved and the export says so', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.docx')
    const handlers = createHandlers(workspace)
    let cancel: unknown
    hooks.beforeRename = async () => {
      cancel = await dispatch(handlers, 'export.cancel', { exportId: 'e3' }, electron)
    }
    const input = { reportId, format: 'docx', path, exportId: 'e3' }
    const result = await dispatch(handlers, 'export.toFile', input, electron)
    expect(cancel).toEqual({ ok: true, value: { running: true } })
    const bytes = readFileSync(path)
    expect(result).toEqual({
      ok: true,
      value: { path, bytes: bytes.length, written: true, profileChanges: [], pending: [] },
    })
    expect(await documentXml(bytes)).toContain('3598万吨')
    expect(readdirSync(folder)).toEqual(['答卷.docx'])
  })

  it('after the export has ended: nothing to stop, the saved file stays', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.html')
    const handlers = createHandlers(workspace)
    const input = { reportId, format: 'html', path, exportId: 'e4' }
    const result = await dispatch(handlers, 'export.toFile', input, electron)
    expect(result).toMatchObject({ ok: true, value: { path } })
    const cancel = await dispatch(handlers, 'export.cancel', { exportId: 'e4' }, electron)
    expect(cancel).toEqual({ ok: true, value: { running: false } })
    expect(readFileSync(path, 'utf8')).toContain('3598万吨')
    expect(readdirSync(folder)).toEqual(['答卷.html'])
  })
})
