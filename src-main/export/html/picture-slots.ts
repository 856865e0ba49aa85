import { inlineChartSvg } from './inline-chart-svg'
import type { PictureSink, PlacedChart, PlacedPhoto } from './picture-sink'
import { pictureTag } from './picture-tag'
import { randomUUID } from 'node:crypto'

interface Picture {
  mimeType: string
  bytes: Uint8Array
}

/**
 * Where the photos of an HTML export go. While the document is built, each photo's `src` holds
 * a slot, a short token with a per-export random key (and NUL characters, which escaped text
 * never contains), so megabytes of base64 are not carried through every join of the document's
 * Chinese text; V8 would copy them into two-byte strings at each level. The slots are filled
 * when the document is finished: as a string for the clipboard, or straight into the file's
 * bytes.
 */
export class PictureSlots implements PictureSink {
  private readonly key = randomUUID()
  private readonly pictures: Picture[] = []
  private readonly pattern = new RegExp(`\\u0000${this.key}:(\\d+)\\u0000`, 'g')

  /** The photo's <img>, its src a slot for the data: URI. */
  place(photo: PlacedPhoto): string {
    return pictureTag(this.slot(photo.mimeType, photo.bytes), photo)
  }

  /** A chart as inline SVG: a page shows it sharp at any size, with its words as real text. */
  placeChart(chart: PlacedChart): string {
    return inlineChartSvg(chart)
  }

  /** The token standing for a picture's data: URI. */
  slot(mimeType: string, bytes: Uint8Array): string {
    const index = this.pictures.push({ mimeType, bytes }) - 1
    return `\u0000${this.key}:${index}\u0000`
  }

  /** The document with every slot replaced by its data: URI. */
  fillAsString(html: string): string {
    return html.replace(this.pattern, (_token, index: string) => {
      const picture = this.pictures[Number(index)]
      return `${dataUriPrefix(picture)}${Buffer.from(picture.bytes).toString('base64')}`
    })
  }

  /** The document as UTF-8 bytes with every slot replaced by its data: URI. */
  fillAsBytes(html: string): Buffer {
    const parts: Buffer[] = []
    let last = 0
    for (const match of html.matchAll(this.pattern)) {
      const picture = this.pictures[Number(match[1])]
      parts.push(Buffer.from(html.slice(last, match.index) + dataUriPrefix(picture), 'utf8'))
      const bytes = Buffer.from(
        picture.bytes.buffer,
        picture.bytes.byteOffset,
        picture.bytes.byteLength,
      )
      parts.push(Buffer.from(bytes.toString('base64'), 'latin1'))
      last = match.index + match[0].length
    }
    parts.push(Buffer.from(html.slice(last), 'utf8'))
    return Buffer.concat(parts)
  }
}

function dataUriPrefix(picture: Picture): string {
  return `data:${picture.mimeType};base64,`
}
