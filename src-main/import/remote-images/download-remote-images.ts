import type { ReadBlock } from '../source-paragraph'
import { downloadImage } from './download-image'

/** Fetches a picture's bytes from its address, or gives undefined. */
export type ImageDownloader = (address: string) => Promise<Uint8Array | undefined>

const parallelDownloads = 4

/**
 * The blocks with remote pictures downloaded (only when the user asked): each picture that comes
 * back as a real image gets its bytes; the others stay remote, shown as a line with their address.
 */
export async function downloadRemoteImages(
  blocks: ReadBlock[],
  download: ImageDownloader = downloadImage,
): Promise<ReadBlock[]> {
  const result = [...blocks]
  const remote = result.flatMap((block, index) =>
    block.kind === 'image' && !block.bytes && block.remoteUrl ? [index] : [],
  )
  let next = 0
  const worker = async () => {
    while (next < remote.length) {
      const index = remote[next++]!
      const block = result[index]!
      if (block.kind !== 'image' || !block.remoteUrl) {
        continue
      }
      const bytes = await download(block.remoteUrl)
      if (bytes) {
        result[index] = { ...block, bytes, remoteUrl: undefined }
      }
    }
  }
  await Promise.all(Array.from({ length: parallelDownloads }, worker))
  return result
}
