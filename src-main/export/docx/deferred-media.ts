const placeholderPrefix = 'dajuan-deferred-picture:'

/**
 * Pictures kept out of the docx library's packing. The library hashes every picture's bytes
 * (pure-JS SHA-1) to name it and then deflates it (pure-JS DEFLATE), which costs more than the
 * rest of a photo-heavy export and gains nothing on already-compressed PNG and JPEG files. So an
 * ImageRun gets a few placeholder bytes naming the asset, and `realBytes` swaps the picture in
 * when the package is rewritten (`repackZip`), stored uncompressed.
 */
export class DeferredMedia {
  private readonly pictures = new Map<string, Uint8Array>()

  /** Placeholder bytes for an asset's picture; the same asset always gets the same ones. */
  placeholder(assetId: number, bytes: Uint8Array): Buffer {
    const key = `${placeholderPrefix}${assetId}`
    this.pictures.set(key, bytes)
    return Buffer.from(key, 'utf8')
  }

  /** The picture a placeholder stands for; undefined for bytes that are no placeholder. */
  realBytes(content: Uint8Array): Uint8Array | undefined {
    if (content.length > 64) {
      return undefined
    }
    return this.pictures.get(Buffer.from(content).toString('utf8'))
  }
}
