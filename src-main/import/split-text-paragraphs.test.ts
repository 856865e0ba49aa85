import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitTextParagraphs } from './split-text-paragraphs'

function texts(text: string): string[] {
  return splitTextParagraphs(text).map((paragraph) => paragraph.text)
}

describe('splitTextParagraphs', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitTextParagraphs('')).toEqual([])
    expect(splitTextParagraphs('\n\r\n  \u3000\u3000\n\t\n')).toEqual([])
  })

  it('makes one hint-free paragraph per non-empty line', () => {
    expect(splitTextParagraphs('聚焦\n\n\n\n2026\n长治两会\n')).toEqual([
      { kind: 'paragraph', text: '聚焦' },
      { kind: 'paragraph', text: '2026' },
      { kind: 'paragraph', text: '长治两会' },
    ])
  })

  it('accepts LF, CRLF, CR and Unicode separators alike', () => {
    expect(texts('甲\r\n乙\r丙\n丁\u2028戊\u2029己\r\n\r\n庚')).toEqual([
      '甲',
      '乙',
      '丙',
      '丁',
      '戊',
      '己',
      '庚',
    ])
  })

  it('drops a byte-order mark and zero-width spaces', () => {
    expect(texts('\ufeff聚焦\n两\u200b会特刊\ufeff')).toEqual(['聚焦', '两会特刊'])
  })

  it('trims full-width indentation, no-break spaces and tabs at the edges', () => {
    expect(
      texts('\u3000\u3000冬日的太行山脉，银装素裹。\u3000\n\u00a0 \t策划/宋玉红\u00a0'),
    ).toEqual(['冬日的太行山脉，银装素裹。', '策划/宋玉红'])
  })

  it('keeps a single inner space or full-width space', () => {
    expect(texts('谋好篇 布好局\n太行深处焕新颜\u3000实干笃行向未来')).toEqual([
      '谋好篇 布好局',
      '太行深处焕新颜\u3000实干笃行向未来',
    ])
  })

  it('collapses tabs and runs of whitespace, which are layout, into one space', () => {
    expect(texts('统筹/陈建波\u3000\u3000张国平\n图片/尚华\t赵浩  向峥\n王涵\u00a0李盼')).toEqual([
      '统筹/陈建波 张国平',
      '图片/尚华 赵浩 向峥',
      '王涵 李盼',
    ])
  })

  it('keeps every visible character, in order, and leaves no edge or doubled whitespace', () => {
    const pieces = fc.constantFrom(
      '两会',
      '。',
      '“',
      '”',
      'a',
      '1',
      ' ',
      '\u3000',
      '\u00a0',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\ufeff',
      '\u200b',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const source = parts.join('')
        const result = texts(source)
        const visible = (text: string) => text.replace(/[\s\u200b\ufeff]/g, '')
        expect(result.map(visible).join('')).toBe(visible(source))
        for (const text of result) {
          expect(text).not.toBe('')
          expect(text).toBe(text.trim())
          expect(text).not.toMatch(/\s\s|\t|\n|\r/)
        }
      }),
    )
  })
})
