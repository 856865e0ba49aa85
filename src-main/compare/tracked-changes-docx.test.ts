import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { readShippedProfile } from '../export/export-report-docx'
import { inspectZip } from '../zip/inspect-zip'
import { readZipEntry } from '../zip/read-zip-entry'
import { blackline } from '../shared/compare/blackline'
import type { ComparedSection, ReportComparison } from './compare-report'
import { trackedChangesDocx } from './tracked-changes-docx'

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const profile = readShippedProfile('newspaper')
const now = new Date(Date.UTC(2026, 2, 1, 9, 30, 0))

function section(
  status: ComparedSection['status'],
  kind: ComparedSection['kind'],
  before: string,
  after: string,
): ComparedSection {
  const parts = blackline(before, after)
  return {
    status,
    kind,
    title: (after || before).split('\n')[0],
    previousTitle: status === 'added' ? null : before.split('\n')[0],
    sectionId: status === 'removed' ? null : 1,
    previousSectionId: status === 'added' ? null : 2,
    changed: parts.some((part) => part.kind !== 'same'),
    parts,
  }
}

/** Last year's and this year's texts of each section, one line a paragraph. */
const texts: [ComparedSection['status'], ComparedSection['kind'], string, string][] = [
  ['paired', 'title', '2025年 上党区答卷', '2026年 上党区答卷'],
  [
    'paired',
    'heading',
    '产业转型提速\n原煤产量3598万吨。',
    '产业转型提速\n原煤产量3700万吨。\n新增一段。',
  ],
  ['removed', 'subsection', '新兴产业加速。\n光伏玻璃“上党制造”。', ''],
  ['added', 'subsection', '', '数字经济起步。\n表格\t一\t二'],
  ['paired', 'subsection', '两段合一。\n第二段。', '两段合一。第二段。'],
  ['paired', 'closing', 'A & B <c>\u0007', 'A & B <c>\u0007'],
]

const comparison: ReportComparison = {
  reportId: 2,
  year: 2026,
  title: '2026年 上党区答卷',
  previous: { reportId: 1, year: 2025, title: '2025年 上党区答卷' },
  sections: texts.map(([status, kind, before, after]) => section(status, kind, before, after)),
  metrics: [
    {
      seriesId: 1,
      label: '原煤产量',
      previous: '3598万吨',
      current: '3700万吨',
      change: 2.8349,
      changeUnit: '%',
    },
    {
      seriesId: 2,
      label: '本科达线率',
      previous: '99.27%',
      current: null,
      change: null,
      changeUnit: null,
    },
    {
      seriesId: 3,
      label: '开工率',
      previous: '70%',
      current: '72%',
      change: 2,
      changeUnit: '个百分点',
    },
  ],
}

function part(zip: Buffer, name: string): Document {
  const entry = inspectZip(zip).entries.get(name)
  if (!entry) {
    throw new Error(`no ${name}`)
  }
  return new DOMParser().parseFromString(
    new TextDecoder().decode(readZipEntry(zip, entry)),
    'text/xml',
  ) as unknown as Document
}

function elements(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(w, name))
}

function isInside(element: Element, name: string): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if ((node as Element).localName === name && (node as Element).namespaceURI === w) {
      return true
    }
  }
  return false
}

/**
 * The body's lines as Word shows them after accepting (or rejecting) every change: the other
 * side's runs go, and a paragraph whose mark goes joins the next paragraph.
 */
function resolve(document: Document, decision: 'accept' | 'reject'): string[] {
  const gone = decision === 'accept' ? 'del' : 'ins'
  const lines: string[] = []
  let line = ''
  const body = elements(document, 'body')[0]
  for (const paragraph of elements(body, 'p').filter((p) => !isInside(p, 'tbl'))) {
    for (const run of elements(paragraph, 'r')) {
      if (isInside(run, gone)) {
        continue
      }
      for (const child of Array.from(run.childNodes) as Element[]) {
        if (child.localName === 't' || child.localName === 'delText') {
          line += child.textContent
        } else if (child.localName === 'tab') {
          line += '\t'
        }
      }
    }
    const markProperties = elements(paragraph, 'pPr').flatMap((pPr) => elements(pPr, 'rPr'))
    const markGone = markProperties.some((rPr) => elements(rPr, gone).length > 0)
    if (!markGone) {
      lines.push(line)
      line = ''
    }
  }
  return lines.filter((text) => text !== '')
}

