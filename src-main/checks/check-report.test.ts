import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentTextMap } from '../shared/document/document-text-map'
import { metricAttributesOf } from '../shared/document/metric-node'
import { replaceMetricNodes } from '../shared/metrics/metric-occurrences'
import { replaceTextRange } from '../shared/document/replace-text-range'
import { importText } from '../import/text-import-service'
import { listReportMetrics, setMetricValue } from '../metrics/metric-service'
import { decideSuggestions } from '../roll-forward/decide-suggestions'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { saveSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import en from '../../resources/locales/en.json'
import zhCN from '../../resources/locales/zh-CN.json'
import { interpolate } from '../shared/errors/app-error'
import { checkReport } from './check-report'
import { checkRuleTable } from './check-rules'
import type { ReportFinding } from '../shared/checks/report-finding'
import { dismissFinding } from './resolve-finding'
import { applyTextFix } from '../shared/checks/apply-text-fix'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let lastYearId: number
let reportId: number
let suggestions: ReturnType<typeof rollForwardReport>['suggestions']

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  lastYearId = importText(workspace, { text: sample, year: 2025 })
  ;({ reportId, suggestions } = rollForwardReport(workspace, { reportId: lastYearId }))
})
afterEach(() => workspace.close())

function section(title: string) {
  const found = workspace.sections
    .listByReport(reportId)
    .find((item) => item.title.startsWith(title))
  if (!found) {
    throw new Error(`no section ${title}`)
  }
  return found
}

function seriesId(label: string): number {
  return listReportMetrics(workspace, reportId).rows.find((row) => row.label === label)!.id
}

function findings(rule: ReportFinding['rule'], sectionTitle?: string): ReportFinding[] {
  const sectionIds = sectionTitle ? [section(sectionTitle).id] : undefined
  return checkReport(workspace, { reportId, sectionIds }).filter((finding) => finding.rule === rule)
}

/** Replaces the first `from` in a section's text with `to`, as an edit the user saved. */
function editText(sectionTitle: string, from: string, to: string) {
  const target = section(sectionTitle)
  const start = documentTextMap(target.doc).text.indexOf(from)
  expect(start).toBeGreaterThanOrEqual(0)
  const doc = replaceTextRange(target.doc, start, start + from.length, to, from)!
  saveSection(workspace, { sectionId: target.id, baseVersion: target.version, doc })
}

/** Applies a finding's fix the way the editor does, and saves it. */
function applyFix(finding: ReportFinding): ReportFinding[] {
  const target = workspace.sections.get(finding.sectionId)!
  expect(finding.fix?.kind).toBe('replace-text')
  const doc = applyTextFix(target.doc, finding.fix!)
  expect(doc).toBeDefined()
  saveSection(workspace, { sectionId: target.id, baseVersion: target.version, doc: doc! })
  return checkReport(workspace, { reportId, sectionIds: [target.id] })
}

function fillAll() {
  for (const row of listReportMetrics(workspace, reportId).rows) {
    if (row.previous?.value !== null && row.previous?.value !== undefined) {
      workspace.metrics.writeValue({
        seriesId: row.id,
        year: 2026,
        value: row.previous.value + (row.kind === 'change' ? 0 : 1),
        displayUnit: row.displayUnit,
        qualifier: row.qualifier,
        source: 'test',
      })
    }
  }
}

describe('rule 1: pending figures', () => {
  it('flags every figure without a value for the year and none once filled', () => {
    const pending = findings('pending-metric')
    expect(pending).toHaveLength(48)
    expect(pending.every((finding) => finding.severity === 'error' && !finding.dismissible)).toBe(
      true,
    )
    const coal = pending.find((finding) => finding.message.includes('原煤产量'))!
    expect(coal.message).toBe('“原煤产量”还没有2026年的数值（上年为3598万吨）。')
    const shown = checkReport(workspace, { reportId }).find((item) => item.key === coal.key)!
    expect(shown.sectionTitle).toBe('传统产业焕发绿色生机')

    for (const [label, text] of [
      ['原煤产量', '3700万吨'],
      ['洗精煤', '2200万吨'],
      ['电煤保供', '430万吨'],
      ['智能化矿井', '9座'],
      ['涉煤项目', '35个'],
    ]) {
      setMetricValue(workspace, { reportId, seriesId: seriesId(label), text })
    }
    const labels = findings('pending-metric', '传统产业').map((finding) => finding.message)
    expect(labels).toHaveLength(1)
    expect(labels[0]).toContain('涉煤项目完成投资')
    expect(findings('pending-metric')).toHaveLength(43)
    expect(
      checkReport(workspace, { reportId: lastYearId }).filter(
        (finding) => finding.rule === 'pending-metric',
      ),
    ).toEqual([])
  })
})

