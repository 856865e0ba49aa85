import { AppError } from '../../shared/errors/app-error'
import { inspectZip } from '../../zip/inspect-zip'
import type { ZipInventory } from '../../zip/inspect-zip'
import { readZipEntry } from '../../zip/read-zip-entry'
import { spreadsheetLimits } from '../../shared/metrics/spreadsheet/spreadsheet-limits'
import type { SpreadsheetSheet } from './spreadsheet-sheet'
import { formatCode, isDateFormat, numberText, serialDateText } from './xlsx-cell-text'
import { decodeXmlText, elementPattern, readAttributes, stringItemText } from './xlsx-xml'

/** Zip refusals that only mean "not a workbook we can read" for a spreadsheet. */
const unreadableZipCodes = new Set([
  'docx_not_zip',
  'docx_legacy_format',
  'zip_unsupported',
  'zip_too_many_entries',
])

const relationshipTypes = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
}

interface Workbook {
  sheets: { name: string; partName: string }[]
  sharedStringsPart?: string
  stylesPart?: string
  dateSystem: 1900 | 1904
}

interface CellStyles {
  /** Format code of each cell format (`s` index). */
  formats: string[]
}

/** What the reading has used so far, against `spreadsheetLimits`. */
interface Tally {
  rows: number
  cells: number
}

/**
 * A .xlsx package opened through the same guarded zip inspection as Word files: the directory
 * is checked (`inspectZip`) before anything is inflated, and only the parts a table needs are
 * ever inflated (workbook, its relationships, shared strings, styles and the sheets read), each
 * held to its declared size; pictures, charts and everything else stay compressed and unread.
 */
class XlsxPackage {
  private constructor(
    private readonly zip: Uint8Array,
    private readonly inventory: ZipInventory,
    private readonly partNames: Map<string, string>,
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const inventory = inspectZip(bytes, { maxFileBytes: spreadsheetLimits.bytes })
    const partNames = new Map(
      [...inventory.entries.keys()].map((name) => [name.toLowerCase(), name]),
    )
    return new XlsxPackage(bytes, inventory, partNames)
  }

  async readText(partName: string): Promise<string | undefined> {
    const name = this.partNames.get(partName.replace(/^\//, '').toLowerCase())
    const entry = name === undefined ? undefined : this.inventory.entries.get(name)
    return entry ? new TextDecoder('utf-8').decode(readZipEntry(this.zip, entry)) : undefined
  }

  /** The relationships of a part: type and the target's part name. */
  async relationships(partName: string): Promise<{ id: string; type: string; partName: string }[]> {
    const slash = partName.lastIndexOf('/')
    const folder = partName.slice(0, slash + 1)
    const xml = await this.readText(`${folder}_rels/${partName.slice(slash + 1)}.rels`)
    return [...(xml ?? '').matchAll(elementPattern('Relationship'))].flatMap((match) => {
      const attributes = readAttributes(match[1] ?? '')
      const target = attributes.get('Target') ?? ''
      if (attributes.get('TargetMode') === 'External') {
        return []
      }
      return [
        {
          id: attributes.get('Id') ?? '',
          type: attributes.get('Type') ?? '',
          partName: resolvePartName(folder, target),
        },
      ]
    })
  }
}

function resolvePartName(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '..') {
      segments.pop()
    } else if (segment !== '' && segment !== '.') {
      segments.push(segment)
    }
  }
  return segments.join('/')
}

