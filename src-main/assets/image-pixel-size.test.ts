import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { testPhotos } from '../test-support/test-photos'
import { tinyPng } from '../test-support/tiny-png'
import { imagePixelSize } from './image-pixel-size'

describe('imagePixelSize', () => {
  it('reads real photos in three shapes, a quarter-turn EXIF orientation swapping the sides', async () => {
    const photos = await testPhotos()
    expect(imagePixelSize(photos.wide.bytes, 'image/jpeg')).toEqual({
      widthPx: 1920,
      heightPx: 1080,
      orientation: 1,
    })
    expect(imagePixelSize(photos.portrait.bytes, 'image/png')).toEqual({
      widthPx: 900,
      heightPx: 1200,
      orientation: 1,
    })
    expect(imagePixelSize(photos.turned.bytes, 'image/jpeg')).toEqual({
      widthPx: 1200,
      heightPx: 1600,
      orientation: 6,
    })
  })

  it('reads GIF and WebP headers, lossy and lossless', async () => {
    const base = sharp({ create: { width: 30, height: 17, channels: 3, background: '#336699' } })
    const gif = await base.clone().gif().toBuffer()
    const lossy = await base.clone().webp().toBuffer()
    const lossless = await base.clone().webp({ lossless: true }).toBuffer()
    for (const [bytes, type] of [
      [gif, 'image/gif'],
      [lossy, 'image/webp'],
      [lossless, 'image/webp'],
    ] as const) {
      expect(imagePixelSize(bytes, type), type).toEqual({
        widthPx: 30,
        heightPx: 17,
        orientation: 1,
      })
    }
  })

  it('gives no size for a cut-off header, garbage or an unknown type', () => {
    expect(
      imagePixelSize(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00]), 'image/jpeg'),
    ).toBeUndefined()
    expect(
      imagePixelSize(Buffer.from('not an image at all, not at all'), 'image/png'),
    ).toBeUndefined()
    expect(imagePixelSize(tinyPng, 'image/svg+xml')).toBeUndefined()
  })
})
