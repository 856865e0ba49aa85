import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeHtmlFile } from './decode-html-file'
import { readHtmlBlocks } from './read-html-blocks'

/** Encodes text in a legacy double-byte encoding by inverting Node's decoder (no encoder ships). */
function encodeLegacy(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label)
  const table = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const character = decoder.decode(new Uint8Array([lead, trail]))
      if (character.length === 1 && character !== '\ufffd' && !table.has(character)) {
        table.set(character, [lead, trail])
      }
    }
  }
  const bytes: number[] = []
  for (const character of text) {
    const code = character.codePointAt(0)!
    const pair = code < 0x80 ? [code] : table.get(character)
    if (!pair) {
      throw new Error(`${label} cannot encode ${character}`)
    }
    bytes.push(...pair)
  }
  return new Uint8Array(bytes)
}

function decoded(bytes: Uint8Array): string {
  const result = decodeHtmlFile(bytes)
  if (!result.ok) {
    throw new Error(result.reason)
  }
  return result.text
}

describe('decodeHtmlFile', () => {
  it('reads a GBK page that declares charset=gb2312 in http-equiv', () => {
    const bytes = readFileSync(new URL('./fixtures/gbk-news-page.html', import.meta.url))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(readHtmlBlocks(decoded(bytes))).toEqual([
      {
        kind: 'paragraph',
        text: '青岚区十项民生实事全部办结',
        hints: { bold: true, align: 'center' },
      },
      {
        kind: 'paragraph',
        text: '今年，青岚区确定的十项民生实事全部办结，城镇新增就业5580人，城乡居民人均可支配收入分别增长6.2%和7.4%，新增停车位3900个。',
      },
    ])
  })

  it('honours a declared charset that guessing would get wrong', () => {
    const text = '<html><head><meta charset="big5"></head><body><p>繁體中文報告</p></body></html>'
    const bytes = encodeLegacy('big5', text)
    expect(decoded(bytes)).toBe(text)
    expect(new TextDecoder('gb18030').decode(bytes)).not.toBe(text)
  })

  it('reads GBK without a declaration, like a text file', () => {
    const text = '<p>　　上党区原煤产量3598万吨，同比增长46%。</p>'
    expect(decoded(encodeLegacy('gbk', text))).toBe(text)
  })

  it('keeps valid UTF-8 as UTF-8 when the page still declares gbk', () => {
    const text = '<meta charset="gbk"><p>谋好篇 布好局</p>'
    expect(decoded(new TextEncoder().encode(text))).toBe(text)
  })

  it('lets a byte-order mark decide over the declaration', () => {
    const text = '<meta charset="gbk"><p>履职尽责为人民</p>'
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))])
    expect(decoded(utf8)).toBe(text)
    expect(decoded(utf16)).toBe(text)
  })

  it('ignores an unknown charset label and refuses binary files', () => {
    expect(decoded(new TextEncoder().encode('<meta charset="x-klingon"><p>正文</p>'))).toBe(
      '<meta charset="x-klingon"><p>正文</p>',
    )
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d])
    expect(decodeHtmlFile(png)).toEqual({ ok: false, reason: 'binary' })
  })
})
