import type { IncomingMessage } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tinyPng } from '../../test-support/tiny-png'
import { downloadImage } from './download-image'
import type { Resolver } from './resolve-public-address'
import { requestPinned } from './request-pinned'

const seen: IncomingMessage[] = []
let port = 0
const server = createServer((request, response) => {
  seen.push(request)
  if (request.url === '/moved.png') {
    response.writeHead(302, { Location: '/photo.png' }).end()
    return
  }
  if (request.url === '/missing.png') {
    response.writeHead(404).end()
    return
  }
  response.end(tinyPng)
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => server.close())

const budget = () => ({ maxBytes: 1024 * 1024, signal: AbortSignal.timeout(5000) })

/** DNS, the one thing doubled here: names of a rebinding or intranet host, and who asked. */
const asked: string[] = []
const fakeDns: Record<string, string[]> = {
  'rebind.example': ['127.0.0.1'],
  'intranet.example': ['10.0.0.8'],
  'mixed.example': ['93.184.216.34', '192.168.1.1'],
  'nat64.example': ['64:ff9b::7f00:1'],
  'mapped.example': ['::ffff:127.0.0.1'],
  'metadata.example': ['169.254.169.254'],
  'ula.example': ['fd00::1'],
  'cgnat.example': ['100.64.0.1'],
  'multicast.example': ['224.0.0.1'],
  'zero.example': ['0.0.0.0'],
}
const resolver: Resolver = async (hostname) => {
  asked.push(hostname)
  const addresses = fakeDns[hostname]
  if (!addresses) {
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  }
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
}

describe('downloadImage', () => {
  it.each([
    'http://127.0.0.1:PORT/photo.png',
    'http://localhost:PORT/photo.png',
    'http://localhost.:PORT/photo.png',
    'http://0x7f.1:PORT/photo.png',
    'http://2130706433:PORT/photo.png',
    'http://[::1]:PORT/photo.png',
    'http://[::ffff:127.0.0.1]:PORT/photo.png',
    'http://[::]:PORT/photo.png',
    'http://0.0.0.0:PORT/photo.png',
    'http://192.168.1.10/photo.png',
    'http://169.254.169.254/latest/meta-data',
    'file:///etc/passwd',
    'ftp://example.com/photo.png',
    'http://user:secret@example.com/photo.png',
    'not a url',
  ])('refuses %s without a request (system resolver)', async (address) => {
    const before = seen.length
    expect(await downloadImage(address.replace('PORT', String(port)), budget())).toBeUndefined()
    expect(seen.length).toBe(before)
  })

  it.each(Object.keys(fakeDns))(
    'resolves %s first and refuses it when any address is not public',
    async (host) => {
      const before = seen.length
      const address = `http://${host}:${port}/photo.png`
      expect(await downloadImage(address, budget(), resolver)).toBeUndefined()
      expect(asked.at(-1)).toBe(host)
      expect(seen.length).toBe(before)
    },
  )
})

describe('requestPinned', () => {
  const pinned = { address: '127.0.0.1', family: 4 as const }

  it('connects to the checked address without resolving the name again', async () => {
    const url = new URL(`http://images.invalid:${port}/photo.png`)
    expect(await requestPinned(url, pinned, budget())).toEqual(new Uint8Array(tinyPng))
    expect(seen.at(-1)?.headers.host).toBe(`images.invalid:${port}`)
  })

  it('follows no redirect, takes only 200, and stops past the byte limit', async () => {
    const at = (path: string) => new URL(`http://images.invalid:${port}${path}`)
    const before = seen.length
    expect(await requestPinned(at('/moved.png'), pinned, budget())).toBeUndefined()
    expect(seen.length).toBe(before + 1)
    expect(await requestPinned(at('/missing.png'), pinned, budget())).toBeUndefined()
    const small = { maxBytes: tinyPng.length - 1, signal: AbortSignal.timeout(5000) }
    expect(await requestPinned(at('/photo.png'), pinned, small)).toBeUndefined()
    const aborted = { maxBytes: 1024, signal: AbortSignal.abort() }
    expect(await requestPinned(at('/photo.png'), pinned, aborted)).toBeUndefined()
  })
})
