import sharp from 'sharp'
import { renderChartPngAsync } from '../../charts/render-chart-png'

const placeholderPrefix = 'dajuan-deferred-picture:'

interface DeferredPicture {
  bytes: Uint8Array
  /** EXIF orientation; a picture not upright (2–8) is turned before it is packed. */
  orientation: number
}

/**
 * Pictures kept out of the docx library's packing. The library hashes every picture's bytes
 * (pure-JS SHA-1) to name it and then deflates it (pure-JS DEFLATE), which costs more than the
 * rest of a photo-heavy export and gains nothing on already-compressed PNG and JPEG files. So an
 * ImageRun gets a few placeholder bytes naming the asset, and `realBytes` swaps the picture in
 * when the package is rewritten (`repackZip`), stored uncompressed.
 */
export class DeferredMedia {
  private readonly pictures = new Map<string, DeferredPicture>()
  private readonly charts: Promise<void>[] = []
  private chartFailure: unknown

  /** Placeholder bytes for an asset's picture; the same asset always gets the same ones. */
  placeholder(assetId: number, bytes: Uint8Array, orientation = 1): Buffer {
    const key = `${placeholderPrefix}${assetId}`
    this.pictures.set(key, { bytes, orientation })
    return Buffer.from(key, 'utf8')
  }

  /**
   * Placeholder bytes for a chart's picture, drawn from its SVG as a PNG `widthPx` wide on the
   * thread pool meanwhile (the export goes on building the document); see `drawCharts`.
   */
  chartPlaceholder(svg: string, widthPx: number): Buffer {
    const key = `${placeholderPrefix}chart-${this.charts.length}`
    const picture: DeferredPicture = { bytes: new Uint8Array(), orientation: 1 }
    this.pictures.set(key, picture)
    // Settled here, so an export that fails before awaiting `drawCharts` leaves no rejection unhandled.
    const drawing = renderChartPngAsync(svg, widthPx).then(
      (png) => {
        picture.bytes = png
      },
      (error: unknown) => {
        this.chartFailure ??= error
      },
    )
    this.charts.push(drawing)
    return Buffer.from(key, 'utf8')
  }

  /** Waits for every chart's picture to be drawn. */
  async drawCharts(): Promise<void> {
    await Promise.all(this.charts)
    if (this.chartFailure !== undefined) {
      throw this.chartFailure
    }
  }

  /**
   * Turns the pictures whose EXIF orientation says they are stored sideways or mirrored, and
   * drops that tag: Word ignores it and would show them on their side, squeezed into the frame
   * sized for the upright picture. Upright pictures keep their own bytes.
   */
  async uprightPictures(): Promise<void> {
    for (const picture of this.pictures.values()) {
      if (picture.orientation > 1) {
        picture.bytes = await sharp(picture.bytes).rotate().jpeg({ quality: 90 }).toBuffer()
        picture.orientation = 1
      }
    }
  }

  /** The picture a placeholder stands for; undefined for bytes that are no placeholder. */
  realBytes(content: Uint8Array): Uint8Array | undefined {
    if (content.length > 64) {
      return undefined
    }
    return this.pictures.get(Buffer.from(content).toString('utf8'))?.bytes
  }
}
