import { escapeHtml } from '../html/escape-html'
import { htmlStyles } from '../html/html-styles'
import type { PictureSink } from '../html/picture-sink'

/**
 * A visible marker where each photo goes ("【图1】"), for text pasted into 公众号's editor, which
 * drops pictures it cannot fetch: the editor uploads 01.jpg where 【图1】 stands.
 */
export class PhotoMarkers implements PictureSink {
  private count = 0

  constructor(private readonly format: string) {}

  /** The next marker's text. */
  next(): string {
    this.count += 1
    return this.format.replace('{n}', String(this.count))
  }

  place(): string {
    return `<p style="${htmlStyles.photoMarker}">${escapeHtml(this.next())}</p>`
  }

  placeChart(): string {
    return this.place()
  }
}
