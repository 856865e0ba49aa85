import { docxStyleIdentity } from '../export/docx/docx-style-identities'
import { eastAsianHint } from '../export/docx/east-asian-hint'
import type { ExportProfile, ParagraphRole } from '../export/docx/export-profile'
import { formatSeriesChange } from '../shared/metrics/series-change'
import type { SectionKind } from '../shared/sections/section-kind'
import type { BlacklinePart } from '../shared/compare/blackline'
import type { ComparedSection, ReportComparison } from './compare-report'

/** Who and when the tracked changes are recorded as (Word shows both in its review pane). */
export interface RevisionStamp {
  author: string
  /** ISO 8601 without fractions, e.g. 2026-03-01T09:00:00Z. */
  date: string
}

/** The words the Word file writes besides the report's own text. */
export const trackedChangesWords = {
  heading: (fromYear: number, toYear: number) => `${fromYear}年 → ${toYear}年 对比稿`,
  figuresHeading: '附：数字对比',
  label: '指标',
  year: (year: number) => `${year}年`,
  change: '增减',
  missing: '待填',
  none: '—',
}

type ChangeKind = BlacklinePart['kind']

interface TrackedParagraph {
  role: ParagraphRole
  runs: BlacklinePart[]
  /** Whether the paragraph's own mark (its end) is shared, inserted or deleted. */
  mark: ChangeKind
}

/** The role an ordinary line of each section kind is set in (a 栏目's first line is its heading). */
const kindRoles: Record<SectionKind, ParagraphRole> = {
  masthead: 'masthead',
  title: 'title',
  subtitle: 'subtitle',
  lead: 'lead',
  heading: 'body',
  subsection: 'body',
  closing: 'closing',
  credits: 'credits',
}

const sectionMarks: Record<ComparedSection['status'], ChangeKind> = {
  paired: 'same',
  added: 'added',
  removed: 'removed',
}

/** Characters XML 1.0 cannot hold; plain text rarely has them, a pasted control code may. */
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu

function escapeText(text: string): string {
  return text
    .replace(invalidXmlCharacters, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}

/**
 * A section's blackline as paragraphs: every line break of the text ends a paragraph whose mark
 * is inserted or deleted with the break, and the section's last paragraph ends with a mark that
 * is inserted for a new section, deleted for a removed one, shared otherwise. Accepting every
 * change then gives this year's text, rejecting every change last year's, paragraphs included.
 */
function sectionParagraphs(section: ComparedSection, profile: ExportProfile): TrackedParagraph[] {
  const headingRole = profile.outline.sectionHeadingRole
  const roleOf = (index: number): ParagraphRole =>
    section.kind === 'heading' && index === 0 ? headingRole : kindRoles[section.kind]
  const paragraphs: TrackedParagraph[] = []
  let runs: BlacklinePart[] = []
  for (const part of section.parts) {
    const lines = part.text.split('\n')
    lines.forEach((line, index) => {
      if (line) {
        runs.push({ kind: part.kind, text: line })
      }
      if (index < lines.length - 1) {
        paragraphs.push({ role: roleOf(paragraphs.length), runs, mark: part.kind })
        runs = []
      }
    })
  }
  paragraphs.push({ role: roleOf(paragraphs.length), runs, mark: sectionMarks[section.status] })
  return paragraphs
}

/** Writes w:ins / w:del elements, numbering them as Word requires (unique ids). */
class RevisionWriter {
  private nextId = 1

  constructor(private readonly stamp: RevisionStamp) {}

  private attributes(): string {
    const { author, date } = this.stamp
    return `w:id="${this.nextId++}" w:author="${escapeAttribute(author)}" w:date="${date}"`
  }

  /** The paragraph mark's properties: inserted or deleted with the line break it stands for. */
  markProperties(kind: ChangeKind): string {
    if (kind === 'same') {
      return ''
    }
    return `<w:rPr>${kind === 'added' ? '<w:ins' : '<w:del'} ${this.attributes()}/></w:rPr>`
  }

  run(part: BlacklinePart): string {
    const textElement = part.kind === 'removed' ? 'w:delText' : 'w:t'
    const pieces = part.text.split('\t').map((piece, index) => {
      const tab = index > 0 ? '<w:tab/>' : ''
      const text = piece
        ? `<${textElement} xml:space="preserve">${escapeText(piece)}</${textElement}>`
        : ''
      return tab + text
    })
    const hint = eastAsianHint(part.text) ? '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>' : ''
    const run = `<w:r>${hint}${pieces.join('')}</w:r>`
    if (part.kind === 'same') {
      return run
    }
    const element = part.kind === 'added' ? 'w:ins' : 'w:del'
    return `<${element} ${this.attributes()}>${run}</${element}>`
  }
}

function paragraphXml(
  paragraph: TrackedParagraph,
  profile: ExportProfile,
  revisions: RevisionWriter,
): string {
  const style = docxStyleIdentity(paragraph.role, profile).id
  const styleXml = style === 'Normal' ? '' : `<w:pStyle w:val="${style}"/>`
  const properties = `<w:pPr>${styleXml}${revisions.markProperties(paragraph.mark)}</w:pPr>`
  return `<w:p>${properties}${paragraph.runs.map((run) => revisions.run(run)).join('')}</w:p>`
}

function plainParagraph(text: string, style: string, options: { bold?: boolean } = {}): string {
  const styleXml = style === 'Normal' ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`
  const bold = options.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''
  const run = text ? `<w:r>${bold}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>` : ''
  return `<w:p>${styleXml}${run}</w:p>`
}

const cellBorders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join('')

/** The figures table: series, last year, this year, change (个百分点 for rates, % for amounts). */
function figuresTableXml(comparison: ReportComparison, profile: ExportProfile): string {
  const words = trackedChangesWords
  const previousYear = comparison.previous?.year ?? comparison.year - 1
  const tableStyle = docxStyleIdentity('tableText', profile).id
  const widths = [3400, 1900, 1900, 1700]
  const cell = (text: string, index: number, bold = false) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[index]}" w:type="dxa"/></w:tcPr>${plainParagraph(text, tableStyle, { bold })}</w:tc>`
  const row = (cells: string[], header = false) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((text, index) => cell(text, index, header)).join('')}</w:tr>`
  const rows = [
    row([words.label, words.year(previousYear), words.year(comparison.year), words.change], true),
    ...comparison.metrics.map((metric) =>
      row([
        metric.label,
        metric.previous ?? words.none,
        metric.current ?? words.missing,
        formatSeriesChange(metric.change, metric.changeUnit),
      ]),
    ),
  ]
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${cellBorders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`
  )
}

