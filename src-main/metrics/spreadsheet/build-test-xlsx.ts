import type { TestZipEntry } from '../../zip/write-test-zip'
import { writeTestZip } from '../../zip/write-test-zip'

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships'

export interface TestXlsx {
  /** Each sheet's content inside `<worksheet>`: `<sheetData>…</sheetData>`, then `<mergeCells>`… */
  sheets: string[]
  /** `<si>` items of the shared strings table, when there is one. */
  sharedStrings?: string[]
  /** More zip entries, such as pictures (possibly lying about their size). */
  extraEntries?: TestZipEntry[]
}

/**
 * A minimal .xlsx written by hand (workbook, relationships, sheets, shared strings), so tests can
 * build workbooks no spreadsheet program would: a million rows, huge merges, bombs among the
 * pictures. Used only by tests and the bench's hostile corpus.
 */
export function buildTestXlsx({ sheets, sharedStrings, extraEntries = [] }: TestXlsx): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text)
  const sheetRelationships = sheets.map(
    (_sheet, index) =>
      `<Relationship Id="rId${index + 1}" Type="${relationships}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  )
  if (sharedStrings) {
    sheetRelationships.push(
      `<Relationship Id="rIdStrings" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>`,
    )
  }
  const entries: TestZipEntry[] = [
    {
      name: '_rels/.rels',
      data: encode(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${packageRelationships}">` +
          `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: encode(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>` +
          sheets
            .map(
              (_sheet, index) =>
                `<sheet name="表${index + 1}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
            )
            .join('') +
          '</sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: encode(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${packageRelationships}">` +
          `${sheetRelationships.join('')}</Relationships>`,
      ),
    },
    ...sheets.map((sheet, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: encode(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">${sheet}</worksheet>`,
      ),
    })),
    ...(sharedStrings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: encode(
              `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">` +
                sharedStrings.map((item) => `<si>${item}</si>`).join('') +
                '</sst>',
            ),
          },
        ]
      : []),
    ...extraEntries,
  ]
  return writeTestZip(entries)
}
