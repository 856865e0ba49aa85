import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../shared/document/document-json'
import { documentPlainText } from '../../shared/document/plain-text'
import { exportDocx } from './export-docx'
import type { ExportProfile } from './export-profile'
import type { ExportSection } from './numbered-outline'
import { numberOutline } from './numbered-outline'
import { readExportProfile } from './read-export-profile'
import { sampleExportInput, sampleFigures, sampleSections } from './sample-export-input.fixture'
import { textBlockWidthMm } from './text-block-width-mm'

const requiredTools = ['soffice', 'pdftotext', 'pdfinfo']
const pathFolders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '')
const missingTools = requiredTools.filter(
  (tool) => !pathFolders.some((folder) => existsSync(join(folder, tool))),
)
const skipReason =
  missingTools.length > 0
    ? `LibreOffice render test skipped: ${missingTools.join(', ')} not on PATH ` +
      '(apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk)'
    : undefined
if (skipReason) {
  console.warn(skipReason)
}

const profilesFolder = join(__dirname, '../../../resources/export-profiles')
const newspaper = readExportProfile(join(profilesFolder, 'newspaper.json'))
const gongwen = readExportProfile(join(profilesFolder, 'gongwen.json'))
const pointsPerMm = 72 / 25.4
/** GB/T 9704-2012: 22 lines of 28 characters to the page. */
const gongwenLinesPerPage = 22
const gongwenCharsPerLine = 28

/** One line of a PDF page as pdftotext -bbox-layout finds it, x in points from the left edge. */
interface PdfLine {
  page: number
  xMin: number
  xMax: number
  text: string
}

interface Rendered {
  pages: number
  lines: PdfLine[]
  /** All the text with no white space, for finding a heading however it was broken. */
  compactText: string
}

const xmlEntities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}
const linePattern = /<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)<\/line>/gs
const wordPattern = /<word[^>]*>([^<]*)<\/word>/g

/** The PDF's lines, each line's words joined without the spaces pdftotext puts between them. */
function pdfLines(pdf: string): PdfLine[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' })
  const wordsOf = (lineXml: string) =>
    Array.from(lineXml.matchAll(wordPattern), (word) =>
      word[1].replace(/&\w+;/g, (entity) => xmlEntities[entity] ?? entity),
    ).join('')
  return xhtml
    .split('<page ')
    .slice(1)
    .flatMap((pageXml, page) =>
      Array.from(pageXml.matchAll(linePattern), (match) => ({
        page: page + 1,
        xMin: Number(match[1]),
        xMax: Number(match[2]),
        text: wordsOf(match[3]),
      })),
    )
}

function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

function textOf(node: DocumentNode): string {
  return documentPlainText(
    { type: 'doc', content: [node] },
    (attributes) => sampleFigures[attributes.seriesId].text,
  )
}

/** Every heading's text (the title included) and the credits line, as the export numbers them. */
function landmarks(sections: ExportSection[]): string[] {
  const headings = sections.flatMap((section) =>
    (section.doc.content ?? []).filter((node) => node.type === 'heading').map(textOf),
  )
  const credits = sections
    .filter((section) => section.kind === 'credits')
    .flatMap((section) => (section.doc.content ?? []).map(textOf))
  return [...headings, ...credits]
}

/** Long paragraphs of the sample's Chinese characters alone: no punctuation rule breaks early. */
function gridProbeParagraphs(): string[] {
  const han = sampleSections
    .flatMap((section) => section.doc.content ?? [])
    .map(textOf)
    .join('')
    .replace(/[^\p{Script=Han}]/gu, '')
  return Array.from({ length: 10 }, (_, index) => `${han.slice(index * 17)}${han}`.slice(0, 150))
}

const probeParagraphs = gridProbeParagraphs()
const probeSection: ExportSection = {
  kind: 'heading',
  doc: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '版心网格校验' }] },
      ...probeParagraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ],
  },
}

