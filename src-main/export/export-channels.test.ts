import type { CallMode } from '../contract/channels'
import { execFileSync } from 'node:child_process'
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import type * as NodeFs from 'node:fs'
import type * as NodeFsPromises from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { importText } from '../import/text-import-service'
import { listReportMetrics } from '../metrics/metric-service'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

// Windows refuses to replace a file Word holds open; a rename onto a listed path fails likewise.
const locked = vi.hoisted(() => ({ paths: new Set<string>() }))
function refuseLocked(to: string): void {
  if (locked.paths.has(to)) {
    throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${to}'`), {
      code: 'EBUSY',
    })
  }
}
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>()
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      refuseLocked(to)
      fs.renameSync(from, to)
    },
  }
})
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFsPromises>()
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      refuseLocked(to)
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
  locked.paths.clear()
  workspace.close()
})

type Mode = CallMode

async function call(channel: string, input: unknown, context: { mode: Mode } = electron) {
  return dispatch(createHandlers(workspace), channel, input, context)
}

async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await call(channel, input)
  if (!result.ok) {
    throw new Error(`${channel} failed: ${result.code} ${result.message}`)
  }
  return result.value as T
}

async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

function sectionNamed(title: string) {
  const found = workspace.sections.listByReport(reportId).find((section) => section.title === title)
  if (!found) {
    throw new Error(`no section ${title}`)
  }
  return found
}

/** The heading and its subsections, as the dialog's "current section" scope sends them. */
function livelihoodSectionIds(): number[] {
  const heading = sectionNamed('民生答卷暖人心，幸福指数持续提升')
  const children = workspace.sections
    .listByReport(reportId)
    .filter((section) => section.parentId === heading.id)
  expect(children.length).toBeGreaterThan(1)
  return [heading.id, ...children.map((section) => section.id)]
}

function clearCoalValue(): void {
  const { familyId } = workspace.reports.get(reportId)!
  const series = workspace.metrics.listSeries(familyId).find((item) => item.label === '原煤产量')!
  workspace.metrics.writeValue({ ...workspace.metrics.getValue(series.id, 2025)!, value: null })
}

interface ExportedFile {
  fileName: string
  mimeType: string
  dataBase64: string
  pendingFigures: number
}

describe('export.report', () => {
  it('gives the sample as a Word file named after the report and the profile', async () => {
    const input = { reportId, format: 'docx', profile: 'newspaper' }
    const file = await value<ExportedFile>('export.report', input)
    expect(file.fileName).toBe('2025年 上党区高质量发展答卷（报纸特刊）.docx')
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(file.pendingFigures).toBe(0)
    const xml = await documentXml(Buffer.from(file.dataBase64, 'base64'))
    expect(xml).toContain('3598万吨')
    expect(xml).toContain('太行深处焕新颜 实干笃行向未来')
    expect(xml).not.toContain('待填')
  })

  it('names a 公文 export without the standard number, which holds a slash', async () => {
    const input = { reportId, format: 'docx', profile: 'gongwen' }
    const file = await value<ExportedFile>('export.report', input)
    expect(file.fileName).toBe('2025年 上党区高质量发展答卷（公文）.docx')
  })

  it('exports only a section with its subsections, counting their pending figures', async () => {
    clearCoalValue()
    const whole = await value<ExportedFile>('export.report', { reportId, format: 'html' })
    expect(whole.fileName).toBe('2025年 上党区高质量发展答卷.html')
    expect(whole.mimeType).toBe('text/html;charset=utf-8')
    const { rows } = listReportMetrics(workspace, reportId)
    const coal = rows.find((row) => row.label === '原煤产量')!
    expect(coal.occurrences.length).toBeGreaterThan(0)
    expect(whole.pendingFigures).toBe(coal.occurrences.length)
    expect(Buffer.from(whole.dataBase64, 'base64').toString('utf8')).toContain('【待填·原煤产量】')

    const part = await value<ExportedFile>('export.report', {
      reportId,
      format: 'html',
      sectionIds: livelihoodSectionIds(),
    })
    expect(part.fileName).toBe('2025年 上党区高质量发展答卷·民生答卷暖人心，幸福指数持续提升.html')
    expect(part.pendingFigures).toBe(0)
    const html = Buffer.from(part.dataBase64, 'base64').toString('utf8')
    expect(html).toContain('基本保障更加扎实。')
    expect(html).not.toContain('传统产业焕发绿色生机')
    expect(html).not.toContain('<h1')
  })

  it.each([
    [{ format: 'pdf' }, 'invalid_input'],
    [{ format: 'docx', profile: 'magazine' }, 'invalid_input'],
    [{ format: 'docx', sectionIds: [] }, 'invalid_input'],
    [{ format: 'docx', sectionIds: [99_999] }, 'section_not_found'],
  ])('refuses %j with %s', async (input, code) => {
    expect(await call('export.report', { reportId, ...input })).toMatchObject({ ok: false, code })
  })

  it('refuses a report that does not exist with a Chinese message', async () => {
    expect(await call('export.report', { reportId: 4242, format: 'docx' })).toMatchObject({
      ok: false,
      code: 'report_not_found',
      message: '找不到该报告（编号 4242），它可能已被删除。',
    })
  })
})