async function readWorkbook(xlsx: XlsxPackage): Promise<Workbook> {
  const root = await xlsx.relationships('')
  const workbookPart =
    root.find((relationship) => relationshipTypes.officeDocument.test(relationship.type))
      ?.partName ?? 'xl/workbook.xml'
  const xml = await xlsx.readText(workbookPart)
  if (xml === undefined) {
    throw new AppError('docx_not_zip')
  }
  const related = await xlsx.relationships(workbookPart)
  const byId = new Map(related.map((relationship) => [relationship.id, relationship]))
  const sheets = [...xml.matchAll(elementPattern('sheet'))].flatMap((match) => {
    const attributes = readAttributes(match[1] ?? '')
    const relationship = byId.get(attributes.get('id') ?? '')
    if (!relationship || !relationshipTypes.worksheet.test(relationship.type)) {
      return []
    }
    return [{ name: attributes.get('name') ?? '', partName: relationship.partName }]
  })
  const properties = readAttributes(elementPattern('workbookPr').exec(xml)?.[1] ?? '')
  const date1904 = ['1', 'true'].includes(properties.get('date1904') ?? '')
  const partOf = (type: RegExp) =>
    related.find((relationship) => type.test(relationship.type))?.partName
  return {
    sheets: sheets.slice(0, spreadsheetLimits.sheets),
    sharedStringsPart: partOf(relationshipTypes.sharedStrings),
    stylesPart: partOf(relationshipTypes.styles),
    dateSystem: date1904 ? 1904 : 1900,
  }
}

async function readSharedStrings(xlsx: XlsxPackage, partName: string | undefined) {
  const xml = partName ? await xlsx.readText(partName) : undefined
  const strings: string[] = []
  for (const match of (xml ?? '').matchAll(elementPattern('si'))) {
    if (strings.length >= spreadsheetLimits.sharedStrings) {
      throw new AppError('spreadsheet_too_many_cells', { limit: spreadsheetLimits.sharedStrings })
    }
    strings.push(stringItemText(match[2] ?? ''))
  }
  return strings
}

async function readCellStyles(
  xlsx: XlsxPackage,
  partName: string | undefined,
): Promise<CellStyles> {
  const xml = (partName ? await xlsx.readText(partName) : undefined) ?? ''
  const custom = new Map<number, string>()
  for (const match of xml.matchAll(elementPattern('numFmt'))) {
    const attributes = readAttributes(match[1] ?? '')
    custom.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? 'General')
  }
  const cellFormats = elementPattern('cellXfs').exec(xml)?.[2] ?? ''
  const formats = [...cellFormats.matchAll(elementPattern('xf'))].map((match) =>
    formatCode(Number(readAttributes(match[1] ?? '').get('numFmtId') ?? 0), custom),
  )
  return { formats }
}

/** "AB12" → column 28 (1-based); undefined for anything else. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference ?? '')?.[1]
  if (!letters) {
    return undefined
  }
  let column = 0
  for (const letter of letters.toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64)
  }
  return column
}

function rowOf(reference: string | undefined): number | undefined {
  const row = Number(/(\d+)$/.exec(reference ?? '')?.[1])
  return Number.isInteger(row) && row > 0 ? row : undefined
}

interface SheetContext {
  strings: string[]
  styles: CellStyles
  dateSystem: 1900 | 1904
  tally: Tally
}

const valuePattern = elementPattern('v')
const inlineStringPattern = elementPattern('is')

/** The text a cell shows: shared and inline strings, numbers by their format, dates as ISO dates. */
function cellText(attributes: Map<string, string>, content: string, context: SheetContext) {
  const type = attributes.get('t') ?? 'n'
  if (type === 'inlineStr') {
    const item = new RegExp(inlineStringPattern.source).exec(content)
    return item ? stringItemText(item[2] ?? '') : undefined
  }
  const raw = new RegExp(valuePattern.source).exec(content)
  if (!raw) {
    return undefined
  }
  const value = decodeXmlText(raw[2] ?? '')
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? ''
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE'
    case 'str':
    case 'e':
    case 'd':
      return value
  }
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number)) {
    return value
  }
  const format = context.styles.formats[Number(attributes.get('s') ?? 0)] ?? 'General'
  return isDateFormat(format)
    ? serialDateText(number, context.dateSystem)
    : numberText(number, format)
}

/**
 * Reads one sheet's rows, counting rows (up to the last with a value) and cells against the
 * limits as they come, so that an oversized sheet stops at the first row past them. Cells right
 * of the column limit are skipped unread; a merged range shows its first cell's text in each of
 * its cells, within the rows and columns read.
 */
