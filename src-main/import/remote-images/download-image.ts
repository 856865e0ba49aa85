import { isIP } from 'node:net'
import { sniffImageType } from '../../assets/image-type'

/** The largest picture downloaded, and how long one download may take. */
const maxImageBytes = 20 * 1024 * 1024
const timeoutMs = 15_000

/** Hosts on this machine or the local network are never fetched, whatever a page points at. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const intranetName = !host.includes('.') && isIP(host) === 0
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    intranetName
  ) {
    return true
  }
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  if (isIP(host) === 6) {
    return (
      host === '::1' ||
      host === '::' ||
      host.startsWith('fc') ||
      host.startsWith('fd') ||
      host.startsWith('fe80') ||
      host.startsWith('::ffff:')
    )
  }
  return false
}

/**
 * Downloads a picture a web page points at, when the user asked for it: http(s) on a public host
 * only, no redirects, at most 20 MB, and the bytes must really be a PNG, JPEG, GIF or WebP.
 * Returns undefined on any failure; the picture then stays a visible line with its address.
 */
export async function downloadImage(address: string): Promise<Uint8Array | undefined> {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    isLocalHost(url.hostname) ||
    url.username ||
    url.password
  ) {
    return undefined
  }
  try {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (!response.ok || !response.body || declared > maxImageBytes) {
      return undefined
    }
    const chunks: Uint8Array[] = []
    let size = 0
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.length
      if (size > maxImageBytes) {
        return undefined
      }
      chunks.push(chunk)
    }
    const bytes = Buffer.concat(chunks)
    return sniffImageType(bytes) ? new Uint8Array(bytes) : undefined
  } catch {
    return undefined
  }
}