function twips(mm: number): number {
  return Math.round((mm / 25.4) * 1440)
}

/**
 * word/document.xml of the tracked-changes file: every section of the comparison in order, its
 * blackline as Word revisions (w:ins runs and inserted paragraph marks for this year's text,
 * w:del runs with w:delText and deleted paragraph marks for last year's), set in the profile's
 * paragraph styles; then, after a page break, the figures table. `headerId` is the relationship
 * id of the header part that names the years.
 */
export function trackedChangesDocumentXml(
  comparison: ReportComparison,
  profile: ExportProfile,
  stamp: RevisionStamp,
  headerId: string,
): string {
  const revisions = new RevisionWriter(stamp)
  const body = comparison.sections.flatMap((section) =>
    sectionParagraphs(section, profile).map((paragraph) =>
      paragraphXml(paragraph, profile, revisions),
    ),
  )
  const figures =
    comparison.metrics.length === 0
      ? []
      : [
          '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
          plainParagraph(
            trackedChangesWords.figuresHeading,
            docxStyleIdentity(profile.outline.sectionHeadingRole, profile).id,
          ),
          figuresTableXml(comparison, profile),
          '<w:p/>',
        ]
  const { page } = profile
  const section =
    `<w:sectPr><w:headerReference w:type="default" r:id="${headerId}"/>` +
    `<w:pgSz w:w="${twips(page.widthMm)}" w:h="${twips(page.heightMm)}"/>` +
    `<w:pgMar w:top="${twips(page.marginMm.top)}" w:right="${twips(page.marginMm.right)}" ` +
    `w:bottom="${twips(page.marginMm.bottom)}" w:left="${twips(page.marginMm.left)}" ` +
    `w:header="${twips(page.marginMm.header)}" w:footer="${twips(page.marginMm.footer ?? page.marginMm.header)}" w:gutter="${twips(page.marginMm.binding)}"/></w:sectPr>`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${[...body, ...figures].join('')}${section}</w:body></w:document>`
  )
}
