import fc from 'fast-check'
import JSZip from 'jszip'
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { inspectZip } from './inspect-zip'
import { writeTestZip } from './write-test-zip'

const megabyte = 1024 * 1024

async function jszipBytes(files: Record<string, string>, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(files)) {
    zip.file(name, content, { createFolders: false })
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment })
}

/** The AppError code `run` throws, or 'no error'; any other exception fails the test. */
function errorCode(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) {
      return error.code
    }
    throw error
  }
  return 'no error'
}

const smallDocx = {
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': '<w:document>' + 'x'.repeat(5000) + '</w:document>',
}

describe('inspectZip', () => {
  it('lists the entries a zip library wrote, with their declared sizes', async () => {
    const inventory = inspectZip(await jszipBytes(smallDocx))
    expect([...inventory.entries.keys()]).toEqual(['[Content_Types].xml', 'word/document.xml'])
    const document = inventory.entries.get('word/document.xml')!
    expect(document.uncompressedSize).toBe(5025)
    expect(document.method).toBe(8)
    expect(document.compressedSize).toBeLessThan(200)
    expect(inventory.totalUncompressedBytes).toBe(5033)
  })

  it("says where each entry's data starts and gives its checksum", async () => {
    const text = '上党区高质量发展答卷'.repeat(40)
    const bytes = await jszipBytes({ 'word/document.xml': text, 'a.txt': 'plain' })
    for (const entry of inspectZip(bytes).entries.values()) {
      const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
      const content = entry.method === 8 ? inflateRawSync(data) : Buffer.from(data)
      expect(content.toString('utf8')).toBe(entry.name === 'a.txt' ? 'plain' : text)
      expect(entry.crc32).toBe(crc32(content))
    }
  })

  it('finds the end record behind a comment, even one that mimics its signature', async () => {
    const commented = await jszipBytes(smallDocx, 'made by PK\u0005\u0006 someone')
    expect(inspectZip(commented).entries.size).toBe(2)
    const handMade = writeTestZip([{ name: 'a.txt', data: new Uint8Array(10) }], {
      comment: 'x'.repeat(60000),
    })
    expect(inspectZip(handMade).entries.get('a.txt')!.uncompressedSize).toBe(10)
  })

  it('refuses what is not a zip', () => {
    const text = new TextEncoder().encode('冬日的太行山脉，银装素裹间孕育着无限生机。'.repeat(50))
    expect(errorCode(() => inspectZip(text))).toBe('docx_not_zip')
    expect(errorCode(() => inspectZip(new Uint8Array()))).toBe('docx_not_zip')
    expect(errorCode(() => inspectZip(new TextEncoder().encode('%PDF-1.7\n')))).toBe('docx_not_zip')
  })

  it('tells an old-style .doc or a password-protected document apart', () => {
    const compoundFile = new Uint8Array(4096)
    compoundFile.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(errorCode(() => inspectZip(compoundFile))).toBe('docx_legacy_format')
  })

  it('refuses a truncated zip, wherever it was cut', async () => {
    const bytes = await jszipBytes(smallDocx)
    for (const length of [bytes.length - 1, bytes.length - 30, Math.floor(bytes.length / 2), 4]) {
      expect(errorCode(() => inspectZip(bytes.slice(0, length)))).toBe('docx_not_zip')
    }
    const withoutMiddle = new Uint8Array([...bytes.slice(0, 40), ...bytes.slice(80)])
    expect(errorCode(() => inspectZip(withoutMiddle))).toBe('docx_not_zip')
  })

  it('refuses a file above the size limit before reading it', () => {
    const huge = new Uint8Array(31 * megabyte)
    try {
      inspectZip(huge)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('file_too_large')
      expect((error as AppError).message).toBe('文件过大（31 MB），上限为 30 MB。')
    }
  })

  it('refuses 10,000 entries', async () => {
    const zip = new JSZip()
    for (let index = 0; index < 10_000; index++) {
      zip.file(`word/media/image${index}.png`, 'x', { createFolders: false })
    }
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    const started = performance.now()
    expect(errorCode(() => inspectZip(bytes))).toBe('zip_too_many_entries')
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('refuses an end record that claims 10,000 entries before walking any of them', () => {
    const bytes = writeTestZip([{ name: 'a.txt', data: new Uint8Array(10) }], {
      declaredEntryCount: 10_000,
    })
    expect(errorCode(() => inspectZip(bytes))).toBe('zip_too_many_entries')
    expect(errorCode(() => inspectZip(bytes, { maxEntries: 20_000 }))).toBe('docx_not_zip')
  })

  it('refuses an entry declaring a huge uncompressed size', () => {
    const bytes = writeTestZip([
      { name: 'word/document.xml', data: new Uint8Array(100), declaredUncompressedSize: 4e9 },
    ])
    expect(errorCode(() => inspectZip(bytes))).toBe('zip_too_large')
  })

  it('refuses 100 MB of zeros deflated into a small entry', () => {
    const zeros = deflateRawSync(Buffer.alloc(100 * megabyte))
    const bytes = writeTestZip([
      { name: 'word/document.xml', rawData: zeros, declaredUncompressedSize: 100 * megabyte },
    ])
    expect(bytes.length).toBeLessThan(megabyte)
    expect(errorCode(() => inspectZip(bytes))).toBe('zip_too_large')
  })

  it('refuses a big entry compressed beyond 200:1 even under the size limit', () => {
    const zeros = deflateRawSync(Buffer.alloc(40 * megabyte))
    const bytes = writeTestZip([
      { name: 'word/document.xml', rawData: zeros, declaredUncompressedSize: 40 * megabyte },
    ])
    expect(errorCode(() => inspectZip(bytes))).toBe('zip_too_large')
    expect(inspectZip(bytes, { maxRatio: 2000 }).entries.size).toBe(1)
  })

  it('accepts a small entry that compresses well', () => {
    const bytes = writeTestZip([{ name: 'word/styles.xml', data: new Uint8Array(500_000) }])
    expect(inspectZip(bytes).entries.get('word/styles.xml')!.uncompressedSize).toBe(500_000)
  })

  it('refuses entries whose declared sizes add up beyond the total limit', () => {
    const entries = [1, 2, 3, 4, 5].map((index) => ({
      name: `part${index}.xml`,
      data: new Uint8Array(1000),
    }))
    const bytes = writeTestZip(entries)
    expect(errorCode(() => inspectZip(bytes, { maxTotalBytes: 4000 }))).toBe('zip_too_large')
    expect(inspectZip(bytes, { maxTotalBytes: 5000 }).totalUncompressedBytes).toBe(5000)
  })

  it('refuses a directory whose compressed size runs past the data', () => {
    const bytes = writeTestZip([
      { name: 'word/document.xml', data: new Uint8Array(100), declaredCompressedSize: 5000 },
    ])
    expect(errorCode(() => inspectZip(bytes))).toBe('docx_not_zip')
  })

  it('refuses a stored entry whose two sizes differ', () => {
    const bytes = writeTestZip([
      { name: 'a.xml', data: new Uint8Array(100), stored: true, declaredUncompressedSize: 10 },
    ])
    expect(errorCode(() => inspectZip(bytes))).toBe('docx_not_zip')
  })

  it('refuses the same name twice', () => {
    const entry = { name: 'word/document.xml', data: new Uint8Array(10) }
    expect(errorCode(() => inspectZip(writeTestZip([entry, entry])))).toBe('docx_not_zip')
  })

  it('refuses ZIP64, encryption and unknown compression methods', () => {
    const zip64 = writeTestZip([
      { name: 'a.xml', data: new Uint8Array(10), declaredUncompressedSize: 0xffffffff },
    ])
    const encrypted = writeTestZip([{ name: 'a.xml', data: new Uint8Array(10), flags: 0x801 }])
    const bzip2 = writeTestZip([{ name: 'a.xml', data: new Uint8Array(10), method: 12 }])
    for (const bytes of [zip64, encrypted, bzip2]) {
      expect(errorCode(() => inspectZip(bytes))).toBe('zip_unsupported')
    }
  })

  it('only ever fails with an AppError on random or damaged input', async () => {
    const valid = await jszipBytes(smallDocx)
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        errorCode(() => inspectZip(bytes))
      }),
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (changes) => {
          const damaged = valid.slice()
          for (const [position, value] of changes) {
            damaged[position] = value
          }
          errorCode(() => inspectZip(damaged))
        },
      ),
    )
  })
})
