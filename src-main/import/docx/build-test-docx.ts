import JSZip from 'jszip'

/** The parts of a test .docx, as WordprocessingML fragments; omitted parts are left out. */
export interface TestDocxParts {
  /** The content of `w:body`. */
  body: string
  /** The content of `w:styles`. */
  styles?: string
  /** The content of `w:numbering`. */
  numbering?: string
  /** Extra `<Relationship>` elements of the main document part. */
  relationships?: string
  /** Further parts by name, such as `word/media/image1.png`. */
  parts?: Record<string, Uint8Array | string>
  /** Leave out the main document part (the package still points at it). */
  withoutDocument?: boolean
}

/** Run formatting for `wordRun`. */
export interface TestRunFormat {
  bold?: boolean
  sizePt?: number
  font?: string
  hidden?: boolean
}

/** Paragraph properties for `wordParagraph`. */
export interface TestParagraphFormat {
  style?: string
  align?: string
  numId?: number
  level?: number
  outlineLevel?: number
}

const wordNamespaces = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ')
const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships'
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const contentTypesXml = [
  xmlDeclaration,
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
  '<Default Extension="rels" ',
  'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
  '<Default Extension="xml" ContentType="application/xml"/>',
  '<Default Extension="png" ContentType="image/png"/>',
  '<Override PartName="/word/document.xml" ContentType="application/',
  'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  '</Types>',
].join('')

/** A 1×1 PNG. */
export const tinyPng = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (character) => character.charCodeAt(0),
)

/**
 * Builds a minimal valid .docx (content types, package and document relationships, document,
 * and styles and numbering when given) with jszip, for tests only.
 */
export async function buildTestDocx(parts: TestDocxParts): Promise<Uint8Array> {
  const zip = new JSZip()
  const add = (name: string, content: Uint8Array | string) =>
    zip.file(name, content, { createFolders: false })
  add('[Content_Types].xml', contentTypesXml)
  const mainDocument = wordRelationship('rId1', 'officeDocument', 'word/document.xml')
  add('_rels/.rels', relationshipsXml(mainDocument))
  let documentRelationships = parts.relationships ?? ''
  if (parts.styles !== undefined) {
    add('word/styles.xml', `<w:styles ${wordNamespaces}>${parts.styles}</w:styles>`)
    documentRelationships += wordRelationship('rIdStyles', 'styles', 'styles.xml')
  }
  if (parts.numbering !== undefined) {
    add('word/numbering.xml', `<w:numbering ${wordNamespaces}>${parts.numbering}</w:numbering>`)
    documentRelationships += wordRelationship('rIdNumbering', 'numbering', 'numbering.xml')
  }
  add('word/_rels/document.xml.rels', relationshipsXml(documentRelationships))
  if (!parts.withoutDocument) {
    const body = `<w:body>${parts.body}</w:body>`
    add('word/document.xml', `${xmlDeclaration}<w:document ${wordNamespaces}>${body}</w:document>`)
  }
  for (const [name, content] of Object.entries(parts.parts ?? {})) {
    add(name, content)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

function relationshipsXml(relationships: string): string {
  const root = `<Relationships xmlns="${packageRelationships}">`
  return `${xmlDeclaration}${root}${relationships}</Relationships>`
}

/** A `w:r` with text (spaces kept) and direct formatting. */
export function wordRun(text: string, format: TestRunFormat = {}): string {
  const properties = [
    format.font
      ? `<w:rFonts w:ascii="${format.font}" w:hAnsi="${format.font}" w:eastAsia="${format.font}"/>`
      : '',
    format.bold === undefined ? '' : `<w:b w:val="${format.bold ? '1' : '0'}"/>`,
    format.hidden ? '<w:vanish/>' : '',
    format.sizePt === undefined ? '' : `<w:sz w:val="${format.sizePt * 2}"/>`,
  ].join('')
  const runProperties = properties ? `<w:rPr>${properties}</w:rPr>` : ''
  return `<w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
}

/** A `w:p` of runs (a string is one plain run) with paragraph properties. */
export function wordParagraph(content: string | string[], format: TestParagraphFormat = {}) {
  const runs = typeof content === 'string' ? wordRun(content) : content.join('')
  const level = `<w:ilvl w:val="${format.level ?? 0}"/>`
  const numbering =
    format.numId === undefined
      ? ''
      : `<w:numPr>${level}<w:numId w:val="${format.numId}"/></w:numPr>`
  const properties = [
    format.style ? `<w:pStyle w:val="${format.style}"/>` : '',
    numbering,
    format.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${format.outlineLevel}"/>`,
    format.align ? `<w:jc w:val="${format.align}"/>` : '',
  ].join('')
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`
}

/** A run holding an inline DrawingML picture that embeds and/or links relationship ids. */
export function wordPicture(ids: { embed?: string; link?: string }): string {
  const embed = ids.embed ? ` r:embed="${ids.embed}"` : ''
  const link = ids.link ? ` r:link="${ids.link}"` : ''
  return (
    '<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/>' +
    '<wp:docPr id="1" name="图片 1"/>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip${embed}${link}/></pic:blipFill><pic:spPr/></pic:pic>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  )
}

/** A document relationship element. */
export function wordRelationship(id: string, type: string, target: string, external = false) {
  const mode = external ? ' TargetMode="External"' : ''
  const typeUri = `${relationshipTypes}/${type}`
  return `<Relationship Id="${id}" Type="${typeUri}" Target="${escapeXml(target)}"${mode}/>`
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
