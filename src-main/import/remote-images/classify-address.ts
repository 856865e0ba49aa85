import { BlockList, isIP } from 'node:net'

/** What an IP address is, for deciding whether a picture may be fetched from it. */
export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'cgnat'
  | 'multicast'
  | 'reserved'
  | 'invalid'

type Range = readonly [
  network: string,
  prefix: number,
  kind: Exclude<AddressKind, 'public' | 'invalid'>,
]

/** IPv4 ranges that are not the public internet (IANA special-purpose registry). */
const ipv4Ranges: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]

/** IPv6 ranges that are not the public internet; IPv4-mapped addresses are checked as IPv4. */
const ipv6Ranges: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'reserved'],
  ['64:ff9b:1::', 48, 'private'],
  ['100::', 64, 'reserved'],
  ['2001::', 32, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
]

/**
 * IPv6 prefixes that carry an IPv4 address (NAT64's well-known prefix, 6to4), with where the IPv4
 * address starts, in bits: it is checked against the IPv4 ranges.
 */
const ipv4Carriers = [
  { prefix: [0x64, 0xff9b, 0, 0, 0, 0], at: 96 },
  { prefix: [0x2002], at: 16 },
] as const

function ipv4Groups(address: string): [number, number] {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number]
  return [(a << 8) | b, (c << 8) | d]
}

/** An IPv4 range as it appears inside an IPv6 prefix that carries IPv4 addresses. */
function carriedRange(
  [network, prefix, kind]: Range,
  carrier: (typeof ipv4Carriers)[number],
): Range {
  const groups = [...carrier.prefix, ...ipv4Groups(network)]
  while (groups.length < 8) {
    groups.push(0)
  }
  return [groups.map((group) => group.toString(16)).join(':'), carrier.at + prefix, kind]
}

const blockLists = new Map<Range[2], BlockList>()
function add([network, prefix, kind]: Range, family: 'ipv4' | 'ipv6'): void {
  const list = blockLists.get(kind) ?? new BlockList()
  list.addSubnet(network, prefix, family)
  blockLists.set(kind, list)
}
for (const range of ipv4Ranges) {
  add(range, 'ipv4')
  for (const carrier of ipv4Carriers) {
    add(carriedRange(range, carrier), 'ipv6')
  }
}
for (const range of ipv6Ranges) {
  add(range, 'ipv6')
}
// Checked first, so that an address in two ranges gets the narrower name (::1 is loopback, not ::/96).
const kindsInOrder: Range[2][] = [
  'unspecified',
  'loopback',
  'link-local',
  'unique-local',
  'cgnat',
  'multicast',
  'private',
  'reserved',
]

/**
 * Classifies an IP address (IPv4, IPv6, IPv4-mapped IPv6 and IPv4 inside NAT64 or 6to4 prefixes)
 * with Node's own parser: `public`, or the kind of range that makes it no place to fetch from.
 */
export function classifyAddress(address: string): AddressKind {
  const family = isIP(address)
  if (family === 0) {
    return 'invalid'
  }
  const type = family === 4 ? 'ipv4' : 'ipv6'
  return kindsInOrder.find((kind) => blockLists.get(kind)?.check(address, type)) ?? 'public'
}