describe('rule 2: stale numbers', () => {
  it('flags plain numbers that last year had, not new ones, and notes values equal to last year', () => {
    fillAll()
    const positives = ['420万吨', '8座', '34个', '2154万吨', '10.5亿元']
    const negatives = ['1234户', '99个', '5.5亿元', '12座', '3600万吨']
    editText(
      '传统产业焕发绿色生机',
      '数字背后',
      `另有${positives.join('、')}和${negatives.join('、')}，数字背后`,
    )
    editText('项目是发展的“生命线”', '全区上下', '全区上下完成投资10.5亿元，')
    const stale = findings('stale-number').filter((finding) => finding.severity === 'warning')
    expect(stale.map((finding) => [finding.sectionTitle, finding.message.split('与')[0]])).toEqual(
      positives.map((text) => ['传统产业焕发绿色生机', `“${text}”`]),
    )
    const [first] = stale
    const shown = workspace.sections.get(first!.sectionId)!
    expect(first!.anchorEnd - first!.anchorStart).toBe('420万吨'.length)
    expect(documentTextMap(shown.doc).text.slice(first!.anchorStart, first!.anchorEnd)).toBe(
      '420万吨',
    )

    const same = findings('stale-number').filter((finding) => finding.severity === 'info')
    const sameLabels = same.map((finding) => finding.message)
    expect(sameLabels.length).toBeGreaterThan(0)
    expect(sameLabels.every((message) => message.includes('与上年相同'))).toBe(true)
    expect(sameLabels.some((message) => message.includes('原煤产量'))).toBe(false)
  })

  it('flags a written number where last year had the bound figure', () => {
    fillAll()
    const target = section('传统产业焕发绿色生机')
    const typedOver = replaceMetricNodes(target.doc, (node) =>
      metricAttributesOf(node.attrs).seriesId === seriesId('原煤产量')
        ? [{ type: 'text', text: '3700万吨' }]
        : [node],
    )
    saveSection(workspace, { sectionId: target.id, baseVersion: target.version, doc: typedOver })
    const unbound = findings('stale-number', '传统产业焕发绿色生机').filter((finding) =>
      finding.key.includes('|unbound|'),
    )
    expect(unbound.map((finding) => finding.message)).toEqual([
      expect.stringContaining('上年是绑定的指标“原煤产量”，现在写成了普通数字“3700万吨”'),
    ])
  })

  it('flags next year a figure turned into text this year', () => {
    const lastYearSection = workspace.sections
      .listByReport(lastYearId)
      .find((item) => item.title.startsWith('传统产业焕发绿色生机'))!
    const coal = seriesId('原煤产量')
    const asText = replaceMetricNodes(lastYearSection.doc, (node) =>
      metricAttributesOf(node.attrs).seriesId === coal
        ? [{ type: 'text', text: '3598万吨' }]
        : [node],
    )
    saveSection(workspace, {
      sectionId: lastYearSection.id,
      baseVersion: lastYearSection.version,
      doc: asText,
    })
    const next = rollForwardReport(workspace, {
      reportId: lastYearId,
      confirmSecond: true,
    }).reportId
    const stale = checkReport(workspace, { reportId: next }).filter(
      (finding) => finding.rule === 'stale-number' && finding.message.includes('3598万吨'),
    )
    expect(stale).toHaveLength(1)
    expect(stale[0]!.severity).toBe('warning')
  })
})

