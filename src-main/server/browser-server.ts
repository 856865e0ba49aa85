import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import type { Handlers } from '../contract/channels'
import { dispatch } from '../handlers/dispatch'
import { errorMessage } from '../shared/errors/app-error'
import {
  badRequest,
  cookieValue,
  failed,
  forbidden,
  maxBodyBytes,
  readBody,
  requestPath,
  send,
  sendJson,
  serveStaticFile,
  tokensMatch,
} from './http-basics'

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
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
      sendJson(response, 413, {
        ok: false,
        code: 'request_too_large',
        message: errorMessage('request_too_large', { limit: `${maxBodyBytes / 1048576} MB` }),
      })
      return
    }
    let input: unknown
    try {
      const body = await readBody(request)
      input = body ? JSON.parse(body) : {}
    } catch {
      sendJson(response, 400, {
        ok: false,
        code: 'invalid_input',
        message: errorMessage('invalid_input', { details: '请求体不是有效的 JSON' }),
      })
      return
    }
    const result = await dispatch(options.handlers, channel, input, { mode: 'browser' })
    sendJson(response, 200, result)
  }

  const serveStatic = (response: ServerResponse, path: string) =>
    serveStaticFile(options.rendererFolder, response, path)

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request) || !originAllowed(request)) {
      forbidden(response)
      return
    }
    const path = requestPath(request.url)
    if (path === undefined) {
      badRequest(response)
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
      await serveStatic(response, path)
      return
    }
    send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8')
  }

  const server = createServer((request, response) => {
    // A client that goes away mid-request must not become an unhandled 'error' event.
    request.on('error', () => response.destroy())
    response.on('error', () => response.destroy())
    serve(request, response).catch((error: unknown) => failed(response, error))
  })
  server.on('clientError', (_error, socket) => {
    if (socket.writable) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    } else {
      socket.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
