import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { inspectZip } from '../zip/inspect-zip'
import { readZipEntry } from '../zip/read-zip-entry'
import { runCli } from './cli'

const tempFolder = useTempFolder()
const sampleFile = join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt')
const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

function documentXml(file: string): Document {
  const zip = readFileSync(file)
  const entry = inspectZip(zip).entries.get('word/document.xml')!
  return new DOMParser().parseFromString(
    new TextDecoder().decode(readZipEntry(zip, entry)),
    'text/xml',
  ) as unknown as Document
}

/** A 2025 report from the sample, rolled forward to 2026 with one figure filled and a 小节 added. */
async function rolledForward(db: string): Promise<void> {
  await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
  expect((await cli('rollforward', '--report', '1', '--db', db, '--json')).code).toBe(0)
  const values = ['--label', '原煤产量', '--value', '3700万吨']
  expect((await cli('set-value', '--report', '2', ...values, '--db', db)).code).toBe(0)
  const sections = JSON.parse((await cli('sections', '--report', '2', '--db', db, '--json')).stdout)
  const after = sections.find((row: { title: string }) => row.title === '传统产业焕发绿色生机')
  const add = ['--kind', 'subsection', '--title', '数字经济起步', '--after', String(after.id)]
  expect((await cli('section-add', '--report', '2', ...add, '--db', db)).code).toBe(0)
}

describe('cli compare', () => {
  it('writes the whole-report compare as a Word file with tracked changes by 答卷', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await rolledForward(db)
    const out = join(folder, '对比稿.docx')
    const result = await cli(
      'compare',
      '--report',
      '2',
      '--format',
      'docx',
      '--out',
      out,
      '--db',
      db,
      '--json',
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(result.stdout)).toEqual({ file: out, bytes: statSync(out).size })
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const document = documentXml(out)
    const texts = (change: string, element: string) =>
      Array.from(document.getElementsByTagNameNS(w, change)).flatMap((node) =>
        Array.from(node.getElementsByTagNameNS(w, element)).map((text) => text.textContent),
      )
    expect(texts('del', 'delText')).toContain('3598')
    expect(texts('ins', 't')).toContain('3700')
    expect(texts('ins', 't')).toContain('数字经济起步。')
    expect(texts('del', 'delText')).toContain('2154万吨')
    const authors = Array.from(document.getElementsByTagNameNS(w, 'ins')).map((node) =>
      node.getAttributeNS(w, 'author'),
    )
    expect(new Set(authors)).toEqual(new Set(['答卷']))
  })

  it('prints the comparison as JSON without --format, new 小节 marked added', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await rolledForward(db)
    const result = await cli('compare', '--report', '2', '--db', db, '--json')
    expect(result.code).toBe(0)
    const comparison = JSON.parse(result.stdout)
    expect(comparison.previous).toMatchObject({ reportId: 1, year: 2025 })
    expect(comparison.sections).toContainEqual(
      expect.objectContaining({ status: 'added', title: '数字经济起步' }),
    )
    const text = await cli('compare', '--report', '2', '--db', db)
    expect(text.stdout.split('\n')).toContain('+* 数字经济起步')
  })

  it('refuses a first-year report, an unknown format and the workspace as target', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await rolledForward(db)
    const before = readFileSync(db)
    const out = join(folder, 'x.docx')
    const firstYear = await cli(
      'compare',
      '--report',
      '1',
      '--format',
      'docx',
      '--out',
      out,
      '--db',
      db,
    )
    expect(firstYear.code).toBe(1)
    expect(firstYear.stderr).toContain('没有 2024 年的报告可以对比')
    const pdf = await cli('compare', '--report', '2', '--format', 'pdf', '--out', out, '--db', db)
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toContain('--format docx')
    const noOut = await cli('compare', '--report', '2', '--format', 'docx', '--db', db)
    expect(noOut.code).toBe(2)
    const overWorkspace = await cli(
      'compare',
      '--report',
      '2',
      '--format',
      'docx',
      '--out',
      db,
      '--db',
      db,
    )
    expect(overWorkspace.code).toBe(1)
    expect(overWorkspace.stderr).toMatch(/不能导出到/)
    expect(readFileSync(db).equals(before)).toBe(true)
    expect(readdirSync(folder).filter((name) => name.endsWith('.docx'))).toEqual([])
  })
})
