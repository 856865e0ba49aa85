import { docxStyleIdentity } from './docx-style-identities'
import type {
  CharacterStyleSpec,
  ExportProfile,
  ParagraphRole,
  ParagraphStyleSpec,
} from './export-profile'
import { characterRoles, paragraphRoles } from './export-profile'
import { gridFitSpacing } from './grid-fit-spacing'
import { textBlockWidthMm } from './text-block-width-mm'

const twipsPerPoint = 20
const alignments = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const

/** Roles that stay on the page with the paragraph after them: the title block and the headings. */
const keptWithNext = new Set<ParagraphRole>([
  'masthead',
  'title',
  'subtitle',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'sectionHeading',
])

function attribute(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

function spacingXml(spec: ParagraphStyleSpec): string {
  const before = Math.round(spec.spaceBeforePt * twipsPerPoint)
  const after = Math.round(spec.spaceAfterPt * twipsPerPoint)
  const line =
    spec.lineSpacing.rule === 'exact'
      ? `w:line="${Math.round(spec.lineSpacing.pt * twipsPerPoint)}" w:lineRule="exact"`
      : `w:line="${Math.round(spec.lineSpacing.multiple * 240)}" w:lineRule="auto"`
  return `<w:spacing w:before="${before}" w:after="${after}" ${line}/>`
}

/** Word reads firstLineChars, LibreOffice only firstLine: both, the twips from the style's size. */
function indentXml(spec: ParagraphStyleSpec): string {
  const firstLine = Math.round((spec.firstLineChars / 100) * spec.sizePt * twipsPerPoint)
  return `<w:ind w:firstLine="${firstLine}" w:firstLineChars="${spec.firstLineChars}"/>`
}

function fontsXml(style: { eastAsiaFont: string; latinFont: string }): string {
  const latin = attribute(style.latinFont)
  return `<w:rFonts w:ascii="${latin}" w:eastAsia="${attribute(style.eastAsiaFont)}" w:hAnsi="${latin}" w:cs="${latin}"/>`
}

function sizeXml(sizePt: number): string {
  const halfPoints = Math.round(sizePt * 2)
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`
}

/** On a character grid, body-size text is condensed so `charsPerLine` fit off the grid. */
function characterSpacing(profile: ExportProfile, sizePt: number): number {
  const { grid } = profile
  if (grid?.type !== 'linesAndChars' || sizePt !== profile.styles.body.sizePt) {
    return 0
  }
  return gridFitSpacing(textBlockWidthMm(profile.page), grid.charsPerLine, sizePt)
}

/**
 * A run's properties as far as they differ from the body's (Normal's): a style that states only
 * what differs follows when 正文 is restyled.
 */
function runDifferences(
  profile: ExportProfile,
  spec: CharacterStyleSpec,
  options: { spacing: boolean },
): string {
  const body = profile.styles.body
  const parts: string[] = []
  if (spec.eastAsiaFont !== body.eastAsiaFont || spec.latinFont !== body.latinFont) {
    parts.push(fontsXml(spec))
  }
  if (spec.bold !== body.bold) {
    parts.push(spec.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>')
  }
  if (spec.color && spec.color !== body.color) {
    parts.push(`<w:color w:val="${spec.color.toUpperCase()}"/>`)
  }
  const spacing = characterSpacing(profile, spec.sizePt)
  if (options.spacing && spacing !== characterSpacing(profile, body.sizePt)) {
    parts.push(`<w:spacing w:val="${spacing}"/>`)
  }
  if (spec.sizePt !== body.sizePt) {
    parts.push(sizeXml(spec.sizePt))
  }
  return parts.length > 0 ? `<w:rPr>${parts.join('')}</w:rPr>` : ''
}

function normalStyle(profile: ExportProfile): string {
  const body = profile.styles.body
  const onGrid = profile.grid !== undefined
  const spacing = characterSpacing(profile, body.sizePt)
  const paragraph = [
    '<w:widowControl/>',
    // LibreOffice gives every character larger than the grid's pitch two cells; off the grid,
    // body-size text fits its line by character spacing instead.
    onGrid ? '<w:snapToGrid w:val="0"/>' : '',
    spacingXml(body),
    body.firstLineChars > 0 ? indentXml(body) : '',
    `<w:jc w:val="${alignments[body.alignment]}"/>`,
  ].join('')
  const run = [
    fontsXml(body),
    body.bold ? '<w:b/><w:bCs/>' : '',
    body.color ? `<w:color w:val="${body.color.toUpperCase()}"/>` : '',
    spacing !== 0 ? `<w:spacing w:val="${spacing}"/>` : '',
    sizeXml(body.sizePt),
  ].join('')
  return (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
    `<w:qFormat/><w:pPr>${paragraph}</w:pPr><w:rPr>${run}</w:rPr></w:style>`
  )
}

function roleStyle(profile: ExportProfile, role: ParagraphRole): string {
  const spec = profile.styles[role]
  const body = profile.styles.body
  const identity = docxStyleIdentity(role, profile)
  const paragraph: string[] = []
  if (keptWithNext.has(role)) {
    paragraph.push('<w:keepNext/><w:keepLines/>')
  }
  if (spacingXml(spec) !== spacingXml(body)) {
    paragraph.push(spacingXml(spec))
  }
  if (indentXml(spec) !== indentXml(body)) {
    paragraph.push(indentXml(spec))
  }
  if (spec.contextualSpacing) {
    paragraph.push('<w:contextualSpacing/>')
  }
  if (spec.alignment !== body.alignment) {
    paragraph.push(`<w:jc w:val="${alignments[spec.alignment]}"/>`)
  }
  if (identity.outlineLevel !== undefined) {
    paragraph.push(`<w:outlineLvl w:val="${identity.outlineLevel}"/>`)
  }
  const builtIn = identity.id.startsWith('Heading') ? '<w:uiPriority w:val="9"/>' : ''
  return (
    `<w:style w:type="paragraph" w:styleId="${identity.id}"><w:name w:val="${attribute(identity.name)}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${builtIn}<w:qFormat/>` +
    `${paragraph.length > 0 ? `<w:pPr>${paragraph.join('')}</w:pPr>` : ''}` +
    `${runDifferences(profile, spec, { spacing: true })}</w:style>`
  )
}

