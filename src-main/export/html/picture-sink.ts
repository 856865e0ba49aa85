/** A photo as an HTML export places it: its bytes and what its <img> says about it. */
export interface PlacedPhoto {
  mimeType: string
  bytes: Uint8Array
  alt: string
  /** The photo's size as seen, when its header could be read. */
  widthPx?: number
  heightPx?: number
}

/** A chart as an HTML export places it: its drawing and the words that stand for it. */
export interface PlacedChart {
  svg: string
  alt: string
  widthPx: number
  heightPx: number
}

/**
 * Where an HTML export's photos go: the HTML that stands in a photo's place, an <img> whose src
 * is a data: URI slot (the standalone file) or a file name (the WeChat package), or a visible
 * marker such as 【图1】 (the text copied for 公众号).
 */
export interface PictureSink {
  place(photo: PlacedPhoto): string
  /** A chart: inline SVG in a standalone page, a PNG file in the 公众号 package, or its marker. */
  placeChart(chart: PlacedChart): string
}
