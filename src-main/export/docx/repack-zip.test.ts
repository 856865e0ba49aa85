import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { repackZip } from './repack-zip'

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip()
  for (const [name, text] of Object.entries(files)) {
    zip.file(name, text, { date: new Date(2026, 0, 2, 3, 4, 6), createFolders: false })
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

async function contents(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true })
  const names = Object.keys(zip.files)
  const texts = await Promise.all(names.map((name) => zip.file(name)!.async('string')))
  return Object.fromEntries(names.map((name, index) => [name, texts[index]]))
}

describe('repackZip', () => {
  const files = {
    'word/document.xml': `<w:document>${'两会答卷'.repeat(500)}</w:document>`,
    '[Content_Types].xml': '<Types/>',
    'word/media/image1.png': 'placeholder-1',
    'word/media/图片.png': 'placeholder-2',
  }

  it('keeps every entry it is not asked to change, in order, with valid checksums', async () => {
    const original = await zipOf(files)
    const repacked = repackZip(original, () => undefined)
    expect(await contents(repacked)).toEqual(files)
    expect(Object.keys(await contents(repacked))).toEqual(Object.keys(files))
  })

  it('copies kept entries without recompressing them', async () => {
    const original = await zipOf(files)
    const repacked = repackZip(original, () => undefined)
    // The first entry's deflated data, as the original zip's local header places it.
    const dataStart = 30 + original.readUInt16LE(26) + original.readUInt16LE(28)
    const deflated = original.subarray(dataStart, dataStart + original.readUInt32LE(18))
    expect(deflated.length).toBeLessThan(files['word/document.xml'].length / 10)
    expect(repacked.includes(deflated)).toBe(true)
  })

  it('stores or deflates replacements, and reads the current content on demand', async () => {
    const seen: Record<string, string> = {}
    const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5])
    const repacked = repackZip(await zipOf(files), (name, read) => {
      seen[name] = Buffer.from(read()).toString('utf8')
      if (name === 'word/media/image1.png') {
        return { data: picture, compress: false }
      }
      if (name === 'word/document.xml') {
        return { data: Buffer.from('<w:document>新</w:document>'), compress: true }
      }
      return undefined
    })
    expect(seen).toEqual(files)
    const zip = await JSZip.loadAsync(repacked, { checkCRC32: true })
    expect(
      Buffer.from(await zip.file('word/media/image1.png')!.async('uint8array')).equals(picture),
    ).toBe(true)
    expect(repacked.includes(picture)).toBe(true)
    expect(await zip.file('word/document.xml')!.async('string')).toBe('<w:document>新</w:document>')
    expect(await zip.file('word/media/图片.png')!.async('string')).toBe('placeholder-2')
  })

  it('refuses bytes that are not a zip', () => {
    expect(() =>
      repackZip(Buffer.from('not a zip at all, not even close'), () => undefined),
    ).toThrow(expect.objectContaining({ code: 'docx_not_zip' }))
  })
})