/** The footer's paragraph style: off the grid, one exact line of the page number's size. */
function footerStyle(profile: ExportProfile): string {
  const { pageNumbers, styles } = profile
  const lineTwips = Math.round(pageNumbers.sizePt * twipsPerPoint)
  const paragraph = [
    profile.grid ? '<w:snapToGrid w:val="0"/>' : '',
    `<w:spacing w:before="0" w:after="0" w:line="${lineTwips}" w:lineRule="exact"/>`,
    styles.body.firstLineChars > 0 ? '<w:ind w:firstLine="0" w:firstLineChars="0"/>' : '',
    '<w:jc w:val="center"/>',
  ].join('')
  const run = runDifferences(profile, { ...pageNumbers, bold: styles.body.bold }, { spacing: true })
  return (
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>' +
    `<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>${paragraph}</w:pPr>${run}</w:style>`
  )
}

function characterStyles(profile: ExportProfile): string[] {
  const own = characterRoles.map((role) => {
    const identity = docxStyleIdentity(role, profile)
    return (
      `<w:style w:type="character" w:styleId="${identity.id}"><w:name w:val="${attribute(identity.name)}"/>` +
      `<w:qFormat/>${runDifferences(profile, profile.styles[role], { spacing: false })}</w:style>`
    )
  })
  const hyperlink =
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>' +
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
  return [...own, hyperlink]
}

/**
 * The package's word/styles.xml, written whole: document defaults and Normal in the body's font
 * and size (Chinese as the East Asian language, widow and orphan control on), and one style per
 * role that states only what differs from Normal, so a layout desk that changes 正文 in Word sees
 * the report follow. Headings and the title block keep with the next paragraph.
 */
export function docxStylesXml(profile: ExportProfile): string {
  const body = profile.styles.body
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(body)}${sizeXml(body.sizePt)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
  const styles = [
    normalStyle(profile),
    ...paragraphRoles.filter((role) => role !== 'body').map((role) => roleStyle(profile, role)),
    footerStyle(profile),
    ...characterStyles(profile),
  ]
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${defaults}${styles.join('')}</w:styles>`
  )
}
