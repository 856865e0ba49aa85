import { request } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../handlers/create-handlers'
import { hostileRequests } from '../security/hostile-requests'
import { sendRawRequest } from '../security/send-raw-request'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import type { RunningBrowserServer } from './browser-server'
import { startBrowserServer } from './browser-server'

const tempFolder = useTempFolder()
const token = 'test-token-0123456789'
let workspace: Workspace
let server: RunningBrowserServer

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

function send(options: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string
  setHost?: boolean
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: options.headers,
        setHost: options.setHost ?? true,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        )
      },
    )
    call.on('error', reject)
    call.end(options.body)
  })
}

const api = (headers: Record<string, string>, body = '{}') =>
  send({
    path: '/api/reports.list',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })

beforeEach(async () => {
  workspace = openWorkspace(':memory:')
  const renderer = join(tempFolder(), 'renderer')
  mkdirSync(renderer)
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>答卷</title>')
  server = await startBrowserServer({
    handlers: createHandlers(workspace),
    rendererFolder: renderer,
    token,
  })
})
afterEach(async () => {
  await server.close()
  workspace.close()
})

describe('browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${token}`)
  })

  it('answers an API call that has the token', async () => {
    const reply = await api({ Authorization: `Bearer ${token}` })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses a call without a token', async () => {
    const reply = await api({})
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('refuses a call with a wrong token', async () => {
    expect((await api({ Authorization: 'Bearer wrong-token-0123456789' })).status).toBe(403)
  })

  it('trades the token for an HttpOnly SameSite=Strict session cookie that lets other tabs in', async () => {
    const begun = await send({
      path: '/auth/session',
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(begun.status).toBe(204)
    const cookie = String(begun.headers['set-cookie'])
    expect(cookie).toMatch(/^dajuan_session=[\w-]{20,}; HttpOnly; SameSite=Strict; Path=\/$/)
    const session = cookie.split(';')[0]!
    expect((await api({ Cookie: session })).status).toBe(200)
    expect((await api({ Cookie: `theme=dark; ${session}` })).status).toBe(200)
    expect((await api({ Cookie: 'dajuan_session=guessed-value-0123456789' })).status).toBe(403)
    expect((await api({ Cookie: session, Origin: 'http://evil.example' })).status).toBe(403)
  })

  it('gives no session cookie without the token', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong-token-0123456789' },
    ]
    for (const headers of attempts) {
      const reply = await send({ path: '/auth/session', headers })
      expect(reply.status).toBe(403)
      expect(reply.headers['set-cookie']).toBeUndefined()
    }
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await api({
      Authorization: `Bearer ${token}`,
      Host: `evil.example:${server.port}`,
    })
    expect(reply.status).toBe(403)
  })

  it('refuses a foreign Origin (cross-site request)', async () => {
    const reply = await api({ Authorization: `Bearer ${token}`, Origin: 'http://evil.example' })
    expect(reply.status).toBe(403)
  })

  it('accepts the app’s own origin', async () => {
    const reply = await api({
      Authorization: `Bearer ${token}`,
      Origin: `http://127.0.0.1:${server.port}`,
    })
    expect(reply.status).toBe(200)
  })

  it('serves the renderer with a Content-Security-Policy and no path traversal', async () => {
    const page = await send({ path: '/', method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('答卷')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const escape = await send({ path: '/..%2f..%2fetc%2fpasswd', method: 'GET' })
    expect(escape.status).toBe(404)
  })

  it('is not reachable on any other network interface of the machine', async () => {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address)
    if (addresses.length === 0) {
      console.log('no non-loopback IPv4 interface here; only the bound address is checked')
    }
    for (const address of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: server.port })
        socket.once('connect', () => {
          socket.destroy()
          resolve('connected')
        })
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      })
      expect([address, outcome]).toEqual([address, 'ECONNREFUSED'])
    }
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
  })

  it('refuses the token anywhere but the Authorization header, and any near miss', async () => {
    const json = { 'Content-Type': 'application/json' }
    const refused = [
      await send({ path: `/api/reports.list?token=${token}`, headers: json, body: '{}' }),
      await api({ Authorization: `Bearer ${token}x` }),
      await api({ Authorization: `Bearer ${token.slice(0, -1)}` }),
      await api({ Authorization: `bearer ${token}` }),
      await api({ Authorization: token }),
      await api({ Authorization: 'Bearer ' }),
      await api({ Cookie: `token=${token}` }),
    ]
    expect(refused.map((reply) => reply.status)).toEqual(refused.map(() => 403))
  })

  it('refuses a request without a Host header, and serves no page to a foreign Host', async () => {
    const missing = await send({
      path: '/api/reports.list',
      setHost: false,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    })
    // Node answers HTTP/1.1 without a Host with 400 before the app sees it; either way, no data.
    expect([400, 403]).toContain(missing.status)
    expect(missing.body).not.toContain('"ok":true')
    const foreignHost = { Host: `attacker.example:${server.port}` }
    const page = await send({ path: '/', method: 'GET', headers: foreignHost })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain('答卷</title>')
    const localhost = await api({
      Authorization: `Bearer ${token}`,
      Host: `localhost:${server.port}`,
    })
    expect(localhost.status).toBe(200)
  })

  it('refuses an opaque or look-alike Origin', async () => {
    const origins = [
      'null',
      'file://',
      `https://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port}.attacker.example`,
      `http://attacker.example/http://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port + 1}`,
      `http://localhost.attacker.example:${server.port}`,
    ]
    for (const origin of origins) {
      const reply = await api({ Authorization: `Bearer ${token}`, Origin: origin })
      expect([origin, reply.status]).toEqual([origin, 403])
    }
  })

  it('answers a 100,000-deep JSON body with a clear error and keeps serving', async () => {
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)
    const reply = await api({ Authorization: `Bearer ${token}` }, deep)
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'input_too_deep' })
    expect((await api({ Authorization: `Bearer ${token}` })).status).toBe(200)
  })

  it('answers malformed JSON with a clear error', async () => {
    const reply = await api({ Authorization: `Bearer ${token}` }, '{not json')
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'invalid_input' })
  })
})

