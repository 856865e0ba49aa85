import { deflateRawSync } from 'node:zlib'
import { buildTestXlsx } from '../metrics/spreadsheet/build-test-xlsx'
import type { TestZipEntry } from '../zip/write-test-zip'
import { writeTestZip } from '../zip/write-test-zip'

/** How a hostile input must end: refused with one of these codes, or read (imported) cleanly. */
export type HostileOutcome = { refusedWith: string[] } | 'read'

/** One generated hostile input: a file for the report import or for the statistics table import. */
export interface HostileInput {
  /** Its row in the bench's results (R1 …). */
  id: string
  name: string
  channel: 'import.file' | 'metrics.readSpreadsheet'
  fileName: string
  bytes: () => Uint8Array
  expected: HostileOutcome
}

const megabyte = 1024 * 1024
const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const packageNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships'
const encode = (text: string) => new TextEncoder().encode(text)

/** Deterministic pseudo-random numbers, so that generated markup does not compress away. */
function randomSource(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state
  }
}

function hex(random: () => number): string {
  return random().toString(16).padStart(8, '0').toUpperCase()
}

/** `count` pieces of markup joined, built in chunks to keep the generator's own memory small. */
function repeat(count: number, piece: (index: number) => string): string {
  const chunks: string[] = []
  for (let start = 0; start < count; start += 10_000) {
    const chunk: string[] = []
    for (let index = start; index < Math.min(count, start + 10_000); index++) {
      chunk.push(piece(index))
    }
    chunks.push(chunk.join(''))
  }
  return chunks.join('')
}

/** A .docx written with Node's zlib (fast for tens of megabytes): a body, styles and extra entries. */
function docx(body: string, styles = '', extra: TestZipEntry[] = []): Uint8Array {
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${relationshipNamespace}/${type}" Target="${target}"/>`
  const relationships = (inner: string) =>
    encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${packageNamespace}">${inner}</Relationships>`,
    )
  const part = (root: string, inner: string) =>
    encode(
      `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${wordNamespace}" ` +
        `xmlns:r="${relationshipNamespace}">${inner}</w:${root}>`,
    )
  return writeTestZip([
    {
      name: '_rels/.rels',
      data: relationships(relationship('rId1', 'officeDocument', 'word/document.xml')),
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: relationships(
        relationship('rIdStyles', 'styles', 'styles.xml') +
          extra
            .filter((entry) => entry.name.startsWith('word/media/'))
            .map((entry, index) => relationship(`rIdPicture${index}`, 'image', entry.name.slice(5)))
            .join(''),
      ),
    },
    { name: 'word/document.xml', data: part('document', `<w:body>${body}</w:body>`) },
    { name: 'word/styles.xml', data: part('styles', styles) },
    ...extra,
  ])
}

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const title =
  paragraph('测试区交出高质量发展答卷') + paragraph('全年完成地区生产总值319.6亿元，同比增长5.2%。')
const picture = (index: number) =>
  '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>' +
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>' +
  `<a:blip r:embed="rIdPicture${index}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>` +
  '</wp:inline></w:drawing></w:r></w:p>'

/** A PNG signature followed by `size` bytes that deflate to no less than 1/150 of their size. */
function compressiblePicture(size: number, random: () => number): TestZipEntry {
  const bytes = Buffer.alloc(size)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  for (let offset = 8; offset < size; offset += 100) {
    bytes.writeUInt32LE(random(), offset)
  }
  return { name: '', rawData: deflateRawSync(bytes), declaredUncompressedSize: size }
}

