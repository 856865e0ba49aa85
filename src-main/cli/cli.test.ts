import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { runCli } from './cli'

const tempFolder = useTempFolder()
const sampleFile = join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt')

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('cli', () => {
  it('imports a .txt and lists it, printing only JSON with --json', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    const imported = await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    expect(imported).toEqual({ code: 0, stdout: '{"reportId":1}', stderr: '' })
    const listed = await cli('list', '--db', db, '--json')
    expect(listed.code).toBe(0)
    expect(JSON.parse(listed.stdout)).toEqual([{ id: 1, year: 2025, title: '2025年 上党区高质量发展答卷' }])
  })

  it('uses --title when given', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--title', '上党答卷', '--db', db, '--json')
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)[0].title).toBe('上党答卷')
  })

  it.each([
    [['import', sampleFile, '--db', 'IGNORED'], 2, /--year/],
    [['import', '--year', '2025', '--db', 'IGNORED'], 2, /缺少参数/],
    [['import', '/no/such/file.txt', '--year', '2025', '--db', 'IGNORED'], 1, /找不到文件/],
    [['import', sampleFile, '--year', '1700', '--db', 'IGNORED'], 1, /输入有误/],
    [['import', sampleFile, '--year', '2025', '--bogus', '--db', 'IGNORED'], 2, /参数有误/],
    [['frobnicate'], 2, /未知命令/],
  ])('refuses %j with exit %i and a clear message', async (argv, exitCode, message) => {
    const db = join(tempFolder(), 'w.sqlite')
    const result = await cli(...(argv as string[]).map((arg) => (arg === 'IGNORED' ? db : arg)))
    expect(result.code).toBe(exitCode)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message as RegExp)
  })

  it('imports GBK text and refuses a binary file, storing nothing', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    const gbk = join(folder, 'gbk.txt')
    writeFileSync(gbk, Buffer.from([0xc9, 0xcf, 0xb5, 0xb3, 0xb4, 0xf0, 0xbe, 0xed]))
    expect((await cli('import', gbk, '--year', '2025', '--db', db, '--json')).code).toBe(0)
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)[0].title).toBe('2025年 上党答卷')

    const binary = join(folder, 'photo.txt')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]))
    const result = await cli('import', binary, '--year', '2025', '--db', db)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/不是文本文件/)
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)).toHaveLength(1)
  })

  it('extract prints exactly the public figure fields as JSON', async () => {
    const result = await cli('extract', sampleFile, '--json')
    expect(result.code).toBe(0)
    const figures = JSON.parse(result.stdout) as Record<string, unknown>[]
    expect(figures.length).toBeGreaterThan(40)
    const coal = figures.find((figure) => figure.text === '3598万吨')
    expect(coal).toEqual({
      text: '3598万吨',
      start: expect.any(Number),
      end: expect.any(Number),
      value: 35980000,
      unit: '吨',
      displayUnit: '万吨',
      qualifier: 'exact',
      kind: 'amount',
      label: '原煤产量',
    })
    expect(Object.keys(coal!)).toEqual(['text', 'start', 'end', 'value', 'unit', 'displayUnit', 'qualifier', 'kind', 'label'])
    const source = readFileSync(sampleFile, 'utf8')
    for (const figure of figures) {
      expect(source.slice(figure.start as number, figure.end as number)).toBe(figure.text)
    }
  })

  it('show prints the report with its sections, text and figures', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const result = await cli('show', '--report', '1', '--db', db, '--json')
    expect(result.code).toBe(0)
    const shown = JSON.parse(result.stdout)
    expect(Object.keys(shown)).toEqual(['id', 'year', 'title', 'sections'])
    const traditional = shown.sections.find((section: { title: string }) => section.title === '传统产业焕发绿色生机')
    expect(Object.keys(traditional)).toEqual(['id', 'kind', 'title', 'text', 'metrics'])
    expect(traditional.kind).toBe('subsection')
    expect(traditional.text).toContain('2025年，3598万吨原煤产量、2154万吨洗精煤')
    expect(traditional.metrics[0]).toEqual({ text: '3598万吨', value: 35980000, unit: '吨' })
    const missing = await cli('show', '--report', '9', '--db', db, '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到该报告')
  })

  it('exports a report to .docx in both profiles, through a temporary file', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    for (const profile of ['newspaper', 'gongwen']) {
      const out = join(folder, `${profile}.docx`)
      const result = await cli('export', '--report', '1', '--format', 'docx', '--profile', profile, '--out', out, '--db', db, '--json')
      expect(result.code).toBe(0)
      const zip = await JSZip.loadAsync(readFileSync(out))
      const xml = await zip.file('word/document.xml')!.async('string')
      expect(xml).toContain('3598万吨')
      expect(xml).toContain('传统产业焕发绿色生机。')
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
    const html = await cli('export', '--report', '1', '--format', 'html', '--out', join(folder, 'x.html'), '--db', db)
    expect(html.code).toBe(2)
    expect(html.stderr).toContain('HTML 导出尚未实现')
    const missing = await cli('export', '--report', '7', '--format', 'docx', '--out', join(folder, 'y.docx'), '--db', db)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到该报告')
  })
})
