import type { CallMode } from '../contract/channels'
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupsFolderFor } from '../backup/backup-location'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { importText } from '../import/text-import-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { inspectZip } from '../zip/inspect-zip'
import { readZipEntry } from '../zip/read-zip-entry'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
const tempFolder = useTempFolder()
let workspace: Workspace
let sourceId: number
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(join(tempFolder(), 'workspace.sqlite'))
  sourceId = importText(workspace, { text: sample, year: 2025 })
  reportId = rollForwardReport(workspace, { reportId: sourceId }).reportId
})
afterEach(() => workspace.close())

function call(channel: string, input: unknown, mode: CallMode = 'electron') {
  return dispatch(createHandlers(workspace), channel, input, { mode })
}

function documentXmlOf(bytes: Uint8Array): string {
  const entry = inspectZip(bytes).entries.get('word/document.xml')!
  return new TextDecoder().decode(readZipEntry(bytes, entry))
}

describe('compare channels', () => {
  it('compare.report gives every section of the report in reading order', async () => {
    const result = await call('compare.report', { reportId })
    expect(result.ok).toBe(true)
    const value = (result as { value: { sections: { sectionId: number }[] } }).value
    expect(value.sections.map((section) => section.sectionId)).toHaveLength(
      workspace.sections.listByReport(reportId).length,
    )
  })

  it('compare.docx names the file after the report and the years', async () => {
    const result = await call('compare.docx', { reportId })
    expect(result).toMatchObject({
      ok: true,
      value: {
        fileName: '2026年 上党区高质量发展答卷（2025年 → 2026年 对比稿）.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    })
    const bytes = Buffer.from(
      (result as { value: { dataBase64: string } }).value.dataBase64,
      'base64',
    )
    expect(documentXmlOf(bytes)).toContain('w:author="答卷"')
  })

  it('compare.toFile writes a chosen .docx, and refuses browser mode, backups, folders and other names', async () => {
    const folder = tempFolder()
    const path = join(folder, '对比稿.docx')
    const written = await call('compare.toFile', { reportId, path })
    expect(written).toMatchObject({ ok: true, value: { path } })
    expect(documentXmlOf(readFileSync(path))).toContain('<w:del ')

    const refusals: [string, Exclude<CallMode, 'cli'>, string][] = [
      [join(folder, 'b.docx'), 'browser', 'export_to_file_unavailable'],
      [workspace.file, 'electron', 'export_target_workspace'],
      ['relative.docx', 'electron', 'export_path_invalid'],
      [join(backupsFolderFor(workspace.file), 'x.docx'), 'electron', 'export_target_backups'],
      [join(folder, 'folder.docx'), 'electron', 'export_target_not_file'],
    ]
    mkdirSync(join(folder, 'folder.docx'))
    mkdirSync(backupsFolderFor(workspace.file), { recursive: true })
    for (const [target, mode, code] of refusals) {
      const result = await call('compare.toFile', { reportId, path: target }, mode)
      expect([target, result]).toMatchObject([target, { ok: false, code }])
    }
    expect(readdirSync(folder).sort()).toEqual(['folder.docx', '对比稿.docx'])
    expect(readdirSync(backupsFolderFor(workspace.file))).toEqual([])
  })

  it('compare.docx of a first-year report says there is nothing to compare', async () => {
    expect(await call('compare.docx', { reportId: sourceId })).toMatchObject({
      ok: false,
      code: 'compare_no_previous',
      message: '没有 2024 年的报告可以对比：请先导入或生成上一年的报告。',
    })
  })
})
