/** An image's size in pixels as it is meant to be seen, and the EXIF orientation that gives it. */
export interface ImagePixelSize {
  widthPx: number
  heightPx: number
  /** EXIF orientation 1–8; 5–8 turn the picture a quarter, so width and height are swapped. */
  orientation: number
}

function pngSize(bytes: Buffer): ImagePixelSize | undefined {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined
  }
  return { widthPx: bytes.readUInt32BE(16), heightPx: bytes.readUInt32BE(20), orientation: 1 }
}

function gifSize(bytes: Buffer): ImagePixelSize | undefined {
  if (bytes.length < 10) {
    return undefined
  }
  return { widthPx: bytes.readUInt16LE(6), heightPx: bytes.readUInt16LE(8), orientation: 1 }
}

function webpSize(bytes: Buffer): ImagePixelSize | undefined {
  if (bytes.length < 30) {
    return undefined
  }
  const chunk = bytes.toString('latin1', 12, 16)
  if (chunk === 'VP8X') {
    return {
      widthPx: bytes.readUIntLE(24, 3) + 1,
      heightPx: bytes.readUIntLE(27, 3) + 1,
      orientation: 1,
    }
  }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { widthPx: (bits & 0x3fff) + 1, heightPx: ((bits >> 14) & 0x3fff) + 1, orientation: 1 }
  }
  if (chunk === 'VP8 ') {
    return {
      widthPx: bytes.readUInt16LE(26) & 0x3fff,
      heightPx: bytes.readUInt16LE(28) & 0x3fff,
      orientation: 1,
    }
  }
  return undefined
}

/** The orientation tag (0x0112) of an Exif APP1 segment's first IFD, or 1 when it has none. */
function exifOrientation(bytes: Buffer, start: number, end: number): number {
  if (end - start < 14 || bytes.toString('latin1', start, start + 4) !== 'Exif') {
    return 1
  }
  const tiff = start + 6
  const little = bytes.toString('latin1', tiff, tiff + 2) === 'II'
  const read16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at))
  const read32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at))
  const directory = tiff + read32(tiff + 4)
  if (directory + 2 > end) {
    return 1
  }
  const count = read16(directory)
  for (let index = 0; index < count; index += 1) {
    const entry = directory + 2 + index * 12
    if (entry + 12 > end) {
      return 1
    }
    if (read16(entry) === 0x0112) {
      const value = read16(entry + 8)
      return value >= 1 && value <= 8 ? value : 1
    }
  }
  return 1
}

/** Start-of-frame markers (baseline, progressive, lossless…), not DHT (C4), JPG (C8) or DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegSize(bytes: Buffer): ImagePixelSize | undefined {
  let orientation = 1
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) {
      return undefined
    }
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = bytes.readUInt16BE(at + 2)
    if (marker === 0xe1) {
      orientation = exifOrientation(bytes, at + 4, Math.min(at + 2 + length, bytes.length))
    }
    if (isStartOfFrame(marker) && at + 9 <= bytes.length) {
      const heightPx = bytes.readUInt16BE(at + 5)
      const widthPx = bytes.readUInt16BE(at + 7)
      return orientation >= 5
        ? { widthPx: heightPx, heightPx: widthPx, orientation }
        : { widthPx, heightPx, orientation }
    }
    at += 2 + length
  }
  return undefined
}

const readers: Record<string, (bytes: Buffer) => ImagePixelSize | undefined> = {
  'image/png': pngSize,
  'image/jpeg': jpegSize,
  'image/gif': gifSize,
  'image/webp': webpSize,
}

/**
 * An image's pixel size read from its header (no decoding): PNG, JPEG (with its EXIF
 * orientation, a quarter turn swapping width and height), GIF and WebP. Undefined for another
 * type or a header too damaged to read.
 */
export function imagePixelSize(bytes: Buffer, mimeType: string): ImagePixelSize | undefined {
  const reader = readers[mimeType]
  if (!reader) {
    return undefined
  }
  try {
    const size = reader(bytes)
    return size && size.widthPx > 0 && size.heightPx > 0 ? size : undefined
  } catch {
    // A header cut short reads past the end: the size is unknown, not an export failure.
    return undefined
  }
}
