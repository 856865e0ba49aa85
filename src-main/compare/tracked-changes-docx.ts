import { docxFontTableXml } from '../export/docx/docx-font-table-xml'
import { docxStylesXml } from '../export/docx/docx-styles-xml'
import type { ExportProfile } from '../export/docx/export-profile'
import { writeZip } from '../zip/write-zip'
import type { ReportComparison } from './compare-report'
import type { RevisionStamp } from './tracked-changes-document-xml'
import { trackedChangesDocumentXml, trackedChangesWords } from './tracked-changes-document-xml'

/** The author Word and WPS show for every change of the file. */
export const trackedChangesAuthor = '答卷'

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const headerId = 'rIdHeader'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** "2025年 → 2026年 对比稿": what the page header says. */
export function trackedChangesHeading(comparison: ReportComparison): string {
  const previousYear = comparison.previous?.year ?? comparison.year - 1
  return trackedChangesWords.heading(previousYear, comparison.year)
}

const contentTypes =
  xmlDeclaration +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>'

const packageRelationships =
  xmlDeclaration +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${relationshipTypes}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>'

const documentRelationships =
  xmlDeclaration +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rIdStyles" Type="${relationshipTypes}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rIdSettings" Type="${relationshipTypes}/settings" Target="settings.xml"/>` +
  `<Relationship Id="rIdFonts" Type="${relationshipTypes}/fontTable" Target="fontTable.xml"/>` +
  `<Relationship Id="${headerId}" Type="${relationshipTypes}/header" Target="header1.xml"/>` +
  '</Relationships>'

/** Track changes stays on, so the leader's own edits are marked too; Chinese punctuation compressed. */
const settings =
  xmlDeclaration +
  `<w:settings xmlns:w="${wordNamespace}"><w:trackRevisions/>` +
  '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>' +
  '</w:settings>'

function headerXml(text: string): string {
  return (
    xmlDeclaration +
    `<w:hdr xmlns:w="${wordNamespace}"><w:p><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0" w:firstLineChars="0"/></w:pPr>` +
    `<w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:hdr>`
  )
}

function coreXml(title: string, author: string, date: string): string {
  return (
    xmlDeclaration +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(author)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** ISO 8601 to the second, as w:date and the core properties want it. */
function revisionDate(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`
}

/**
 * A Word file with real tracked changes: last year's text changed into this year's as
 * insertions and deletions by 答卷 dated `now`, which Word and WPS list in their review pane and
 * accept or reject one by one; the page header names the years ("2025年 → 2026年 对比稿") and a
 * figures table follows the text. Styles and font table are the profile's, as in the export.
 */
export function trackedChangesDocx(
  comparison: ReportComparison,
  profile: ExportProfile,
  now = new Date(),
): Buffer {
  const stamp: RevisionStamp = { author: trackedChangesAuthor, date: revisionDate(now) }
  const heading = trackedChangesHeading(comparison)
  const text = (value: string) => Buffer.from(value, 'utf8')
  return writeZip(
    [
      { name: '[Content_Types].xml', data: text(contentTypes) },
      { name: '_rels/.rels', data: text(packageRelationships) },
      {
        name: 'docProps/core.xml',
        data: text(coreXml(`${comparison.title} ${heading}`, stamp.author, stamp.date)),
      },
      {
        name: 'word/document.xml',
        data: text(trackedChangesDocumentXml(comparison, profile, stamp, headerId)),
      },
      { name: 'word/_rels/document.xml.rels', data: text(documentRelationships) },
      { name: 'word/styles.xml', data: text(docxStylesXml(profile)) },
      { name: 'word/settings.xml', data: text(settings) },
      { name: 'word/fontTable.xml', data: text(docxFontTableXml(profile)) },
      { name: 'word/header1.xml', data: text(headerXml(heading)) },
    ],
    now,
  )
}
