import { describe, expect, it } from 'vitest'
import { fitPicture } from './fit-picture'

describe('fitPicture', () => {
  const box = { maxWidth: 600, maxHeight: 450 }

  it('fits a wide photo to the width, keeping 16:9', () => {
    expect(fitPicture({ widthPx: 1920, heightPx: 1080 }, box)).toEqual({ width: 600, height: 338 })
  })

  it('caps a portrait photo at the height, narrower than the text, keeping 3:4', () => {
    expect(fitPicture({ widthPx: 900, heightPx: 1200 }, box)).toEqual({ width: 338, height: 450 })
  })

  it('enlarges a small picture to the width', () => {
    expect(fitPicture({ widthPx: 300, heightPx: 200 }, box)).toEqual({ width: 600, height: 400 })
  })
})
