import type { SourceParagraph } from './source-paragraph'

const lineBreaks = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/
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
 * Plain text carries no formatting, so the paragraphs have no hints.
 */
export function splitTextParagraphs(text: string): SourceParagraph[] {
  return text
    .replace(invisibleCharacters, '')
    .split(lineBreaks)
    .map(normalizeLine)
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }))
}

function normalizeLine(line: string): string {
  return line.trim().replace(layoutWhitespace, ' ').replace(narrowWhitespace, ' ')
}
