import { describe, expect, it } from 'vitest'
import { decodeTextFile } from './decode-text-file'

const gbk上党 = [0xc9, 0xcf, 0xb5, 0xb3]

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('太行深处焕新颜')
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text: '太行深处焕新颜' })
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      ok: true,
      text: '太行深处焕新颜',
    })
  })

  it('reads GBK text saved by Notepad as ANSI', () => {
    expect(decodeTextFile(new Uint8Array([...gbk上党, 0x32, 0x30, 0x32, 0x35]))).toEqual({
      ok: true,
      text: '上党2025',
    })
  })

  it('reads UTF-16 with a BOM', () => {
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x0a, 0x4e, 0x5a, 0x51]))).toEqual({
      ok: true,
      text: '上党',
    })
  })

  it('refuses binary files', () => {
    expect(
      decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
    ).toEqual({
      ok: false,
      reason: 'binary',
    })
  })
})
