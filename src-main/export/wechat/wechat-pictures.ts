import type { PictureSink, PlacedChart, PlacedPhoto } from '../html/picture-sink'
import { pictureTag } from '../html/picture-tag'

/**
 * A picture of the WeChat package: the file it is written to and what it is made from, a
 * photo's source bytes (re-encoded as JPEG) or a chart's SVG (drawn as PNG, since 公众号 drops SVG).
 */
export type PackagedPhoto =
  | { kind: 'photo'; fileName: string; bytes: Uint8Array }
  | { kind: 'chart'; fileName: string; svg: string }

/** "01.jpg", "02.png", … "100.jpg": two digits at least, so the files sort in reading order. */
export function photoFileName(index: number, extension = 'jpg'): string {
  return `${String(index).padStart(2, '0')}.${extension}`
}

/** Photos and charts referenced as files beside article.html, numbered in reading order. */
export class WechatPictures implements PictureSink {
  readonly photos: PackagedPhoto[] = []

  place(photo: PlacedPhoto): string {
    const fileName = photoFileName(this.photos.length + 1)
    this.photos.push({ kind: 'photo', fileName, bytes: photo.bytes })
    return pictureTag(fileName, photo)
  }

  placeChart(chart: PlacedChart): string {
    const fileName = photoFileName(this.photos.length + 1, 'png')
    this.photos.push({ kind: 'chart', fileName, svg: chart.svg })
    return pictureTag(fileName, {
      mimeType: 'image/png',
      bytes: new Uint8Array(),
      alt: chart.alt,
      widthPx: chart.widthPx,
      heightPx: chart.heightPx,
    })
  }
}
