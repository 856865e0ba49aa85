import type { IncomingMessage } from 'node:http'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import type { PublicAddress } from './resolve-public-address'

/** A lookup that gives the one address already checked, whatever name it is asked for. */
function pinnedLookup(pinned: PublicAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      ;(callback as (error: null, addresses: PublicAddress[]) => void)(null, [pinned])
      return
    }
    callback(null, pinned.address, pinned.family)
  }
}

/**
 * GETs an http(s) URL from the address given, never resolving its host name again (a name that
 * rebinds to an intranet address between the check and the connection cannot redirect it); TLS
 * still checks the certificate against the URL's host name. No redirects are followed. Gives the
 * body when the answer is 200 and the body stays within `maxBytes`, else undefined.
 */
export function requestPinned(
  url: URL,
  pinned: PublicAddress,
  options: { maxBytes: number; signal: AbortSignal },
): Promise<Uint8Array | undefined> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve) => {
    if (options.signal.aborted) {
      resolve(undefined)
      return
    }
    const call = request(
      url,
      { lookup: pinnedLookup(pinned), signal: options.signal },
      (response: IncomingMessage) => {
        const declared = Number(response.headers['content-length'] ?? 0)
        if (response.statusCode !== 200 || declared > options.maxBytes) {
          response.destroy()
          resolve(undefined)
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > options.maxBytes) {
            response.destroy()
            resolve(undefined)
            return
          }
          chunks.push(chunk)
        })
        response.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
        response.on('error', () => resolve(undefined))
        response.on('aborted', () => resolve(undefined))
      },
    )
    call.on('error', () => resolve(undefined))
    call.end()
  })
}
