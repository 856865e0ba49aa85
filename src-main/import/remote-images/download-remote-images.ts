import type { ReadBlock } from '../source-paragraph'
import type { DownloadBudget } from './download-image'
import { downloadImage } from './download-image'
import type { RemoteImageLimits } from './remote-image-limits'
import { remoteImageLimits } from './remote-image-limits'

/** Fetches a picture's bytes from its address within a budget, or gives undefined. */
export type ImageDownloader = (
  address: string,
  budget: DownloadBudget,
) => Promise<Uint8Array | undefined>

/**
 * The blocks with remote pictures downloaded (only when the user asked): each picture that comes
 * back as a real image gets its bytes; the others stay remote, shown as a line with their
 * address. The whole import is capped (`remoteImageLimits`): past the count, the bytes or the
 * time, the pictures left are not fetched and stay as lines too.
 */
export async function downloadRemoteImages(
  blocks: ReadBlock[],
  download: ImageDownloader = downloadImage,
  limits: RemoteImageLimits = remoteImageLimits,
): Promise<ReadBlock[]> {
  const result = [...blocks]
  const remote = result
    .flatMap((block, index) =>
      block.kind === 'image' && !block.bytes && block.remoteUrl ? [index] : [],
    )
    .slice(0, limits.count)
  const whole = AbortSignal.timeout(limits.totalMs)
  let bytesLeft = limits.totalBytes
  let next = 0
  const worker = async () => {
    while (next < remote.length && !whole.aborted && bytesLeft > 0) {
      const index = remote[next++]!
      const block = result[index]!
      if (block.kind !== 'image' || !block.remoteUrl) {
        continue
      }
      const bytes = await download(block.remoteUrl, {
        maxBytes: Math.min(limits.imageBytes, bytesLeft),
        signal: AbortSignal.any([whole, AbortSignal.timeout(limits.imageMs)]),
      })
      if (bytes && bytes.length <= bytesLeft && !whole.aborted) {
        bytesLeft -= bytes.length
        result[index] = { ...block, bytes, remoteUrl: undefined }
      }
    }
  }
  await Promise.all(Array.from({ length: limits.parallel }, worker))
  return result
}
