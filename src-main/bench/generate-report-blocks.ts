import sampleText from '../../resources/shangdang-2025.txt?raw'
import type { DocumentNode } from '../shared/document/document-json'
import { extractFigures } from '../shared/extraction/extract-figures'
import { formatChineseInteger } from '../shared/extraction/numerals'
import type { ReadBlock } from '../import/source-paragraph'
import { seededRandom } from './generate-report-text'
import { noisePng } from './noise-png'

/** What a generated report is made of, before import. */
export interface GeneratedReport {
  blocks: ReadBlock[]
  /** Characters of text (paragraphs, headings, table cells, captions). */
  characters: number
  /** Figures in body text that the import binds to metric series. */
  figures: number
  tables: number
  images: number
  /** Outline entries the import is expected to find. */
  sections: number
}

const charactersPerPage = 1000
const figuresPerPage = 10
const closingLength = 240
const headingWithIntroLength = 170
const credits = [
  '策划/宋玉红',
  '统筹/陈建波 张国平',
  '文字/王涵 李盼 上党区融媒体中心',
  '图片/张国平 尚华 赵浩 向峥',
]

/** The figures of a text the import binds (durations such as 过去四年 stay text). */
function boundFigureCount(text: string): number {
  return extractFigures(text).filter((figure) => figure.duration === null).length
}

interface Material {
  figureClauses: string[]
  proseClauses: string[]
  leadHeads: string[]
  leadTails: string[]
  headingHeads: string[]
  headingTails: string[]
  labels: string[]
}

/** Clauses, lead sentences, headings and figure labels of the bundled sample, to recombine. */
function readMaterial(): Material {
  const lines = sampleText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  const body = lines.filter((line) => line.length > 40)
  const leads = body.flatMap((line) => /^([^，。；：“”]{6,12})[。！]/.exec(line)?.[1] ?? [])
  const headings = lines.filter(
    (line) => line.length >= 12 && line.length <= 24 && /^[^。；]+，[^。；]+$/.test(line),
  )
  const clauses = body
    .map((line) => line.slice((/^[^，。；：“”]{6,12}[。！]/.exec(line)?.[0] ?? '').length))
    .flatMap((line) => line.split(/[，；。！：]/))
    .map((clause) => clause.trim())
    .filter((clause) => clause.length >= 6 && clause.split('“').length === clause.split('”').length)
  return {
    figureClauses: clauses.filter((clause) => boundFigureCount(clause) > 0),
    proseClauses: clauses.filter((clause) => !/\d/.test(clause)),
    leadHeads: leads.map((lead) => lead.slice(0, 4)),
    leadTails: leads.map((lead) => lead.slice(4)),
    headingHeads: headings.map((heading) => heading.split('，')[0]!),
    headingTails: headings.map((heading) => heading.split('，')[1]!),
    labels: extractFigures(body.join('\n')).map((figure) => figure.label),
  }
}

/**
 * A large report in the bundled sample's style, deterministic for a page count: masthead, title,
 * subtitle, lead, numbered themed headings (one per ten pages) each with an intro and subsections
 * opening with a bold lead sentence, about 1,000 characters and 10 figures a page, a table every
 * five pages, a captioned photo every ten, then a closing and credits. The blocks are what a file
 * reader hands to the import, with the formatting hints a Word file would carry; importing them
 * yields one outline entry per page.
 */