describe('trackedChangesDocx', () => {
  const zip = trackedChangesDocx(comparison, profile, now)
  const document = part(zip, 'word/document.xml')

  it('records every change as a w:ins or w:del by 答卷, dated, with unique ids', () => {
    const changes = [...elements(document, 'ins'), ...elements(document, 'del')]
    expect(changes.length).toBeGreaterThan(10)
    for (const change of changes) {
      expect(change.getAttributeNS(w, 'author')).toBe('答卷')
      expect(change.getAttributeNS(w, 'date')).toBe('2026-03-01T09:30:00Z')
    }
    const ids = changes.map((change) => change.getAttributeNS(w, 'id'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('writes deleted text as w:delText inside w:del, inserted text as w:t inside w:ins', () => {
    const deleted = elements(document, 'delText').map((element) => element.textContent)
    expect(deleted).toContain('3598')
    expect(deleted).toContain('新兴产业加速。')
    for (const element of elements(document, 'delText')) {
      expect(isInside(element, 'del')).toBe(true)
    }
    const inserted = elements(document, 'ins').flatMap((ins) =>
      elements(ins, 't').map((element) => element.textContent),
    )
    expect(inserted).toContain('3700')
    expect(inserted).toContain('数字经济起步。')
    for (const element of elements(document, 't')) {
      expect(isInside(element, 'del')).toBe(false)
    }
  })

  it('gives this year’s text on Accept all and last year’s on Reject all, paragraphs included', () => {
    const lines = (side: 'before' | 'after') =>
      texts
        .flatMap(([, , before, after]) => (side === 'before' ? before : after).split('\n'))
        .map((text) => text.replace('\u0007', ''))
        .filter((text) => text !== '')
    expect(resolve(document, 'accept')).toEqual([...lines('after'), '附：数字对比'])
    expect(resolve(document, 'reject')).toEqual([...lines('before'), '附：数字对比'])
  })

  it('marks a new section’s paragraph marks inserted and a dropped one’s deleted', () => {
    const paragraphs = elements(document, 'p')
    const withText = (text: string) =>
      paragraphs.find((paragraph) => paragraph.textContent?.includes(text))!
    const markChange = (paragraph: Element) =>
      elements(paragraph, 'pPr')
        .flatMap((pPr) => elements(pPr, 'rPr'))
        .flatMap((rPr) => [...elements(rPr, 'ins'), ...elements(rPr, 'del')])
        .map((change) => change.localName)
    expect(markChange(withText('数字经济起步。'))).toEqual(['ins'])
    expect(markChange(withText('光伏玻璃'))).toEqual(['del'])
    expect(markChange(withText('产业转型提速'))).toEqual([])
  })

  it('sets paragraphs in the profile’s styles: title, section heading, closing', () => {
    const styleOf = (text: string) => {
      const paragraph = elements(document, 'p').find((p) => p.textContent?.startsWith(text))!
      return elements(paragraph, 'pStyle')[0]?.getAttributeNS(w, 'val') ?? 'Normal'
    }
    expect(styleOf('2025')).toBe('Heading1')
    expect(styleOf('产业转型提速')).toBe('Heading2')
    expect(styleOf('原煤产量')).toBe('Normal')
    expect(styleOf('A & B')).toBe('DajuanClosing')
    expect(elements(document, 'tab')).toHaveLength(2)
  })

  it('escapes markup characters and drops control characters', () => {
    const closing = elements(document, 'p').find((p) => p.textContent?.startsWith('A & B'))!
    expect(closing.textContent).toBe('A & B <c>')
  })

  it('names the years in the page header and keeps tracking on for the leader’s own edits', () => {
    expect(part(zip, 'word/header1.xml').documentElement.textContent).toBe('2025年 → 2026年 对比稿')
    expect(elements(document, 'headerReference')).toHaveLength(1)
    expect(elements(part(zip, 'word/settings.xml'), 'trackRevisions')).toHaveLength(1)
    expect(part(zip, 'docProps/core.xml').documentElement.textContent).toContain('答卷')
  })

  it('ends with the figures table: series, last year, this year, change', () => {
    const rows = elements(document, 'tr').map((row) =>
      elements(row, 'tc').map((cell) => cell.textContent),
    )
    expect(rows).toEqual([
      ['指标', '2025年', '2026年', '增减'],
      ['原煤产量', '3598万吨', '3700万吨', '+2.8%'],
      ['本科达线率', '99.27%', '待填', '—'],
      ['开工率', '70%', '72%', '+2个百分点'],
    ])
  })

  it('has every part its content types and relationships name', () => {
    const names = [...inspectZip(zip).entries.keys()]
    expect(names[0]).toBe('[Content_Types].xml')
    const types = part(zip, '[Content_Types].xml')
    for (const override of Array.from(types.getElementsByTagName('Override'))) {
      expect(names).toContain(override.getAttribute('PartName')!.slice(1))
    }
    const relationships = part(zip, 'word/_rels/document.xml.rels')
    for (const relationship of Array.from(relationships.getElementsByTagName('Relationship'))) {
      expect(names).toContain(`word/${relationship.getAttribute('Target')}`)
    }
  })
})
