import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tinyPng } from '../../test-support/tiny-png'
import { downloadImage } from './download-image'

let requests = 0
let port = 0
const server = createServer((_request, response) => {
  requests++
  response.end(tinyPng)
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => server.close())

describe('downloadImage', () => {
  it.each([
    'http://127.0.0.1:PORT/photo.png',
    'http://localhost:PORT/photo.png',
    'http://[::1]:PORT/photo.png',
    'http://192.168.1.10/photo.png',
    'http://10.0.0.8/photo.png',
    'http://172.20.0.1/photo.png',
    'http://169.254.169.254/latest/meta-data',
    'http://intranet/photo.png',
    'file:///etc/passwd',
    'ftp://example.com/photo.png',
    'http://user:secret@example.com/photo.png',
    'not a url',
  ])('refuses %s without a request', async (address) => {
    const before = requests
    expect(await downloadImage(address.replace('PORT', String(port)))).toBeUndefined()
    expect(requests).toBe(before)
  })
})