export function generateReportBlocks(pages: number, seed = 2025): GeneratedReport {
  const random = seededRandom(seed)
  const material = readMaterial()
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  const reshape = (text: string) =>
    text.replace(/\d+/g, (digits) =>
      String(Math.floor(random() * 10 ** digits.length))
        .padStart(digits.length, '1')
        .slice(0, digits.length),
    )
  const headingCount = Math.max(1, Math.round(pages / 10))
  const subsectionCount = Math.max(headingCount, pages - 6 - headingCount)
  const tableCount = Math.max(1, Math.round(pages / 5))
  const imageCount = Math.max(1, Math.round(pages / 10))
  const targetCharacters = pages * charactersPerPage
  const blocks: ReadBlock[] = []
  let characters = 0
  let figures = 0

  const prose = (length: number): string => {
    let text = ''
    while (text.length < length) {
      const clauses: string[] = []
      const clauseCount = 2 + Math.floor(random() * 3)
      for (let index = 0; index < clauseCount; index++) {
        const written = `${text}${clauses.join('，')}`
        const wanted = ((characters + written.length) * figuresPerPage) / charactersPerPage
        if (figures + boundFigureCount(written) < wanted) {
          clauses.push(reshape(pick(material.figureClauses)))
        } else {
          clauses.push(pick(material.proseClauses))
        }
      }
      text += `${clauses.join('，')}${random() < 0.15 ? '！' : '。'}`
    }
    return text
  }
  const paragraph = (text: string, hints?: Extract<ReadBlock, { kind: 'paragraph' }>['hints']) => {
    characters += text.length
    figures += boundFigureCount(text.slice(hints?.leadLength ?? 0))
    blocks.push({ kind: 'paragraph', text, ...(hints ? { hints } : {}) })
  }
  const cell = (type: 'tableHeader' | 'tableCell', text: string): DocumentNode => {
    characters += text.length
    return { type, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
  }
  const table = (): DocumentNode => {
    const header = ['指标', '2024年', '2025年', '同比'].map((text) => cell('tableHeader', text))
    const rows = Array.from({ length: 6 }, () => {
      const before = 100 + Math.floor(random() * 9900)
      const after = Math.round(before * (0.9 + random() * 0.3))
      const change = `${(((after - before) / before) * 100).toFixed(1)}%`
      return [pick(material.labels), String(before), String(after), change].map((text) =>
        cell('tableCell', text),
      )
    })
    return {
      type: 'table',
      content: [header, ...rows].map((content) => ({ type: 'tableRow', content })),
    }
  }

  for (const line of ['聚焦', '2026', '长治两会', '两会特刊']) {
    paragraph(line, { align: 'center', bold: true, fontSizePt: 22 })
  }
  paragraph('太行深处焕新颜 实干笃行向未来', { align: 'center', bold: true, fontSizePt: 26 })
  paragraph('——上党区交出二〇二五年高质量发展答卷', { align: 'center', fontSizePt: 16 })
  paragraph(prose(300))

  let subsection = 0
  let tablesPlaced = 0
  let imagesPlaced = 0
  for (let heading = 0; heading < headingCount; heading++) {
    const title = `${formatChineseInteger(heading + 1)}、${pick(material.headingHeads)}，${pick(material.headingTails)}`
    paragraph(title, { headingLevel: 2, bold: true, fontSizePt: 18 })
    paragraph(prose(150))
    const end = Math.round(((heading + 1) * subsectionCount) / headingCount)
    for (; subsection < end; subsection++) {
      const lead = `${pick(material.leadHeads)}${pick(material.leadTails)}。`
      const reserved = closingLength + (headingCount - heading - 1) * headingWithIntroLength
      const budget = (targetCharacters - characters - reserved) / (subsectionCount - subsection)
      const goal = characters + Math.max(200, budget)
      paragraph(`${lead}${prose(Math.min(goal - characters - lead.length, 420))}`, {
        leadLength: lead.length,
      })
      while (goal - characters > 100) {
        paragraph(prose(Math.min(goal - characters, 400) - 20))
      }
      if (
        tablesPlaced < tableCount &&
        (subsection + 0.5) / subsectionCount >= tablesPlaced / tableCount
      ) {
        blocks.push({ kind: 'attachment', node: table() })
        tablesPlaced += 1
      }
      if (
        imagesPlaced < imageCount &&
        (subsection + 0.7) / subsectionCount >= imagesPlaced / imageCount
      ) {
        const caption = `▲${pick(material.labels)}现场`
        characters += caption.length
        const bytes = noisePng(400, 300, seed + imagesPlaced)
        blocks.push({ kind: 'image', bytes, caption, credit: '张国平 摄' })
        imagesPlaced += 1
      }
    }
  }
  paragraph(`太行巍巍启新程，漳水汤汤向未来。${prose(closingLength - 40)}`)
  for (const line of credits) {
    paragraph(line)
  }
  return {
    blocks,
    characters,
    figures,
    tables: tablesPlaced,
    images: imagesPlaced,
    sections: 6 + headingCount + subsectionCount,
  }
}
