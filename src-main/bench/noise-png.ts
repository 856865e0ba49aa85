import { crc32, deflateSync } from 'node:zlib'
import { seededRandom } from './generate-report-text'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, checksum])
}

/**
 * A deterministic RGB PNG of soft noise: it compresses about as badly as a photo, so a report's
 * pictures weigh what real ones would in a database and a .docx.
 */
export function noisePng(width: number, height: number, seed: number): Uint8Array {
  const random = seededRandom(seed)
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const shade = (x + y) % 256
      for (let channel = 0; channel < 3; channel++) {
        rows[row + 1 + x * 3 + channel] = (shade + Math.floor(random() * 64) + channel * 40) & 0xff
      }
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
