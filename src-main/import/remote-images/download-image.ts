import { sniffImageType } from '../../assets/image-type'
import type { Resolver } from './resolve-public-address'
import { resolvePublicAddress, systemResolver } from './resolve-public-address'
import { requestPinned } from './request-pinned'

/** What one download may use: at most these bytes, and it stops when the signal aborts. */
export interface DownloadBudget {
  maxBytes: number
  signal: AbortSignal
}

/**
 * Downloads a picture a web page points at, when the user asked for it: http(s) only, no user
 * name or password, a host whose every address is public (resolved first, then connected to at
 * the checked address), no redirects, within the budget, and the bytes must really be a PNG,
 * JPEG, GIF or WebP. Returns undefined on any failure; the picture then stays a visible line
 * with its address.
 */
export async function downloadImage(
  address: string,
  budget: DownloadBudget,
  resolve: Resolver = systemResolver,
): Promise<Uint8Array | undefined> {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    return undefined
  }
  const pinned = await resolvePublicAddress(url.hostname, resolve)
  if ('refused' in pinned) {
    return undefined
  }
  const bytes = await requestPinned(url, pinned, budget)
  return bytes && sniffImageType(bytes) ? bytes : undefined
}
