import { lookup } from 'node:dns/promises'
import type { AddressKind } from './classify-address'
import { classifyAddress } from './classify-address'

/** An address a host name resolved to, checked to be on the public internet. */
export interface PublicAddress {
  address: string
  family: 4 | 6
}

/** Resolves a host name to all its addresses (the system's resolver, as browsers use it). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>

export const systemResolver: Resolver = (hostname) =>
  lookup(hostname, { all: true, verbatim: true })

/**
 * Resolves a URL's host name (or takes its IP literal) and checks every address it has: when any
 * one is not public (loopback, private, link-local, unique-local, CGNAT, multicast, unspecified,
 * reserved), the host is refused, since a connection could reach it. Returns the first address,
 * the one to connect to (no second lookup), or the kind that refused it.
 */
export async function resolvePublicAddress(
  hostname: string,
  resolve: Resolver = systemResolver,
): Promise<PublicAddress | { refused: AddressKind | 'unresolved' }> {
  const host = hostname.replace(/^\[|\]$/g, '')
  let addresses: { address: string; family: number }[]
  try {
    addresses = await resolve(host)
  } catch {
    return { refused: 'unresolved' }
  }
  if (addresses.length === 0) {
    return { refused: 'unresolved' }
  }
  for (const { address } of addresses) {
    const kind = classifyAddress(address)
    if (kind !== 'public') {
      return { refused: kind }
    }
  }
  const first = addresses[0]!
  return { address: first.address, family: first.family === 6 ? 6 : 4 }
}
