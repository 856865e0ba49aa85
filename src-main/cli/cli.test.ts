import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import Database from 'better-sqlite3'
import { createBackup } from '../backup/create-backup'
import { openWorkspace } from '../workspace/workspace'
import JSZip from 'jszip'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { checkRuleTable } from '../checks/check-rules'
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
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: 1, year: 2025, title: '2025年 上党区高质量发展答卷' },
    ])
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
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)[0].title).toBe(
      '2025年 上党答卷',
    )

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
      linkedTo: null,
      duration: null,
    })
    expect(Object.keys(coal!)).toEqual([
      'text',
      'start',
      'end',
      'value',
      'unit',
      'displayUnit',
      'qualifier',
      'kind',
      'label',
      'linkedTo',
      'duration',
    ])
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
    const traditional = shown.sections.find(
      (section: { title: string }) => section.title === '传统产业焕发绿色生机',
    )
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
      const result = await cli(
        'export',
        '--report',
        '1',
        '--format',
        'docx',
        '--profile',
        profile,
        '--out',
        out,
        '--db',
        db,
        '--json',
      )
      expect(result.code).toBe(0)
      const zip = await JSZip.loadAsync(readFileSync(out))
      const xml = await zip.file('word/document.xml')!.async('string')
      expect(xml).toContain('3598万吨')
      expect(xml).toContain('传统产业焕发绿色生机。')
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
    const htmlFile = join(folder, 'x.html')
    const html = await cli(
      'export',
      '--report',
      '1',
      '--format',
      'html',
      '--out',
      htmlFile,
      '--db',
      db,
      '--json',
    )
    expect(html.code).toBe(0)
    const page = readFileSync(htmlFile, 'utf8')
    expect(page).toMatch(/^<!DOCTYPE html>/)
    expect(page).toContain('3598万吨')
    expect(
      (await cli('export', '--report', '1', '--format', 'pdf', '--out', htmlFile, '--db', db)).code,
    ).toBe(2)
    const missing = await cli(
      'export',
      '--report',
      '7',
      '--format',
      'docx',
      '--out',
      join(folder, 'y.docx'),
      '--db',
      db,
    )
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到该报告')
  })

  it('warns on stderr listing pending figures, and --fail-on-pending refuses to export', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    await cli('rollforward', '--report', '1', '--db', db, '--json')
    const out = join(folder, '2026.docx')
    const args = ['export', '--report', '2', '--format', 'docx', '--out', out, '--db', db]
    const exported = await cli(...args, '--json')
    expect(exported.code).toBe(0)
    expect(JSON.parse(exported.stdout).pendingFigures).toBeGreaterThan(40)
    const lines = exported.stderr.split('\n')
    expect(lines[0]).toMatch(/^注意：有 \d+ 处数字待填，导出文件中显示为【待填…】：$/)
    expect(lines).toContain('  · 原煤产量（传统产业焕发绿色生机）')
    expect(lines.length).toBe(JSON.parse(exported.stdout).pendingFigures + 1)
    const refused = await cli(
      ...args.map((arg) => (arg === out ? join(folder, 'no.docx') : arg)),
      '--fail-on-pending',
    )
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toContain('因指定了 --fail-on-pending，未导出。')
    expect(readdirSync(folder)).not.toContain('no.docx')
    const filled = await cli(
      'export',
      '--report',
      '1',
      '--format',
      'html',
      '--out',
      join(folder, 'a.html'),
      '--fail-on-pending',
      '--db',
      db,
    )
    expect(filled).toMatchObject({ code: 0, stderr: '' })
  })

  it('exports the 公众号 package to a folder', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const out = join(folder, '公众号')
    const result = await cli(
      'export',
      '--report',
      '1',
      '--format',
      'wechat',
      '--out',
      out,
      '--db',
      db,
    )
    expect(result).toEqual({ code: 0, stdout: `已导出：${out}`, stderr: '' })
    expect(readdirSync(out)).toEqual(['article.html'])
    expect(readFileSync(join(out, 'article.html'), 'utf8')).toContain('PM<sub')
  })

  it('refuses to export over the workspace, its journal, a backup or a FIFO, and keeps them', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    expect((await cli('backups', '--db', db, '--json')).code).toBe(0)
    mkdirSync(join(folder, 'backups'), { recursive: true })
    const fifo = join(folder, 'pipe.html')
    execFileSync('mkfifo', [fifo])
    const targets = [db, `${db}-wal`, join(folder, 'backups', 'x.html'), fifo]
    for (const target of targets) {
      const result = await cli(
        'export',
        '--report',
        '1',
        '--format',
        'html',
        '--out',
        target,
        '--db',
        db,
      )
      expect([target, result.code]).toEqual([target, 1])
      expect(result.stderr).toMatch(/不能导出到/)
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    expect(existsSync(join(folder, 'backups', 'x.html'))).toBe(false)
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)).toHaveLength(1)
  })

  it('reports a 0-byte or damaged workspace beside backups and leaves it untouched', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const backup = openWorkspace(db)
    await createBackup(backup.db, db)
    backup.close()
    truncateSync(db, 0)
    for (const command of [
      ['list'],
      ['show', '--report', '1'],
      ['export', '--report', '1', '--format', 'html', '--out', join(folder, 'x.html')],
    ]) {
      const result = await cli(...command, '--db', db, '--json')
      expect([command[0], result.code, result.stdout]).toEqual([command[0], 1, ''])
      expect(result.stderr).toContain('工作区文件是空的（0 字节），而已有备份')
    }
    expect(readdirSync(folder).sort()).toEqual(['backups', 'w.sqlite'])
    expect(statSync(db).size).toBe(0)

    writeFileSync(db, Buffer.alloc(8192, 7))
    const damaged = await cli('list', '--db', db, '--json')
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toMatch(/工作区文件已损坏/)
    expect(readFileSync(db)).toEqual(Buffer.alloc(8192, 7))
    expect(readdirSync(folder).sort()).toEqual(['backups', 'w.sqlite'])
  })

  it('refuses a SQLite file of another program and leaves it as it was', async () => {
    const folder = tempFolder()
    const db = join(folder, 'customers.db')
    const foreign = new Database(db)
    foreign.exec("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('王强')")
    foreign.close()
    const before = readFileSync(db)
    for (const command of [['list'], ['import', sampleFile, '--year', '2025']]) {
      const result = await cli(...command, '--db', db, '--json')
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('不是答卷的工作区')
    }
    expect(readFileSync(db)).toEqual(before)
    expect(readdirSync(folder)).toEqual(['customers.db'])
  })

  it('rolls forward, fills a value by label and lists the metrics as JSON', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const rolled = await cli('rollforward', '--report', '1', '--db', db, '--json')
    expect(rolled.code).toBe(0)
    const result = JSON.parse(rolled.stdout)
    expect(Object.keys(result)).toEqual(['reportId', 'pending', 'suggestions'])
    expect(result).toMatchObject({ reportId: 2, pending: 48 })
    expect(result.suggestions).toContainEqual(
      expect.objectContaining({ oldText: '2025年', proposedText: '2026年', kind: 'year' }),
    )
    expect(result.suggestions).toContainEqual(
      expect.objectContaining({ oldText: '十四五', proposedText: '十五五', kind: 'plan' }),
    )
    for (const suggestion of result.suggestions) {
      expect(Object.keys(suggestion)).toEqual([
        'id',
        'sectionId',
        'start',
        'end',
        'oldText',
        'proposedText',
        'kind',
      ])
    }
    const shown = JSON.parse((await cli('show', '--report', '2', '--db', db, '--json')).stdout)
    const first = result.suggestions[0]
    const text = shown.sections.find(
      (section: { id: number }) => section.id === first.sectionId,
    ).text
    expect(text.slice(first.start, first.end)).toBe(first.oldText)

    const again = await cli('rollforward', '--report', '1', '--db', db, '--json')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('2026年的报告已经存在（编号 2')
    expect(again.stderr).toContain('--force')
    expect((await cli('rollforward', '--report', '1', '--force', '--db', db, '--json')).code).toBe(
      0,
    )

    const set = await cli(
      'set-value',
      '--report',
      '2',
      '--label',
      '原煤产量',
      '--value',
      '3700万吨',
      '--db',
      db,
      '--json',
    )
    expect(set.code).toBe(0)
    expect(JSON.parse(set.stdout)).toMatchObject({
      label: '原煤产量',
      year: 2026,
      value: 37000000,
      unit: '吨',
    })
    const bad = await cli(
      'set-value',
      '--report',
      '2',
      '--label',
      '原煤产量',
      '--value',
      '3700万元',
      '--db',
      db,
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/单位/)
    expect(
      (await cli('set-value', '--report', '2', '--label', '没有这个', '--value', '1', '--db', db))
        .stderr,
    ).toContain('找不到名为“没有这个”的指标')

    const metrics = JSON.parse((await cli('metrics', '--report', '2', '--db', db, '--json')).stdout)
    expect(metrics.find((row: { label: string }) => row.label === '原煤产量')).toMatchObject({
      label: '原煤产量',
      unit: '吨',
      year: 2026,
      value: 37000000,
      previousValue: 35980000,
    })
    expect(metrics.find((row: { label: string }) => row.label === '洗精煤')).toMatchObject({
      value: null,
      previousValue: 21540000,
    })
  })

  it('metrics prints links, changes in % and 个百分点, and directions', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    await cli('rollforward', '--report', '1', '--db', db, '--json')
    const fill = (label: string, value: string, ...more: string[]) =>
      cli('set-value', '--report', '2', '--label', label, '--value', value, ...more, '--db', db)
    expect((await fill('城镇新增就业', '5800人')).code).toBe(0)
    expect((await fill('城镇居民人均可支配收入增幅', '6.8%')).code).toBe(0)
    expect((await fill('PM2.5浓度降幅', '10.5')).code).toBe(0)
    const turned = await fill('PM2.5浓度降幅', '增长2%')
    expect(turned.code).toBe(1)
    expect(turned.stderr).toContain('方向相反')
    expect((await fill('PM2.5浓度降幅', '增长2%', '--confirm-direction')).code).toBe(0)
    await fill('PM2.5浓度降幅', '下降10.5%')
    const rows = JSON.parse((await cli('metrics', '--report', '2', '--db', db, '--json')).stdout)
    const byLabel = (label: string) => rows.find((row: { label: string }) => row.label === label)
    expect(Object.keys(byLabel('原煤产量'))).toEqual([
      'seriesId',
      'label',
      'unit',
      'displayUnit',
      'kind',
      'year',
      'value',
      'previousValue',
      'reviewStatus',
      'occurrences',
      'linkedTo',
      'change',
      'changeUnit',
      'direction',
    ])
    expect(byLabel('城镇居民人均可支配收入增幅')).toMatchObject({
      linkedTo: null,
      change: -0.2,
      changeUnit: '个百分点',
      direction: 'up',
    })
    expect(byLabel('PM2.5浓度降幅')).toMatchObject({
      value: -10.5,
      change: 1.3,
      changeUnit: '个百分点',
      direction: 'down',
    })
    expect(byLabel('城镇新增就业')).toMatchObject({ changeUnit: '%', direction: 'up' })
    expect(byLabel('绿电规模增幅').linkedTo).toBe(byLabel('绿电规模').seriesId)
  })

  it('lists, adds, moves and deletes sections of the outline', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    type Row = {
      id: number
      parentId: number | null
      position: number
      kind: string
      title: string
    }
    const list = async () =>
      JSON.parse((await cli('sections', '--report', '1', '--db', db, '--json')).stdout) as Row[]
    const before = await list()
    expect(Object.keys(before[0]!)).toEqual(['id', 'parentId', 'position', 'kind', 'title'])
    expect(before.map((row) => row.kind)).toEqual([
      'masthead',
      'title',
      'subtitle',
      'lead',
      ...before.slice(4, -2).map((row) => row.kind),
      'closing',
      'credits',
    ])
    const idOf = (rows: Row[], title: string) => rows.find((row) => row.title.startsWith(title))!.id
    const added = await cli(
      'section-add',
      '--report',
      '1',
      '--kind',
      'subsection',
      '--title',
      '数字经济起步',
      '--after',
      String(idOf(before, '传统产业焕发绿色生机')),
      '--db',
      db,
      '--json',
    )
    expect(added.code).toBe(0)
    const { sectionId } = JSON.parse(added.stdout) as { sectionId: number }
    let rows = await list()
    expect(rows[rows.findIndex((row) => row.title === '传统产业焕发绿色生机') + 1]).toMatchObject({
      id: sectionId,
      kind: 'subsection',
      title: '数字经济起步',
    })
    const moved = await cli(
      'section-move',
      '--section',
      String(sectionId),
      '--inside',
      String(idOf(rows, '民生答卷')),
      '--db',
      db,
    )
    expect(moved.code).toBe(0)
    rows = await list()
    expect(rows.find((row) => row.id === sectionId)!.parentId).toBe(idOf(rows, '民生答卷'))
    expect((await cli('section-delete', '--section', String(sectionId), '--db', db)).code).toBe(0)
    expect(await list()).toEqual(before)

    const refused = await cli(
      'section-move',
      '--section',
      String(idOf(before, '公共服务')),
      '--after',
      String(idOf(before, '冬日的太行')),
      '--db',
      db,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('小节只能放在栏目之中')
    const ambiguous = await cli(
      'section-move',
      '--section',
      '5',
      '--after',
      '3',
      '--inside',
      '4',
      '--db',
      db,
    )
    expect(ambiguous.code).toBe(2)
    expect(await list()).toEqual(before)
  })

  it('relabels and merges series, refusing bad requests without changing anything', async () => {
    const db = join(tempFolder(), 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const list = async () =>
      JSON.parse((await cli('metrics', '--report', '1', '--db', db, '--json')).stdout) as {
        seriesId: number
        label: string
        value: number
      }[]
    const before = await list()
    const coal = before.find((row) => row.label === '原煤产量')!
    const renamed = await cli(
      'relabel',
      '--report',
      '1',
      '--series',
      String(coal.seriesId),
      '--label',
      '全区原煤产量',
      '--db',
      db,
      '--json',
    )
    expect(JSON.parse(renamed.stdout)).toEqual({ seriesId: coal.seriesId, label: '全区原煤产量' })
    const refusals: [string[], string][] = [
      [['relabel', '--series', String(coal.seriesId), '--label', '洗精煤'], '已有名为“洗精煤”'],
      [['relabel', '--series', String(coal.seriesId), '--label', '项目'], '太笼统'],
      [['relabel', '--series', '99999', '--label', '新名'], '找不到该指标'],
      [['merge', '--from', String(coal.seriesId), '--into', String(coal.seriesId)], '合并到它自己'],
      [['merge', '--from', '99999', '--into', String(coal.seriesId)], '找不到该指标'],
      [['merge', '--from', String(coal.seriesId)], '--into'],
    ]
    const afterRename = await list()
    for (const [args, message] of refusals) {
      const refused = await cli(args[0], '--report', '1', ...args.slice(1), '--db', db)
      expect(refused.code).not.toBe(0)
      expect(refused.stderr).toContain(message)
      expect(await list()).toEqual(afterRename)
    }
    const wash = before.find((row) => row.label === '洗精煤')!
    await cli('set-value', '--report', '1', '--label', '洗精煤', '--value', '3598万吨', '--db', db)
    const merged = await cli(
      'merge',
      '--report',
      '1',
      '--from',
      String(wash.seriesId),
      '--into',
      String(coal.seriesId),
      '--db',
      db,
      '--json',
    )
    expect(merged.code).toBe(0)
    expect((await list()).some((row) => row.seriesId === wash.seriesId)).toBe(false)
  })

  it('draws a chart as SVG or PNG, the very drawing charts.render gives the editor', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const rows = JSON.parse((await cli('metrics', '--report', '1', '--db', db, '--json')).stdout)
    const coal = rows.find((row: { label: string }) => row.label === '原煤产量').seriesId
    const svgFile = join(folder, '原煤产量.svg')
    const drawn = await cli(
      'chart',
      '--report',
      '1',
      '--series',
      String(coal),
      '--years',
      '2024-2025',
      '--type',
      'bar',
      '--format',
      'svg',
      '--out',
      svgFile,
      '--db',
      db,
      '--json',
    )
    expect(drawn.code).toBe(0)
    const printed = JSON.parse(drawn.stdout)
    expect(printed).toMatchObject({ file: svgFile, caption: '原煤产量（2024—2025年）' })
    expect(printed.alt).toBe(
      '柱状图（单位：万吨），2024—2025年。原煤产量：2024年待填，2025年3598。',
    )
    const svg = readFileSync(svgFile, 'utf8')
    expect(svg).toMatch(/^<svg/)
    expect(svg).toContain('>3598</text>')

    const workspace = openWorkspace(db)
    try {
      const rendered = await dispatch(
        createHandlers(workspace),
        'charts.render',
        {
          reportId: 1,
          chart: { chartType: 'bar', seriesIds: [coal], years: 2, caption: '', note: '' },
        },
        { mode: 'browser' },
      )
      expect(rendered.ok && (rendered.value as { svg: string }).svg).toBe(svg)
    } finally {
      workspace.close()
    }

    const pngFile = join(folder, '原煤产量.png')
    const card = await cli(
      'chart',
      '--report',
      '1',
      '--series',
      String(coal),
      '--type',
      'card',
      '--format',
      'png',
      '--out',
      pngFile,
      '--db',
      db,
    )
    expect(card.code).toBe(0)
    const png = readFileSync(pngFile)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(945)
  })

  it.each([
    [['--years', '2021-2024', '--type', 'line'], 2, /须截止到报告年份/],
    [['--years', '2021～2024', '--type', 'line'], 2, /须截止到报告年份/],
    [['--years', '2021 至 2024', '--type', 'line'], 2, /须截止到报告年份/],
    [['--years', '2021/2024', '--type', 'line'], 2, /请用 --years 写出年份/],
    [['--type', 'pie'], 2, /--type card、line、bar 或 ring/],
    [['--type', 'line', '--format', 'gif'], 2, /--format svg 或 --format png/],
    [['--type', 'ring'], 1, /环形图要有两个以上指标/],
  ])('refuses chart %j with exit %i, writing no file', async (extra, exitCode, message) => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    const out = join(folder, 'chart.svg')
    const result = await cli(
      'chart',
      '--report',
      '1',
      '--series',
      '1',
      '--out',
      out,
      '--db',
      db,
      ...(extra as string[]),
    )
    expect(result.code).toBe(exitCode)
    expect(result.stderr).toMatch(message as RegExp)
    expect(readdirSync(folder).includes('chart.svg')).toBe(false)
  })

  it('checks a text file and a report, printing findings as JSON', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    const file = join(folder, 'draft.txt')
    writeFileSync(file, '全年新增就业4千人,同比增长15～30%。')
    const checked = await cli('check', file, '--json')
    expect(checked.code).toBe(0)
    const findings = JSON.parse(checked.stdout)
    expect(findings.map((finding: { rule: string }) => finding.rule)).toEqual(
      expect.arrayContaining(['number-usage', 'punctuation']),
    )
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual([
        'rule',
        'severity',
        'message',
        'start',
        'end',
        'suggestion',
      ])
    }
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'number-usage', start: 6, end: 8, suggestion: '4000' }),
    )

    await cli('import', sampleFile, '--year', '2025', '--db', db, '--json')
    await cli('rollforward', '--report', '1', '--db', db, '--json')
    const report = JSON.parse((await cli('check', '--report', '2', '--db', db, '--json')).stdout)
    expect(
      report.filter((finding: { rule: string }) => finding.rule === 'pending-metric'),
    ).toHaveLength(48)
    expect(report.some((finding: { rule: string }) => finding.rule === 'year-not-moved')).toBe(true)
    for (const finding of report) {
      expect(Object.keys(finding)).toEqual([
        'rule',
        'severity',
        'message',
        'start',
        'end',
        'suggestion',
        'sectionId',
      ])
    }
  })

  it('lists the check rules from the rule table', async () => {
    const listed = await cli('check', '--rules', '--json')
    expect(listed.code).toBe(0)
    const rules = JSON.parse(listed.stdout) as { id: string }[]
    expect(rules.map((rule) => rule.id)).toEqual(checkRuleTable.map((rule) => rule.id))
    expect(rules).toContainEqual({
      id: 'change-consistency',
      name: '增幅核对',
      englishName: 'Stated changes',
      severity: 'warning',
      checks: ['report', 'text'],
    })
    const text = (await cli('check', '--rules')).stdout
    expect(text.split('\n')).toContain('| `punctuation` | 标点符号 | Punctuation | error | text |')
  })

  it('checks a text file with the report year, the word list and stated changes', async () => {
    const file = join(tempFolder(), 'draft.txt')
    writeFileSync(
      file,
      '24年全县财政收入达到96亿元，较上年的80亿元增长25%。截止目前，其它工作有序推进。',
    )
    const checked = await cli('check', file, '--year', '2025', '--json')
    expect(checked.code).toBe(0)
    const findings = JSON.parse(checked.stdout) as { rule: string; suggestion: string }[]
    expect(findings.map(({ rule, suggestion }) => [rule, suggestion])).toEqual([
      ['number-usage', '2024年'],
      ['change-consistency', null],
      ['wording', '截至'],
      ['wording', '其他'],
    ])
    expect((await cli('check', file, '--year', 'next', '--json')).code).toBe(2)
  })

  it('imports .docx and .html with the same JSON, and refuses other types', async () => {
    const folder = tempFolder()
    const db = join(folder, 'w.sqlite')
    const docx = join(__dirname, '..', '..', 'resources', 'shangdang-2025.docx')
    expect(await cli('import', docx, '--year', '2025', '--db', db, '--json')).toEqual({
      code: 0,
      stdout: '{"reportId":1}',
      stderr: '',
    })
    const page = join(folder, 'page.html')
    writeFileSync(
      page,
      '<html><body><h1>测试区交出高质量发展答卷</h1><p>这一年，全区干部群众砥砺奋进，交出了一份亮眼的答卷。</p>' +
        '<h2>一、产业转型提速</h2><p><strong>传统产业焕发生机。</strong>2025年，全区原煤产量3598万吨，同比增长4%。</p>' +
        '<h2>二、民生持续改善</h2><p><strong>就业更加充分。</strong>全年城镇新增就业5580人。</p></body></html>',
    )
    expect(await cli('import', page, '--year', '2025', '--db', db, '--json')).toEqual({
      code: 0,
      stdout: '{"reportId":2}',
      stderr: '',
    })
    const shown = JSON.parse((await cli('show', '--report', '2', '--db', db, '--json')).stdout)
    expect(
      shown.sections.flatMap((section: { metrics: unknown[] }) => section.metrics),
    ).toContainEqual({ text: '3598万吨', value: 35980000, unit: '吨' })
    const pdf = join(folder, 'x.pdf')
    writeFileSync(pdf, '%PDF-1.4')
    const refused = await cli('import', pdf, '--year', '2025', '--db', db)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('不支持的文件类型')
    const broken = join(folder, 'broken.docx')
    writeFileSync(broken, 'not a zip at all')
    const unreadable = await cli('import', broken, '--year', '2025', '--db', db)
    expect(unreadable.code).toBe(1)
    expect(unreadable.stderr).toMatch(/docx|Word/)
    expect(JSON.parse((await cli('list', '--db', db, '--json')).stdout)).toHaveLength(2)
  })
})
