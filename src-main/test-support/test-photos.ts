import type { Sharp } from 'sharp'
import sharp from 'sharp'

/** A real photo made for a test: its bytes, type and the size it is meant to be seen at. */
export interface TestPhoto {
  name: string
  bytes: Buffer
  mimeType: 'image/jpeg' | 'image/png'
  /** As seen, after the EXIF orientation is applied. */
  widthPx: number
  heightPx: number
}

/** A picture with a dark left half and a light right half, so a turn or a squash shows. */
async function halves(width: number, height: number): Promise<Sharp> {
  const left = await sharp({
    create: { width: Math.ceil(width / 2), height, channels: 3, background: '#20304a' },
  })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#e8d8a0' } }).composite([
    { input: left, left: 0, top: 0 },
  ])
}

/**
 * Three real photos in three shapes: a 16:9 JPEG, a 3:4 portrait PNG, and a JPEG stored
 * 1600 × 1200 whose EXIF orientation 6 turns it to a 1200 × 1600 portrait, with GPS-like
 * EXIF fields a WeChat package must strip.
 */
export async function testPhotos(): Promise<{
  wide: TestPhoto
  portrait: TestPhoto
  turned: TestPhoto
}> {
  const wide = await (await halves(1920, 1080)).jpeg({ quality: 80 }).toBuffer()
  const portrait = await (await halves(900, 1200)).png().toBuffer()
  const turned = await (
    await halves(1600, 1200)
  )
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'DajuanTestCamera', Artist: '张国平' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
  return {
    wide: { name: 'wide', bytes: wide, mimeType: 'image/jpeg', widthPx: 1920, heightPx: 1080 },
    portrait: {
      name: 'portrait',
      bytes: portrait,
      mimeType: 'image/png',
      widthPx: 900,
      heightPx: 1200,
    },
    turned: {
      name: 'turned',
      bytes: turned,
      mimeType: 'image/jpeg',
      widthPx: 1200,
      heightPx: 1600,
    },
  }
}
