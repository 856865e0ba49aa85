import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Handlers } from '../contract/channels'
import { dispatch } from '../handlers/dispatch'
import { send, sendFailure, sendJson } from './http-reply'
import { readJsonBody } from './read-json-body'
import { cookieValue, requestPath } from './request-parts'
import { serveStaticFile } from './serve-static-file'
import { startHttpServer } from './start-http-server'

/** The cookie a page gets once it has shown the launch token: new tabs and bookmarks then work. */
export const sessionCookieName = 'dajuan_session'

export interface BrowserServerOptions {
  handlers: Handlers
  rendererFolder: string
  token: string
  port?: number
}

export interface RunningBrowserServer {
  server: Server
  port: number
  url: string
  close: () => Promise<void>
}

function forbidden(response: ServerResponse): void {
  sendFailure(response, 403, 'forbidden')
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Browser mode: the built renderer and `POST /api/<channel>` on 127.0.0.1 only. Every API call
 * needs the per-launch token, or the session cookie a page gets for showing it
 * (`POST /auth/session`); foreign Host or Origin headers are refused (DNS rebinding, cross-site
 * requests).
 */
export async function startBrowserServer(
  options: BrowserServerOptions,
): Promise<RunningBrowserServer> {
  let allowedHosts = new Set<string>()
  // One session per launch: a page that showed the token gets it as an HttpOnly, SameSite=Strict
  // cookie, so another tab or a bookmark of the same address is let in, and no other site is.
  const session = randomBytes(24).toString('base64url')

  const authorized = (request: IncomingMessage) => {
    const auth = request.headers['authorization'] ?? ''
    const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    return (
      tokensMatch(bearer, options.token) ||
      tokensMatch(cookieValue(request, sessionCookieName), session)
    )
  }

  const beginSession = (request: IncomingMessage, response: ServerResponse) => {
    const auth = request.headers['authorization'] ?? ''
    if (!tokensMatch(auth.startsWith('Bearer ') ? auth.slice(7) : '', options.token)) {
      forbidden(response)
      return
    }
    response.writeHead(204, {
      'Set-Cookie': `${sessionCookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      'Cache-Control': 'no-store',
    })
    response.end()
  }

  const hostAllowed = (request: IncomingMessage) => allowedHosts.has(request.headers.host ?? '')
  const originAllowed = (request: IncomingMessage) => {
    const origin = request.headers.origin
    return origin === undefined || allowedHosts.has(origin.replace(/^http:\/\//, ''))
  }

  const serveApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (!authorized(request)) {
      forbidden(response)
      return
    }
    const input = await readJsonBody(request, response)
    if (!input) {
      return
    }
    const result = await dispatch(options.handlers, channel, input.value, { mode: 'browser' })
    sendJson(response, 200, result)
  }

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request) || !originAllowed(request)) {
      forbidden(response)
      return
    }
    const path = requestPath(request.url)
    if (path === undefined) {
      sendFailure(response, 400, 'invalid_request')
      return
    }
    if (path === '/auth/session' && request.method === 'POST') {
      beginSession(request, response)
      return
    }
    const api = /^\/api\/([\w.]+)$/.exec(path)
    if (api && request.method === 'POST') {
      await serveApi(request, response, api[1])
      return
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      await serveStaticFile(options.rendererFolder, response, path)
      return
    }
    send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8')
  }

  const listening = await startHttpServer(serve, '127.0.0.1', options.port ?? 0)
  const { server, port } = listening
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: listening.close,
  }
}
