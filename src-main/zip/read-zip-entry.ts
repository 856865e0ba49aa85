import type JSZip from 'jszip'
import { AppError } from '../errors/app-error'
import type { ZipEntryInfo } from './inspect-zip'

/**
 * Inflates one entry of a zip that `inspectZip` accepted, holding it to the size its central
 * directory declared: a lying directory (a small declared size over a bomb) stops with
 * `zip_too_large` once the output passes the declared size, and an entry that inflates to less
 * than it declared, or whose data does not inflate, is damaged (`docx_not_zip`). jszip inflates
 * in 16 KB input steps and stops once the paused stream's buffer is full, so little is inflated
 * beyond the limit.
 */
export function readZipEntry(zip: JSZip, entry: ZipEntryInfo): Promise<Uint8Array> {
  const file = zip.file(entry.name)
  if (!file) {
    return Promise.reject(new AppError('docx_not_zip'))
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let received = 0
    let stopped = false
    const stream = file.nodeStream('nodebuffer')
    const stop = (error: unknown) => {
      stopped = true
      chunks.length = 0
      stream.pause()
      reject(error)
    }
    stream
      .on('data', (chunk: Buffer) => {
        if (stopped) {
          return
        }
        received += chunk.length
        if (received > entry.uncompressedSize) {
          stop(new AppError('zip_too_large'))
          return
        }
        chunks.push(chunk)
      })
      .on('error', () => {
        if (!stopped) {
          stop(new AppError('docx_not_zip'))
        }
      })
      .on('end', () => {
        if (stopped) {
          return
        }
        if (received !== entry.uncompressedSize) {
          stop(new AppError('docx_not_zip'))
          return
        }
        resolve(concatenate(chunks, received))
      })
  })
}

function concatenate(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}