describe('rule 3: stated changes against the data', () => {
  const cases: [string, number, number, boolean][] = [
    ['agrees: 40 → 35.2 is 下降12%', 40, 35.2, false],
    ['agrees within rounding: 12% stands for 11.5–12.5', 40, 35.3, false],
    ['agrees at the lower edge', 40, 35.02, false],
    ['not checkable from zero', 0, 35.2, false],
    ['not checkable from a negative base', -40, -35.2, false],
    ['the data fell 20%', 40, 32, true],
    ['the data rose instead', 40, 44.8, true],
    ['the data fell 5%', 40, 38, true],
    ['just outside the rounding', 40, 34.6, true],
    ['the data did not change', 40, 40, true],
  ]
  it.each(cases)('%s', (_name, previous, current, flagged) => {
    const change = listReportMetrics(workspace, reportId).rows.find(
      (row) => row.kind === 'change' && row.baseSeriesId !== null,
    )!
    const write = (id: number, year: number, value: number) =>
      workspace.metrics.writeValue({
        seriesId: id,
        year,
        value,
        displayUnit: '',
        qualifier: 'exact',
        source: 'test',
      })
    write(change.baseSeriesId!, 2025, previous)
    write(change.baseSeriesId!, 2026, current)
    write(change.id, 2026, -12)
    // The text says 增长 where -12 is a fall: that is the direction-word finding, tested below.
    const found = findings('change-consistency').filter(
      (finding) => finding.key.includes(`|${change.id}|`) && !finding.key.includes('|direction|'),
    )
    expect(found.length > 0).toBe(flagged)
    if (flagged) {
      expect(found[0]!.severity).toBe('warning')
      expect(found[0]!.dismissible).toBe(true)
    }
  })

  it('reports a stated change that disagrees with its linked amount, offers no value to write, and keeps a dismissal', () => {
    const rows = listReportMetrics(workspace, reportId).rows
    const change = rows.find((row) => row.kind === 'change' && row.baseSeriesId !== null)!
    const base = workspace.metrics.getSeries(change.baseSeriesId!)!
    const write = (id: number, year: number, value: number) =>
      workspace.metrics.writeValue({
        seriesId: id,
        year,
        value,
        displayUnit: '',
        qualifier: 'exact',
        source: 'test',
      })
    write(base.id, 2025, 100)
    write(base.id, 2026, 130)
    write(change.id, 2026, 12)
    const [finding] = findings('change-consistency').filter((item) =>
      item.key.includes(`|${change.id}|`),
    )
    expect(finding?.message).toMatch(/计算为增长30\.\d%/)
    expect(finding?.fix).toBeUndefined()
    expect(finding?.suggestion).toBeUndefined()

    const afterDismiss = dismissFinding(workspace, {
      reportId,
      sectionId: finding!.sectionId,
      key: finding!.key,
      reason: '按可比价计算',
      by: '张编辑',
    })
    expect(afterDismiss.find((item) => item.key === finding!.key)?.dismissed).toMatchObject({
      reason: '按可比价计算',
      by: '张编辑',
    })
    expect(workspace.metrics.getValue(change.id, 2026)?.value).toBe(12)
  })

  it('compares nothing for a change the text did not link (the income rates and 城镇新增就业)', () => {
    setMetricValue(workspace, { reportId, seriesId: seriesId('城镇新增就业'), text: '5800人' })
    setMetricValue(workspace, {
      reportId,
      seriesId: seriesId('城镇居民人均可支配收入增幅'),
      text: '6.8%',
    })
    const messages = findings('change-consistency').map((finding) => finding.message)
    expect(messages.filter((message) => message.includes('5580'))).toEqual([])
  })

  it('flags a direction word the value contradicts, with a fix that changes the word only', () => {
    const pm = seriesId('PM2.5浓度降幅')
    workspace.metrics.writeValue({
      seriesId: pm,
      year: 2026,
      value: 10.5,
      displayUnit: '%',
      qualifier: 'exact',
      source: 'test',
    })
    const [finding] = findings('change-consistency').filter((item) =>
      item.key.includes('direction'),
    )
    expect(finding?.message).toContain('文中写作“下降”')
    expect(finding?.fix).toMatchObject({ expected: '下降', replacement: '增长' })
    applyFix(finding!)
    expect(documentTextMap(section('生态环境持续向好').doc).text).toContain('浓度同比增长')
    expect(workspace.metrics.getValue(pm, 2026)?.value).toBe(10.5)
    expect(findings('change-consistency').filter((item) => item.key.includes('direction'))).toEqual(
      [],
    )
  })
})

describe('rule 4: years not moved on', () => {
  it('flags the 2025年 copied from last year and none once the suggestions are accepted', () => {
    const flagged = findings('year-not-moved')
    expect(flagged.length).toBeGreaterThanOrEqual(5)
    expect(
      flagged.every(
        (finding) => finding.suggestion === '2026年' || finding.suggestion === '2027年',
      ),
    ).toBe(true)
    const one = flagged[0]!
    const fixed = applyFix(one)
    expect(fixed.some((finding) => finding.key === one.key)).toBe(false)

    decideSuggestions(workspace, {
      reportId,
      suggestionIds: suggestions.map((item) => item.id),
      decision: 'accept',
    })
    expect(findings('year-not-moved')).toEqual([])
  })

  it('leaves history and years last year did not have alone', () => {
    decideSuggestions(workspace, {
      reportId,
      suggestionIds: suggestions.map((item) => item.id),
      decision: 'accept',
    })
    editText(
      '项目是发展的“生命线”',
      '全区上下',
      '2019年建成的园区、2024年以来、2026年上半年，全区上下',
    )
    expect(findings('year-not-moved')).toEqual([])
  })
})

