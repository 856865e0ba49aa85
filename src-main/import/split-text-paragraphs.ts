import { ImportBudget } from './import-budget'
import type { SourceParagraph } from './source-paragraph'

/** The text of one line: everything up to a line break (LF, CR, VT, FF, NEL, LS, PS). */
const lineContent = /[^\n\r\u000b\u000c\u0085\u2028\u2029]+/g
const invisibleCharacters = /[\u200b\u2060\ufeff]/g
const layoutWhitespace = /\s{2,}|\t/g
const narrowWhitespace = /[^\S \u3000]/g

/**
 * Splits plain text (a .txt file or pasted text) into paragraphs, one per non-empty line.
 *
 * - Line breaks may be LF, CRLF, CR or Unicode line/paragraph separators; blank lines are optional
 *   and any number of them are ignored.
 * - A byte-order mark and zero-width spaces are dropped wherever they occur.
 * - Each line is trimmed of leading and trailing whitespace, including full-width (U+3000)
 *   indentation and no-break spaces.
 * - Inside a line, a single space or full-width space is kept ("谋好篇 布好局"); a tab or a run of two
 *   or more whitespace characters is layout and becomes one space; any other single space character
 *   (no-break, thin, en…) becomes a plain space.
 *
 * Plain text carries no formatting, so the paragraphs have no hints. Lines are read one at a
 * time and counted against the import's limits (`ImportBudget`), so a huge text stops early.
 */
export function splitTextParagraphs(
  text: string,
  budget: ImportBudget = new ImportBudget(),
): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = []
  // Empty lines are never matched: a text of millions of line breaks costs one scan.
  lineContent.lastIndex = 0
  for (let match = lineContent.exec(text); match; match = lineContent.exec(text)) {
    const line = normalizeLine(match[0].replace(invisibleCharacters, ''))
    if (line !== '') {
      budget.paragraph(line)
      paragraphs.push({ kind: 'paragraph', text: line })
    }
  }
  return paragraphs
}

function normalizeLine(line: string): string {
  return line.trim().replace(layoutWhitespace, ' ').replace(narrowWhitespace, ' ')
}
