/**
 * Splits CSV text into rows of fields (RFC 4180): quoted fields may hold commas, line breaks and
 * doubled quotes; lines end in CRLF, LF or CR; a leading BOM is dropped. A file with tabs but no
 * commas on its first line is read as tab-separated, as Excel's "Unicode text" export writes it.
 * `onRow` sees each row as it completes, so a caller can stop an oversized file early by throwing.
 */
export function parseCsv(
  text: string,
  onRow: (row: string[], count: number) => void = () => {},
): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const firstLine = source.slice(0, source.search(/[\r\n]|$/))
  const separator = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let index = 0

  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    onRow(row, rows.length)
    row = []
  }

  while (index < source.length) {
    const char = source[index]
    if (quoted) {
      if (char !== '"') {
        field += char
      } else if (source[index + 1] === '"') {
        field += '"'
        index++
      } else {
        quoted = false
      }
    } else if (char === '"' && field === '') {
      quoted = true
    } else if (char === separator) {
      endField()
    } else if (char === '\r' || char === '\n') {
      endRow()
      if (char === '\r' && source[index + 1] === '\n') {
        index++
      }
    } else {
      field += char
    }
    index++
  }
  if (field !== '' || row.length > 0 || quoted) {
    endRow()
  }
  return rows
}
