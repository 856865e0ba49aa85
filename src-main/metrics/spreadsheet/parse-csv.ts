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

  // Text is taken in runs (up to the next quote, separator or line end), never a character at a
  // time: a 10 MB field costs one slice, not ten million concatenations.
  while (index < source.length) {
    if (quoted) {
      const quote = source.indexOf('"', index)
      if (quote === -1) {
        field += source.slice(index)
        index = source.length
      } else if (source[quote + 1] === '"') {
        field += `${source.slice(index, quote)}"`
        index = quote + 2
      } else {
        field += source.slice(index, quote)
        quoted = false
        index = quote + 1
      }
      continue
    }
    const char = source[index]
    if (char === '"' && field === '') {
      quoted = true
      index++
    } else if (char === separator) {
      endField()
      index++
    } else if (char === '\r' || char === '\n') {
      endRow()
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1
    } else {
      let end = index + 1
      while (end < source.length && !isBoundary(source[end]!, separator)) {
        end++
      }
      field += source.slice(index, end)
      index = end
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    endRow()
  }
  return rows
}

function isBoundary(char: string, separator: string): boolean {
  return char === separator || char === '\r' || char === '\n'
}
