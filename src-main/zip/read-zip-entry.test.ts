import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inspectZip } from './inspect-zip'
import { readZipEntry } from './read-zip-entry'
import { writeTestZip } from './write-test-zip'

async function readOnly(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const inventory = inspectZip(bytes)
  return readZipEntry(bytes, inventory.entries.get(name)!)
}

describe('readZipEntry', () => {
  it('inflates an entry to the bytes that went in', async () => {
    const content = new TextEncoder().encode('<w:document>上党区</w:document>'.repeat(3000))
    const bytes = writeTestZip([
      { name: 'a.txt', data: new Uint8Array([1, 2, 3]), stored: true },
      { name: 'word/document.xml', data: content },
    ])
    expect(await readOnly(bytes, 'word/document.xml')).toEqual(content)
    expect(await readOnly(bytes, 'a.txt')).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('stops a directory that lies about a bomb once the declared size is passed', async () => {
    const zeros = deflateRawSync(Buffer.alloc(20 * 1024 * 1024))
    const bytes = writeTestZip([
      { name: 'word/document.xml', rawData: zeros, declaredUncompressedSize: 1000 },
    ])
    const started = performance.now()
    await expect(readOnly(bytes, 'word/document.xml')).rejects.toMatchObject({
      code: 'zip_too_large',
    })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses an entry that inflates to less than it declared', async () => {
    const bytes = writeTestZip([
      { name: 'word/document.xml', data: new Uint8Array(100), declaredUncompressedSize: 5000 },
    ])
    await expect(readOnly(bytes, 'word/document.xml')).rejects.toMatchObject({
      code: 'docx_not_zip',
    })
  })

  it('refuses data that does not inflate', async () => {
    const garbage = new Uint8Array(64).fill(0xff)
    const bytes = writeTestZip([
      { name: 'word/document.xml', rawData: garbage, declaredUncompressedSize: 100 },
    ])
    await expect(readOnly(bytes, 'word/document.xml')).rejects.toMatchObject({
      code: 'docx_not_zip',
    })
  })
})