function readSheet(xml: string, context: SheetContext): string[][] {
  const { tally } = context
  const rows: string[][] = []
  const rowsBefore = tally.rows
  let nextRow = 1
  for (const rowMatch of xml.matchAll(elementPattern('row'))) {
    const rowNumber = rowOf(readAttributes(rowMatch[1] ?? '').get('r')) ?? nextRow
    nextRow = rowNumber + 1
    const cells: string[] = []
    let nextColumn = 1
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(elementPattern('c'))) {
      const attributes = readAttributes(cellMatch[1] ?? '')
      const column = columnOf(attributes.get('r')) ?? nextColumn
      nextColumn = column + 1
      if (column > spreadsheetLimits.columns) {
        continue
      }
      const text = cellText(attributes, cellMatch[2] ?? '', context)
      if (text === undefined) {
        continue
      }
      countCells(tally, 1)
      cells[column - 1] = text.slice(0, spreadsheetLimits.cellLength)
    }
    if (cells.length === 0) {
      continue
    }
    if (rowsBefore + rowNumber > spreadsheetLimits.rows) {
      throw new AppError('spreadsheet_too_many_rows', { limit: spreadsheetLimits.rows })
    }
    tally.rows = rowsBefore + rowNumber
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '')
  }
  fillMergedRanges(xml, rows, tally)
  return Array.from(rows, (row) => row ?? [])
}

function fillMergedRanges(xml: string, rows: string[][], tally: Tally): void {
  for (const match of xml.matchAll(elementPattern('mergeCell'))) {
    const [from, to] = (readAttributes(match[1] ?? '').get('ref') ?? '').split(':')
    const first = { row: rowOf(from), column: columnOf(from) }
    const last = { row: rowOf(to), column: columnOf(to) }
    if (!first.row || !first.column || !last.row || !last.column) {
      continue
    }
    const text = rows[first.row - 1]?.[first.column - 1]
    if (text === undefined || text === '') {
      continue
    }
    const lastRow = Math.min(last.row, rows.length)
    const lastColumn = Math.min(last.column, spreadsheetLimits.columns)
    for (let row = first.row; row <= lastRow; row++) {
      const cells = rows[row - 1]
      if (!cells) {
        continue
      }
      for (let column = first.column; column <= lastColumn; column++) {
        if ((cells[column - 1] ?? '') === '') {
          countCells(tally, 1)
          while (cells.length < column - 1) {
            cells.push('')
          }
          cells[column - 1] = text
        }
      }
    }
  }
}

function countCells(tally: Tally, count: number): void {
  tally.cells += count
  if (tally.cells > spreadsheetLimits.cells) {
    throw new AppError('spreadsheet_too_many_cells', { limit: spreadsheetLimits.cells })
  }
}

/**
 * Reads a .xlsx workbook's first sheets as text, each cell as Excel displays it (numbers by
 * their format without thousands separators, formulas by their cached result, rich text joined,
 * dates as ISO dates), stopping at the row and cell limits while reading. A file that is no
 * workbook is `spreadsheet_unreadable`; a zip bomb is refused by its directory (`zip_too_large`).
 */
export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  try {
    const xlsx = await XlsxPackage.open(bytes)
    const workbook = await readWorkbook(xlsx)
    const context: SheetContext = {
      strings: await readSharedStrings(xlsx, workbook.sharedStringsPart),
      styles: await readCellStyles(xlsx, workbook.stylesPart),
      dateSystem: workbook.dateSystem,
      tally: { rows: 0, cells: 0 },
    }
    const sheets: SpreadsheetSheet[] = []
    for (const sheet of workbook.sheets) {
      const xml = (await xlsx.readText(sheet.partName)) ?? ''
      sheets.push({ name: sheet.name, rows: readSheet(xml, context) })
    }
    return sheets
  } catch (error) {
    if (error instanceof AppError && !unreadableZipCodes.has(error.code)) {
      throw error
    }
    throw new AppError('spreadsheet_unreadable', { name: fileName })
  }
}
