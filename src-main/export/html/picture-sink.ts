/** A photo as an HTML export places it: its bytes and what its <img> says about it. */
export interface PlacedPhoto {
  mimeType: string
  bytes: Uint8Array
  alt: string
  /** The photo's size as seen, when its header could be read. */
  widthPx?: number
  heightPx?: number
}

/**
 * Where an HTML export's photos go: the HTML that stands in a photo's place, an <img> whose src
 * is a data: URI slot (the standalone file) or a file name (the WeChat package), or a visible
 * marker such as 【图1】 (the text copied for 公众号).
 */
export interface PictureSink {
  place(photo: PlacedPhoto): string
}
