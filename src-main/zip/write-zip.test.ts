import { describe, expect, it } from 'vitest'
import { inspectZip } from './inspect-zip'
import { readZipEntry } from './read-zip-entry'
import { writeZip } from './write-zip'

const text = (value: string) => new TextEncoder().encode(value)

describe('writeZip', () => {
  const entries = [
    { name: '[Content_Types].xml', data: text('<Types/>') },
    { name: 'word/文档.xml', data: text('对比稿'.repeat(500)) },
    { name: 'empty.txt', data: new Uint8Array() },
  ]
  const zip = writeZip(entries, new Date(Date.UTC(2026, 2, 1, 9, 30, 14)))

  it('writes entries the zip reader takes back byte for byte, in order', () => {
    const inventory = inspectZip(zip)
    expect([...inventory.entries.keys()]).toEqual(entries.map((entry) => entry.name))
    for (const entry of entries) {
      const info = inventory.entries.get(entry.name)!
      expect(info.method).toBe(8)
      expect(new TextDecoder().decode(readZipEntry(zip, info))).toBe(
        new TextDecoder().decode(entry.data),
      )
    }
    const content = inventory.entries.get('word/文档.xml')!
    expect(content.compressedSize).toBeLessThan(content.uncompressedSize)
    expect(content.modDate).toBe(((2026 - 1980) << 9) | (3 << 5) | 1)
    expect(content.modTime).toBe((9 << 11) | (30 << 5) | 7)
  })
})