describe('browser-mode server under malformed requests', () => {
  it('answers every request of the hostile corpus as expected, then still serves', async () => {
    const outcomes = []
    for (const hostile of hostileRequests(server.port, token)) {
      const reply = await sendRawRequest(server.port, hostile.bytes)
      const closedByParser = reply.status === undefined || reply.status === 400
      outcomes.push({
        name: hostile.name,
        outcome: hostile.expected === 'closed' && closedByParser ? 'closed' : reply.status,
      })
    }
    expect(outcomes).toEqual(
      hostileRequests(server.port, token).map(({ name, expected }) => ({
        name,
        outcome: expected,
      })),
    )
    expect((await send({ path: '/', method: 'GET' })).status).toBe(200)
    expect(JSON.parse((await api({ Authorization: `Bearer ${token}` })).body)).toMatchObject({
      ok: true,
    })
  })

  it('answers 400 to a target the URL parser or the percent-decoder rejects', async () => {
    const reply = await sendRawRequest(
      server.port,
      Buffer.from(
        `GET /%ff HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`,
      ),
    )
    expect(reply.status).toBe(400)
    expect(reply.text).toContain('invalid_request')
  })

  it('answers 500 and keeps serving when a handler throws outside the contract', async () => {
    await server.close()
    const handlers = createHandlers(workspace)
    server = await startBrowserServer({
      handlers: {
        ...handlers,
        'reports.list': () => {
          throw new Error('boom')
        },
      },
      rendererFolder: join(tempFolder(), 'renderer-missing'),
      token,
    })
    const reply = await api({ Authorization: `Bearer ${token}` })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'internal' })
    expect((await send({ path: '/', method: 'GET' })).status).toBe(404)
  })
})