describe('rules 5 and 6 in a report', () => {
  it('flags text planted with a half-width comma and 4千, with fixes that edit the text', () => {
    fillAll()
    editText('项目是发展的“生命线”', '全区上下', '全区上下,新增就业4千人，')
    const punctuation = findings('punctuation', '项目是发展的“生命线”')
    const comma = punctuation.find((finding) => finding.suggestion === '，')!
    expect(comma).toBeDefined()
    const numbers = findings('number-usage', '项目是发展的“生命线”')
    expect(numbers.find((finding) => finding.suggestion === '4000')).toBeDefined()

    applyFix(comma)
    expect(documentTextMap(section('项目是发展的“生命线”').doc).text).toContain(
      '全区上下，新增就业4千人',
    )
    const again = findings('number-usage', '项目是发展的“生命线”').find(
      (finding) => finding.suggestion === '4000',
    )!
    applyFix(again)
    expect(documentTextMap(section('项目是发展的“生命线”').doc).text).toContain('新增就业4000人')
  })

  it('flags a word-list error and a shortened year of the report’s year, each with a text fix', () => {
    fillAll()
    editText('项目是发展的“生命线”', '全区上下', '25年全区上下统筹布署，')
    const wording = findings('wording', '项目是发展的“生命线”')
    expect(wording.map((finding) => [finding.suggestion, finding.fix?.expected])).toEqual([
      ['部署', '布署'],
    ])
    const year = findings('number-usage', '项目是发展的“生命线”').find(
      (finding) => finding.suggestion === '2025年',
    )!
    // The report is the 2026 one: 25年 in it is 2025.
    expect(year.fix).toMatchObject({
      kind: 'replace-text',
      expected: '25年',
      replacement: '2025年',
    })
    applyFix(wording[0])
    expect(documentTextMap(section('项目是发展的“生命线”').doc).text).toContain('统筹部署')
  })

  it('does not proofread the placeholders of pending figures', () => {
    expect(
      checkReport(workspace, { reportId }).filter((finding) =>
        ['punctuation', 'number-usage'].includes(finding.rule),
      ),
    ).toEqual(
      checkReport(workspace, { reportId: lastYearId })
        .filter((finding) => ['punctuation', 'number-usage'].includes(finding.rule))
        .map((finding) =>
          expect.objectContaining({ rule: finding.rule, message: finding.message }),
        ),
    )
  })
})

describe('messages in the UI’s language', () => {
  it('gives every finding a message key both languages have, with every placeholder filled', () => {
    fillAll()
    editText('项目是发展的“生命线”', '全区上下', '全区上下,新增就业4千人，24年全县')
    const findings = checkReport(workspace, { reportId })
    expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(4)
    for (const finding of findings) {
      const [group, name] = (finding.messageKey ?? '').split('.') as [string, string]
      for (const locale of [zhCN, en]) {
        const template = (locale.checks as Record<string, Record<string, string>>)[group]?.[name]
        expect(template, `${finding.rule}: ${finding.messageKey}`).toBeDefined()
        const filled = interpolate(template!, finding.messageParams ?? {})
        expect(filled, finding.messageKey).not.toMatch(/\{\{\w+\}\}/)
      }
      expect(
        interpolate(zhCN.checks[group as 'report'][name as 'staleNumber'], finding.messageParams),
      ).toBe(finding.message)
    }
  })
})

describe('findings and the rule table', () => {
  it("carry one of their rule's messages, no more severe than the rule", () => {
    const rank = { info: 1, warning: 2, error: 3 }
    const pending = checkReport(workspace, { reportId })
    fillAll()
    editText('项目是发展的“生命线”', '全区上下', '全区上下,新增就业4千人，24年全县')
    const found = [...pending, ...checkReport(workspace, { reportId })]
    expect(new Set(found.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(5)
    for (const finding of found) {
      const rule = checkRuleTable.find((entry) => entry.id === finding.rule)!
      expect(rule.messageKeys, finding.rule).toContain(finding.messageKey)
      expect(rank[finding.severity], finding.messageKey).toBeLessThanOrEqual(rank[rule.severity])
    }
  })
})

describe('checking some sections', () => {
  it('finds exactly what a full run finds in those sections', () => {
    fillAll()
    editText('传统产业焕发绿色生机', '数字背后', '另有420万吨和4千吨,数字背后')
    const full = checkReport(workspace, { reportId })
    for (const target of workspace.sections.listByReport(reportId)) {
      expect(checkReport(workspace, { reportId, sectionIds: [target.id] })).toEqual(
        full.filter((finding) => finding.sectionId === target.id),
      )
    }
  })
})
