import { inflateRawSync } from 'node:zlib'
import { AppError } from '../shared/errors/app-error'
import type { ZipEntryInfo } from './inspect-zip'

/**
 * Inflates one entry of a zip that `inspectZip` accepted, from its bytes, with the platform's
 * zlib, holding it to the size its central directory declared: a lying directory (a small
 * declared size over a bomb) stops with `zip_too_large` as soon as the output would pass the
 * declared size (zlib stops there, it inflates no further), and an entry that inflates to less
 * than it declared, or whose data does not inflate, is damaged (`docx_not_zip`).
 */
export function readZipEntry(zip: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) {
    return data.slice()
  }
  let inflated: Buffer
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new AppError(code === 'ERR_BUFFER_TOO_LARGE' ? 'zip_too_large' : 'docx_not_zip')
  }
  if (inflated.length !== entry.uncompressedSize) {
    throw new AppError('docx_not_zip')
  }
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length)
}