const random = randomSource(14)
const htmlPage = (body: string) =>
  encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>答卷</title></head><body>${body}</body></html>`,
  )
const sheet = (rows: string) => `<sheetData>${rows}</sheetData>`
const row = (number: number, cells: string) => `<row r="${number}">${cells}</row>`

/**
 * The hostile-input corpus: inputs of every kind the app reads (.docx, .html, .txt, .xlsx, .csv),
 * each built to exhaust memory or time the way the adversarial pass found (tiny paragraphs and
 * styles, 10 MB of `<p>1</p>`, workbook bombs…), with the outcome each must reach. The tests run
 * it with loose checks; `npm run bench -- --only R` measures each input's time and peak memory.
 */
export const hostileInputs: HostileInput[] = [
  {
    id: 'R1',
    name: '.docx, 3.3 MB: 600,000 tiny paragraphs (33 MB of XML), every part under the zip limits',
    channel: 'import.file',
    fileName: 'tiny-paragraphs.docx',
    bytes: () =>
      docx(
        title +
          repeat(600_000, () => `<w:p w:rsidR="${hex(random)}"><w:r><w:t>1</w:t></w:r></w:p>`),
      ),
    expected: { refusedWith: ['import_too_many_elements'] },
  },
  {
    id: 'R2',
    name: '.docx: 100,000 tiny styles',
    channel: 'import.file',
    fileName: 'tiny-styles.docx',
    bytes: () =>
      docx(
        title,
        repeat(100_000, () => `<w:style w:type="paragraph" w:styleId="${hex(random)}"/>`),
      ),
    expected: { refusedWith: ['import_too_many_styles'] },
  },
  {
    id: 'R3',
    name: '.docx: 30,000 paragraphs of text',
    channel: 'import.file',
    fileName: 'paragraphs.docx',
    bytes: () => docx(title + repeat(30_000, (index) => paragraph(`第${index}段`))),
    expected: { refusedWith: ['import_too_many_paragraphs'] },
  },
  {
    id: 'R4',
    name: '.docx: a table of 25,000 cells',
    channel: 'import.file',
    fileName: 'cells.docx',
    bytes: () =>
      docx(
        title +
          `<w:tbl>${repeat(2500, () => `<w:tr>${repeat(10, () => `<w:tc><w:p/></w:tc>`)}</w:tr>`)}</w:tbl>`,
      ),
    expected: { refusedWith: ['import_too_many_table_cells'] },
  },
  {
    id: 'R5',
    name: '.docx: one paragraph of 4 million characters',
    channel: 'import.file',
    fileName: 'long-paragraph.docx',
    bytes: () =>
      docx(
        title +
          paragraph(
            repeat(400_000, () => String.fromCharCode(0x4e00 + (random() % 5000)).repeat(10)),
          ),
      ),
    expected: { refusedWith: ['import_paragraph_too_long'] },
  },
  {
    id: 'R6',
    name: '.docx: 50 paragraphs of 45,000 characters',
    channel: 'import.file',
    fileName: 'long-text.docx',
    bytes: () =>
      docx(
        title +
          repeat(50, () =>
            paragraph(
              repeat(4500, () => String.fromCharCode(0x4e00 + (random() % 5000)).repeat(10)),
            ),
          ),
      ),
    expected: { refusedWith: ['import_too_many_characters'] },
  },
  {
    id: 'R7',
    name: '.docx: three 40 MB pictures (declared honestly, 1:150 compression)',
    channel: 'import.file',
    fileName: 'pictures.docx',
    bytes: () =>
      docx(
        title + picture(0) + picture(1) + picture(2),
        '',
        [0, 1, 2].map((index) => ({
          ...compressiblePicture(40 * megabyte, random),
          name: `word/media/image${index}.png`,
        })),
      ),
    expected: { refusedWith: ['import_too_many_picture_bytes'] },
  },
  {
    id: 'R8',
    name: '.docx within every count limit: 130,000 elements of 20 attributes each',
    channel: 'import.file',
    fileName: 'attributes.docx',
    bytes: () => {
      // 4,096 different elements, picked at random: enough that the part does not compress away.
      const elements = Array.from(
        { length: 4096 },
        () =>
          `<w:bookmarkStart ${Array.from({ length: 20 }, (_, index) => `a${index}="${hex(random)}"`).join(' ')}/>`,
      )
      return docx(title + repeat(130_000, () => elements[random() & 4095]!))
    },
    expected: { refusedWith: ['file_out_of_memory', 'file_timeout'] },
  },
  {
    id: 'R9',
    name: '.html: 10 MB of <p>1</p>',
    channel: 'import.file',
    fileName: 'p10.html',
    bytes: () => htmlPage('<p>1</p>'.repeat((10 * megabyte) / 8)),
    expected: { refusedWith: ['import_too_many_elements'] },
  },
  {
    id: 'R10',
    name: '.html: 5 MB of <p>1</p>',
    channel: 'import.file',
    fileName: 'p5.html',
    bytes: () => htmlPage('<p>1</p>'.repeat((5 * megabyte) / 8)),
    expected: { refusedWith: ['import_too_many_elements'] },
  },
  {
    id: 'R11',
    name: '.html: 29,000 paragraphs (under the element limit)',
    channel: 'import.file',
    fileName: 'paragraphs.html',
    bytes: () =>
      htmlPage(
        '<h1>测试区交出高质量发展答卷</h1>' + repeat(29_000, (index) => `<p>第${index}段</p>`),
      ),
    expected: { refusedWith: ['import_too_many_paragraphs'] },
  },
  {
    id: 'R12',
    name: '.txt, 40 MB: 20 million lines',
    channel: 'import.file',
    fileName: 'lines.txt',
    bytes: () => encode('1\n'.repeat(20 * megabyte)),
    expected: { refusedWith: ['import_too_many_paragraphs'] },
  },
  {
    id: 'R13',
    name: '.txt, 39 MB: one line of 13 million characters',
    channel: 'import.file',
    fileName: 'one-line.txt',
    bytes: () => encode('年'.repeat(13 * megabyte)),
    expected: { refusedWith: ['import_paragraph_too_long'] },
  },
  {
    id: 'R14',
    name: '.txt, 40 MB of line breaks only',
    channel: 'import.file',
    fileName: 'breaks.txt',
    bytes: () => encode('\r\n'.repeat(20 * megabyte)),
    expected: { refusedWith: ['empty_import'] },
  },
  {
    id: 'R15',
    name: '.xlsx, 2 MB: two pictures declared at 1 GB each',
    channel: 'metrics.readSpreadsheet',
    fileName: 'media-bomb.xlsx',
    bytes: () => {
      const zeros = deflateRawSync(Buffer.alloc(64 * megabyte))
      return buildTestXlsx({
        sheets: [
          sheet(
            row(1, '<c r="A1" t="inlineStr"><is><t>原煤产量</t></is></c><c r="B1"><v>3598</v></c>'),
          ),
        ],
        extraEntries: [1, 2].map((index) => ({
          name: `xl/media/image${index}.png`,
          rawData: zeros,
          declaredUncompressedSize: 1024 * megabyte,
        })),
      })
    },
    expected: { refusedWith: ['zip_too_large'] },
  },
  {
    id: 'R16',
    name: '.xlsx: a sheet of 200,000 rows',
    channel: 'metrics.readSpreadsheet',
    fileName: 'rows.xlsx',
    bytes: () =>
      buildTestXlsx({
        sheets: [
          sheet(
            repeat(200_000, (index) =>
              row(index + 1, `<c r="A${index + 1}"><v>${random() % 100_003}</v></c>`),
            ),
          ),
        ],
      }),
    expected: { refusedWith: ['spreadsheet_too_many_rows'] },
  },
  {
    id: 'R17',
    name: '.xlsx: 300,000 shared strings',
    channel: 'metrics.readSpreadsheet',
    fileName: 'strings.xlsx',
    bytes: () =>
      buildTestXlsx({
        sheets: [sheet(row(1, '<c r="A1" t="s"><v>0</v></c>'))],
        sharedStrings: Array.from({ length: 300_000 }, () => `<t>${hex(random)}</t>`),
      }),
    expected: { refusedWith: ['spreadsheet_too_many_cells'] },
  },
  {
    id: 'R18',
    name: '.xlsx: one cell merged over a whole sheet (A1:XFD1048576)',
    channel: 'metrics.readSpreadsheet',
    fileName: 'merge.xlsx',
    bytes: () =>
      buildTestXlsx({
        sheets: [
          sheet(row(1, '<c r="A1" t="inlineStr"><is><t>标题</t></is></c>')) +
            '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ],
      }),
    expected: 'read',
  },
  {
    id: 'R19',
    name: '.csv, 10 MB: 5 million rows',
    channel: 'metrics.readSpreadsheet',
    fileName: 'rows.csv',
    bytes: () => encode('1\n'.repeat(5 * megabyte - 1)),
    expected: { refusedWith: ['spreadsheet_too_many_rows'] },
  },
  {
    id: 'R20',
    name: '.csv, 10 MB: one quoted field',
    channel: 'metrics.readSpreadsheet',
    fileName: 'field.csv',
    bytes: () => encode(`"${'x'.repeat(10 * megabyte - 3)}"`),
    expected: 'read',
  },
]
