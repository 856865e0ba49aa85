import { describe, expect, it } from 'vitest'
import { PictureSlots } from './picture-slots'

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0x10])
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])

function documentWith(slots: PictureSlots): string {
  return `<p>上党区２０２５</p><img src="${slots.slot('image/png', png)}"><p>中间</p><img src="${slots.slot('image/jpeg', jpeg)}"><p>末尾</p>`
}

const expected =
  `<p>上党区２０２５</p><img src="data:image/png;base64,${png.toString('base64')}"><p>中间</p>` +
  `<img src="data:image/jpeg;base64,${jpeg.toString('base64')}"><p>末尾</p>`

describe('PictureSlots', () => {
  it('fills each slot with its picture as a data: URI, as a string and as UTF-8 bytes', () => {
    const slots = new PictureSlots()
    const html = documentWith(slots)
    expect(html).not.toContain('base64')
    expect(slots.fillAsString(html)).toBe(expected)
    expect(slots.fillAsBytes(html).equals(Buffer.from(expected, 'utf8'))).toBe(true)
  })

  it("fills only its own slots: another export's token stays as it is", () => {
    const mine = new PictureSlots()
    const other = new PictureSlots()
    const foreign = other.slot('image/png', png)
    const html = `${documentWith(mine)}${foreign}`
    expect(mine.fillAsString(html)).toBe(`${expected}${foreign}`)
    expect(mine.fillAsBytes(html).toString('utf8')).toBe(`${expected}${foreign}`)
  })

  it('leaves a document without pictures unchanged', () => {
    const slots = new PictureSlots()
    expect(slots.fillAsString('<p>无图</p>')).toBe('<p>无图</p>')
    expect(slots.fillAsBytes('<p>无图</p>').toString('utf8')).toBe('<p>无图</p>')
  })
})
