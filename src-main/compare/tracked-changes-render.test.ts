import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importText } from '../import/text-import-service'
import { setMetricValue } from '../metrics/metric-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { changeStructure } from '../sections/change-structure'
import { openWorkspace } from '../workspace/workspace'
import { inspectZip } from '../zip/inspect-zip'
import { readZipEntry } from '../zip/read-zip-entry'
import { reportComparisonFile } from './report-comparison-file'

const pathFolders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '')
const missingTools = ['soffice', 'pdftotext'].filter(
  (tool) => !pathFolders.some((folder) => existsSync(join(folder, tool))),
)
const skipReason =
  missingTools.length > 0
    ? `Tracked-changes render test skipped: ${missingTools.join(', ')} not on PATH ` +
      '(apt-get install libreoffice-writer-nogui poppler-utils)'
    : undefined
if (skipReason) {
  console.warn(skipReason)
}
/** Debian's python3 with python3-docx; the python3 first on PATH may be another build without it. */
const debianPython = '/usr/bin/python3'
const pythonDocxMissing = (() => {
  try {
    execFileSync(debianPython, ['-c', 'import docx'], { stdio: 'pipe' })
    return undefined
  } catch {
    const reason = `python-docx check skipped: ${debianPython} cannot import docx (apt-get install python3-docx)`
    console.warn(reason)
    return reason
  }
})()

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
const folder = join(tmpdir(), `dajuan-redline-${randomUUID()}`)
const loProfile = join(tmpdir(), `lo-profile-${randomUUID()}`)
const docx = join(folder, 'redline.docx')

/** The text with all white space removed, as pdftotext spaces CJK next to digits. */
const compact = (text: string) => text.replace(/\s+/gu, '')

describe('the tracked-changes Word file in other programs', () => {
  beforeAll(() => {
    mkdirSync(folder, { recursive: true })
    const workspace = openWorkspace(':memory:')
    try {
      const sourceId = importText(workspace, { text: sample, year: 2025 })
      const { reportId } = rollForwardReport(workspace, { reportId: sourceId })
      const sections = workspace.sections.listByReport(reportId)
      const idOf = (title: string) => sections.find((section) => section.title === title)!.id
      const report = workspace.reports.get(reportId)!
      const coal = workspace.metrics
        .listSeries(report.familyId)
        .find((series) => series.label === '原煤产量')!
      setMetricValue(workspace, { reportId, seriesId: coal.id, text: '3700万吨' })
      changeStructure(workspace, {
        op: 'add',
        reportId,
        kind: 'subsection',
        title: '数字经济起步',
        placement: { after: idOf('传统产业焕发绿色生机') },
      })
      changeStructure(workspace, { op: 'delete', sectionId: idOf('新兴产业加速拔节成长') })
      writeFileSync(docx, reportComparisonFile(workspace, reportId).bytes)
    } finally {
      workspace.close()
    }
  })

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    rmSync(loProfile, { recursive: true, force: true })
  })

  function libreOffice(...args: string[]): void {
    execFileSync('soffice', [`-env:UserInstallation=file://${loProfile}`, '--headless', ...args], {
      timeout: 90_000,
      stdio: 'pipe',
    })
  }

  it.skipIf(skipReason)(
    'LibreOffice reads the changes as tracked changes by 答卷',
    () => {
      const out = join(folder, 'roundtrip')
      libreOffice('--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, docx)
      const saved = readFileSync(join(out, 'redline.docx'))
      const xml = new TextDecoder().decode(
        readZipEntry(saved, inspectZip(saved).entries.get('word/document.xml')!),
      )
      const authors = [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"/gu)]
      expect(authors.filter(([, kind]) => kind === 'ins').length).toBeGreaterThan(10)
      expect(authors.filter(([, kind]) => kind === 'del').length).toBeGreaterThan(10)
      expect(new Set(authors.map(([, , author]) => author))).toEqual(new Set(['答卷']))
    },
    120_000,
  )

  it.skipIf(skipReason)(
    'LibreOffice prints both years’ text with the years in the header',
    () => {
      libreOffice('--convert-to', 'pdf', '--outdir', folder, docx)
      const text = compact(
        execFileSync('pdftotext', ['-layout', join(folder, 'redline.pdf'), '-'], {
          encoding: 'utf8',
        }),
      )
      expect(text).toContain('2025年→2026年对比稿')
      // Shown changes: the deleted figure stands struck through next to the new one.
      expect(text).toContain('35983700万吨')
      expect(text).toContain('新兴产业加速拔节成长')
      expect(text).toContain('数字经济起步。')
      expect(text).toContain('附：数字对比')
    },
    120_000,
  )

  it.skipIf(pythonDocxMissing)('python-docx opens it and reads header, changes and figures', () => {
    const script = [
      'import sys, docx',
      'd = docx.Document(sys.argv[1])',
      "w = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'",
      "changes = d.element.body.xpath('.//w:ins | .//w:del')",
      'print(d.sections[0].header.paragraphs[0].text)',
      "print(sorted({c.get(w + 'author') for c in changes}))",
      "print('|'.join(c.text for c in d.tables[0].rows[1].cells))",
    ].join('\n')
    const lines = execFileSync(debianPython, ['-c', script, docx], { encoding: 'utf8' }).split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '2025年 → 2026年 对比稿',
      "['答卷']",
      '原煤产量|3598万吨|3700万吨|+2.8%',
    ])
  })
})