describe('export.toFile', () => {
  it('writes the Word file and replaces an older export at the same path', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.docx')
    writeFileSync(path, 'an older export')
    const input = { reportId, format: 'docx', path }
    const written = await value<{ path: string; bytes: number }>('export.toFile', input)
    const bytes = readFileSync(path)
    expect(written).toEqual({
      path,
      written: true,
      bytes: bytes.length,
      profileChanges: [],
      pending: [],
    })
    expect(await documentXml(bytes)).toContain('3598万吨')
    expect(readdirSync(folder)).toEqual(['答卷.docx'])
  })

  it('reports a file Word holds open as locked, with the previous file untouched', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.docx')
    writeFileSync(path, 'the previous export')
    locked.paths.add(path)
    const result = await call('export.toFile', { reportId, format: 'docx', path })
    expect(result).toMatchObject({
      ok: false,
      code: 'export_file_locked',
      params: { name: '答卷.docx', code: 'EBUSY' },
    })
    const { message } = result as { message: string }
    expect(message).toContain('请在 Word 或 WPS 中关闭该文件后点“重试”')
    expect(readFileSync(path, 'utf8')).toBe('the previous export')
    expect(readdirSync(folder)).toEqual(['答卷.docx'])

    locked.paths.clear()
    const retried = await call('export.toFile', { reportId, format: 'docx', path })
    expect(retried).toMatchObject({ ok: true })
    expect(await documentXml(readFileSync(path))).toContain('3598万吨')
  })

  // root writes anywhere, so this runs only as an ordinary user.
  const runningAsRoot = process.getuid?.() === 0
  if (runningAsRoot) {
    console.warn(
      'skipping "reports a read-only folder as locked": running as root, which can write into a read-only folder',
    )
  }
  it.skipIf(runningAsRoot)('reports a read-only folder as locked', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.html')
    writeFileSync(path, 'the previous export')
    chmodSync(folder, 0o555)
    try {
      const result = await call('export.toFile', { reportId, format: 'html', path })
      expect(result).toMatchObject({
        ok: false,
        code: 'export_file_locked',
        params: { code: 'EACCES' },
      })
      expect(readFileSync(path, 'utf8')).toBe('the previous export')
    } finally {
      chmodSync(folder, 0o755)
    }
  })

  it('refuses to replace a folder of the same name, leaving it as it was', async () => {
    const folder = tempFolder()
    const path = join(folder, '答卷.html')
    mkdirSync(path)
    writeFileSync(join(path, 'inside.txt'), 'kept')
    const result = await call('export.toFile', { reportId, format: 'html', path })
    expect(result).toMatchObject({ ok: false, code: 'export_target_not_file', params: { path } })
    const { message } = result as { message: string }
    expect(message).toContain('它不是普通文件')
    expect(readdirSync(folder)).toEqual(['答卷.html'])
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept')
  })

  it('refuses the workspace file, its backups folder and a FIFO, with the reason', async () => {
    const folder = tempFolder()
    const onDisk = openWorkspace(join(folder, 'workspace.html'))
    try {
      const id = importText(onDisk, { text: sample, year: 2025 })
      mkdirSync(join(folder, 'backups'))
      const fifo = join(folder, 'pipe.html')
      execFileSync('mkfifo', [fifo])
      const targets = {
        [onDisk.file]: 'export_target_workspace',
        [join(folder, 'backups', '答卷.html')]: 'export_target_backups',
        [fifo]: 'export_target_not_file',
      }
      for (const [path, code] of Object.entries(targets)) {
        const result = await dispatch(
          createHandlers(onDisk),
          'export.toFile',
          { reportId: id, format: 'html', path },
          electron,
        )
        expect([path, result]).toMatchObject([path, { ok: false, code }])
      }
      expect(readdirSync(join(folder, 'backups'))).toEqual([])
      expect(lstatSync(fifo).isFIFO()).toBe(true)
      expect(onDisk.reports.listLive()).toHaveLength(1)
    } finally {
      onDisk.close()
    }
  })

  it('reports a folder that does not exist as a write failure', async () => {
    const path = join(tempFolder(), 'missing', '答卷.docx')
    expect(await call('export.toFile', { reportId, format: 'docx', path })).toMatchObject({
      ok: false,
      code: 'export_write_failed',
      params: { code: 'ENOENT' },
    })
  })

  it.each([
    ['a relative path', '答卷.docx', 'docx'],
    ['an extension of another format', '/tmp/答卷.html', 'docx'],
    ['no extension', '/tmp/答卷', 'html'],
  ])('refuses %s before writing anything', async (_case, path, format) => {
    expect(await call('export.toFile', { reportId, format, path })).toMatchObject({
      ok: false,
      code: 'export_path_invalid',
    })
  })

  it('lists pending figures in reading order, and with refuseIfPending writes nothing', async () => {
    const rolled = await value<{ reportId: number; pending: number }>('reports.rollForward', {
      id: reportId,
    })
    expect(rolled.pending).toBeGreaterThan(0)
    const folder = tempFolder()
    const refusedPath = join(folder, '2026.docx')
    const refused = await value<{ written: boolean; bytes: number; pending: unknown[] }>(
      'export.toFile',
      { reportId: rolled.reportId, format: 'docx', path: refusedPath, refuseIfPending: true },
    )
    expect(refused).toMatchObject({ written: false, bytes: 0 })
    expect(refused.pending).toHaveLength(rolled.pending)
    expect(refused.pending).toContainEqual({
      label: '原煤产量',
      sectionTitle: '传统产业焕发绿色生机',
    })
    expect(readdirSync(folder)).toEqual([])

    const path = join(folder, '2026.html')
    const written = await value<{ written: boolean; pending: unknown[] }>('export.toFile', {
      reportId: rolled.reportId,
      format: 'html',
      path,
    })
    expect(written.written).toBe(true)
    expect(written.pending).toEqual(refused.pending)
    expect(readFileSync(path, 'utf8')).toContain('【待填')
    expect(
      await value('export.toFile', { reportId, format: 'html', path, refuseIfPending: true }),
    ).toMatchObject({ written: true, pending: [] })
  })

  it('writes the 公众号 package to a folder when the path has no extension', async () => {
    const folder = join(tempFolder(), '公众号')
    const written = await value<{ written: boolean; bytes: number }>('export.toFile', {
      reportId,
      format: 'wechat',
      path: folder,
    })
    expect(readdirSync(folder)).toEqual(['article.html'])
    const page = readFileSync(join(folder, 'article.html'))
    expect(written).toMatchObject({ written: true, bytes: page.length })
    writeFileSync(join(folder, 'notes.txt'), 'not ours')
    expect(await call('export.toFile', { reportId, format: 'wechat', path: folder })).toMatchObject(
      { ok: false, code: 'export_folder_not_empty' },
    )
    expect(
      await call('export.toFile', { reportId, format: 'wechat', path: '公众号' }),
    ).toMatchObject({ ok: false, code: 'export_path_invalid' })
  })

  it('is not served in browser mode, where the page downloads the file instead', async () => {
    const path = join(tempFolder(), '答卷.docx')
    const input = { reportId, format: 'docx', path }
    const result = await call('export.toFile', input, { mode: 'browser' })
    expect(result).toMatchObject({ ok: false, code: 'export_to_file_unavailable' })
    expect(() => readFileSync(path)).toThrow()
  })
})