const pageNumberLine = /^—\d+—$/

/**
 * The probe paragraphs' lines in reading order, page numbers skipped, each marked whether it is its
 * paragraph's first (indented) or last (short) line.
 */
function probeLines(lines: PdfLine[]): { line: PdfLine; first: boolean; last: boolean }[] {
  let cursor = lines.findIndex((line) => line.text.includes('版心网格校验')) + 1
  expect(cursor, 'the probe heading is missing').toBeGreaterThan(0)
  return probeParagraphs.flatMap((paragraph) => {
    const found: PdfLine[] = []
    let read = ''
    while (read !== paragraph && cursor < lines.length) {
      const line = lines[cursor]
      cursor += 1
      if (pageNumberLine.test(line.text)) {
        continue
      }
      const goesOn = paragraph.startsWith(read + line.text)
      expect(goesOn, `“${line.text}” does not go on “${read}”`).toBe(true)
      read += line.text
      found.push(line)
    }
    expect(read).toBe(paragraph)
    return found.map((line, index) => ({
      line,
      first: index === 0,
      last: index === found.length - 1,
    }))
  })
}

describe('the Word export as LibreOffice renders it', () => {
  const folder = join(tmpdir(), `dajuan-render-${randomUUID()}`)
  // A private LibreOffice profile, so parallel runs do not wait on one another's lock.
  const loProfile = join(tmpdir(), `lo-profile-${randomUUID()}`)
  const rendered = new Map<string, Rendered>()
  const renderedAs = (name: string): Rendered => {
    const result = rendered.get(name)
    if (!result) {
      throw new Error(`${name} was not rendered`)
    }
    return result
  }

  beforeAll(async () => {
    if (skipReason) {
      return
    }
    mkdirSync(folder)
    const exports = {
      newspaper: await exportDocx(sampleExportInput(newspaper)),
      gongwen: await exportDocx(sampleExportInput(gongwen)),
      gongwenProbe: await exportDocx(sampleExportInput(gongwen, [...sampleSections, probeSection])),
    }
    const files = Object.entries(exports).map(([name, bytes]) => {
      const file = join(folder, `${name}.docx`)
      writeFileSync(file, bytes)
      return file
    })
    const convert = ['--headless', '--convert-to', 'pdf', '--outdir', folder]
    execFileSync('soffice', [`-env:UserInstallation=file://${loProfile}`, ...convert, ...files], {
      timeout: 90_000,
      stdio: 'pipe',
    })
    for (const name of Object.keys(exports) as (keyof typeof exports)[]) {
      const pdf = join(folder, `${name}.pdf`)
      expect(existsSync(pdf), `LibreOffice wrote no ${name}.pdf`).toBe(true)
      const lines = pdfLines(pdf)
      const compactText = compact(lines.map((line) => line.text).join(''))
      rendered.set(name, { pages: pageCount(pdf), lines, compactText })
    }
  }, 120_000)

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    rmSync(loProfile, { recursive: true, force: true })
  })

  function lineStarting(lines: PdfLine[], text: string): PdfLine {
    const line = lines.find((candidate) => candidate.text.startsWith(text))
    if (!line) {
      throw new Error(`no line starts with ${text}`)
    }
    return line
  }

  /** How far the body's first line starts right of a line after its hard break (never indented). */
  function bodyIndentPt(lines: PdfLine[]): number {
    return lineStarting(lines, '作为山西资源型').xMin - lineStarting(lines, '煤矿智能化改造').xMin
  }

  /** How far the centre of the line starting with `text` lies from the centre of the text block. */
  function offCentrePt(lines: PdfLine[], text: string, profile: ExportProfile): number {
    const line = lineStarting(lines, text)
    const centreMm = profile.page.marginMm.left + textBlockWidthMm(profile.page) / 2
    return Math.abs((line.xMin + line.xMax) / 2 - centreMm * pointsPerMm)
  }

  it.skipIf(skipReason)('sets the newspaper sample on 2 pages, centred and indented', () => {
    const { pages, lines, compactText } = renderedAs('newspaper')
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(3)
    for (const text of landmarks(sampleSections)) {
      expect(compactText).toContain(compact(text))
    }
    expect(compactText).toContain('聚焦2026长治两会')
    expect(offCentrePt(lines, '太行深处焕新颜', newspaper)).toBeLessThan(4)
    expect(offCentrePt(lines, '——上党区交出', newspaper)).toBeLessThan(4)
    expect(bodyIndentPt(lines)).toBeCloseTo(2 * newspaper.styles.body.sizePt, -1)
  })

  it.skipIf(skipReason)('sets the 公文 sample on 2 pages, numbered, title centred', () => {
    const { pages, lines, compactText } = renderedAs('gongwen')
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(3)
    const numbered = numberOutline(
      sampleSections.filter((section) => section.kind !== 'masthead'),
      gongwen.outline,
    )
    for (const text of landmarks(numbered)) {
      expect(compactText).toContain(compact(text))
    }
    expect(compactText).toContain('一、从“煤字号”到“新质态”')
    expect(compactText).not.toContain('聚焦2026长治两会')
    expect(offCentrePt(lines, '太行深处焕新颜', gongwen)).toBeLessThan(4)
    expect(offCentrePt(lines, '——上党区交出', gongwen)).toBeLessThan(4)
    expect(bodyIndentPt(lines)).toBeCloseTo(2 * gongwen.styles.body.sizePt, -1)
  })

  it.skipIf(skipReason)('fits 28 characters to a 公文 line and 22 lines to a page', () => {
    const { pages, lines } = renderedAs('gongwenProbe')
    expect(pages).toBeGreaterThanOrEqual(4)
    expect(pages).toBeLessThanOrEqual(6)
    const probe = probeLines(lines)
    const fullLines = probe.filter((entry) => !entry.last)
    expect(fullLines.length).toBeGreaterThan(30)
    for (const { line, first } of fullLines) {
      const characters = line.text.length + (first ? 2 : 0)
      expect(characters, line.text).toBeGreaterThanOrEqual(gongwenCharsPerLine - 1)
      expect(characters, line.text).toBeLessThanOrEqual(gongwenCharsPerLine + 1)
    }
    const probePages = new Set(probe.map((entry) => entry.line.page))
    const probeOnly = (line: PdfLine) =>
      pageNumberLine.test(line.text) || probe.some((entry) => entry.line === line)
    const fullPages = [...probePages].filter(
      (page) => page !== pages && lines.filter((line) => line.page === page).every(probeOnly),
    )
    expect(fullPages.length).toBeGreaterThanOrEqual(1)
    for (const page of fullPages) {
      const bodyLines = lines.filter(
        (line) => line.page === page && !pageNumberLine.test(line.text),
      )
      expect(bodyLines.length, `page ${page}`).toBeGreaterThanOrEqual(gongwenLinesPerPage - 1)
      expect(bodyLines.length, `page ${page}`).toBeLessThanOrEqual(gongwenLinesPerPage + 1)
    }
  })

  it.skipIf(skipReason)('puts 公文 page numbers outside: odd pages right, even pages left', () => {
    const { pages, lines } = renderedAs('gongwenProbe')
    const blockCentre =
      (gongwen.page.marginMm.left + textBlockWidthMm(gongwen.page) / 2) * pointsPerMm
    for (let page = 1; page <= pages; page += 1) {
      const number = lines.find((line) => line.page === page && line.text === `—${page}—`)
      expect(number, `page ${page} has no “— ${page} —”`).toBeDefined()
      const side = (number?.xMin ?? 0) > blockCentre ? 'right' : 'left'
      expect(side, `page ${page}`).toBe(page % 2 === 1 ? 'right' : 'left')
    }
  })
})