describe('export.clipboard', () => {
  it('gives the article as HTML and the report as plain text, also for some sections', async () => {
    const whole = await value<{ html: string; text: string }>('export.clipboard', { reportId })
    expect(whole.html).toMatch(/^<article /)
    expect(whole.text).toContain('3598万吨')
    const part = await value<{ html: string; text: string }>('export.clipboard', {
      reportId,
      sectionIds: livelihoodSectionIds(),
    })
    expect(part.text.split('\n')[0]).toBe('民生答卷暖人心，幸福指数持续提升')
    expect(part.text).not.toContain('3598万吨')
  })
})

describe('export.report as the 公众号 package and with the 公文 profile', () => {
  it('downloads the package as a .zip of article.html, named for 公众号', async () => {
    const file = await value<{ fileName: string; mimeType: string; dataBase64: string }>(
      'export.report',
      { reportId, format: 'wechat' },
    )
    expect(file.fileName).toMatch(/（公众号）\.zip$/)
    expect(file.mimeType).toBe('application/zip')
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))
    const html = (await zip.file('article.html')?.async('string')) ?? ''
    expect(html).toContain('3598万吨')
    expect(html).toContain('PM<sub')
  })

  it('says what the 公文 profile changed: masthead left out, four headings numbered', async () => {
    const file = await value<{ profileChanges: unknown; dataBase64: string }>('export.report', {
      reportId,
      format: 'docx',
      profile: 'gongwen',
    })
    expect(file.profileChanges).toEqual([
      { kind: 'mastheadOmitted', count: 6 },
      { kind: 'headingsNumbered', count: 4 },
      { kind: 'topicSentencesUnnumbered', count: 12 },
    ])
    const document = await documentXml(Buffer.from(file.dataBase64, 'base64'))
    expect(document).toContain('>二、“项目为王”强根基')
    expect(document).toContain('>项目是发展的“生命线”。<')
    expect(document).not.toContain('（一）')
  })

  it('writes the package to a .zip path only', async () => {
    const folder = tempFolder()
    const zipPath = join(folder, '答卷.zip')
    expect(
      await call('export.toFile', { reportId, format: 'wechat', path: zipPath }),
    ).toMatchObject({
      ok: true,
    })
    expect(readdirSync(folder)).toEqual(['答卷.zip'])
    const wrong = await call('export.toFile', {
      reportId,
      format: 'wechat',
      path: join(folder, 'a.html'),
    })
    expect(wrong).toMatchObject({ ok: false, code: 'export_path_invalid' })
  })
})

describe('export.wechatClipboard', () => {
  it('gives the article and its text for 公众号, photos as 【图n】 markers', async () => {
    const copied = await value<{ html: string; text: string }>('export.wechatClipboard', {
      reportId,
    })
    expect(copied.html).toMatch(/^<article /)
    expect(copied.html).not.toContain('<img')
    expect(copied.text).toContain('PM2.5浓度同比下降11.8%')
  })
})
