import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { Handlers } from '../contract/channels'
import { isChannelName } from '../contract/channels'
import { dispatch } from '../handlers/dispatch'
import { AppError, errorMessage } from '../shared/errors/app-error'
import type { TeamCaller } from '../shared/team/team-caller'
import { mayCallChannel } from '../team/channel-permissions'
import type { LoginThrottle } from '../team/login-throttle'
import type { TeamCollaboration } from '../team/team-collaboration'
import {
  createTeamSession,
  resolveTeamSession,
  revokeTeamSession,
  teamAccountRules,
  verifyTeamLogin,
} from '../team/team-account-service'
import type { TeamUserRepository } from '../team/team-user-repository'
import {
  badRequest,
  cookieValue,
  failed,
  maxBodyBytes,
  readBody,
  requestPath,
  send,
  sendJson,
  serveStaticFile,
} from './http-basics'

/** The team server's session cookie. */
export const teamCookieName = 'dajuan_team'

/** The longest login request body: a name and a password, with room to spare. */
const maxLoginBytes = 16 * 1024

export interface TeamHttpServerOptions {
  /** The handler table (the workspace session's: it survives a restore). */
  handlers: Handlers
  /** The team accounts of the open workspace. */
  users: () => TeamUserRepository
  throttle: LoginThrottle
  collaboration: TeamCollaboration
  rendererFolder: string
  host: string
  port: number
  /** Add `Secure` to the cookie: the server sits behind HTTPS. */
  secureCookie: boolean
}

export interface RunningTeamHttpServer {
  server: Server
  url: string
  close: () => Promise<void>
}

/** HTTP status of an expected failure on the team server. */
const failureStatus: Record<string, number> = {
  team_login_failed: 401,
  team_account_disabled: 401,
  team_login_required: 401,
  team_login_throttled: 429,
  team_forbidden: 403,
}

function refuse(
  response: ServerResponse,
  code: string,
  params: Record<string, string | number> = {},
) {
  sendJson(response, failureStatus[code] ?? 400, {
    ok: false,
    code,
    message: errorMessage(code, params),
    params,
  })
}

/** An Origin header, when there is one, must name the host the request came to (no cross-site calls). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin
  if (origin === undefined) {
    return true
  }
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}

/**
 * The team server's HTTP side: the built app, login and logout with an HttpOnly, SameSite=Strict
 * session cookie, every contract channel gated by the caller's role, and the `/collab` WebSocket
 * of live documents, whose upgrade is refused before anything loads unless it carries a session.
 */
export async function startTeamHttpServer(
  options: TeamHttpServerOptions,
): Promise<RunningTeamHttpServer> {
  const cookieAttributes = `HttpOnly; SameSite=Strict; Path=/${options.secureCookie ? '; Secure' : ''}`

  const callerOf = (request: IncomingMessage): TeamCaller | undefined => {
    const user = resolveTeamSession(options.users(), cookieValue(request, teamCookieName))
    return user ? { userId: user.id, name: user.name, role: user.role } : undefined
  }
  const memberOf = (caller: TeamCaller) => ({
    id: caller.userId,
    name: caller.name,
    role: caller.role,
  })

  const login = async (request: IncomingMessage, response: ServerResponse) => {
    if (Number(request.headers['content-length'] ?? 0) > maxLoginBytes) {
      badRequest(response)
      return
    }
    let input: { name?: unknown; password?: unknown }
    try {
      input = JSON.parse(await readBody(request)) as typeof input
    } catch {
      badRequest(response)
      return
    }
    if (typeof input?.name !== 'string' || typeof input.password !== 'string') {
      badRequest(response)
      return
    }
    try {
      const users = options.users()
      const user = await verifyTeamLogin(
        { users, throttle: options.throttle },
        { name: input.name, password: input.password, address: request.socket.remoteAddress ?? '' },
      )
      const { token } = createTeamSession(users, user.id)
      response.setHeader(
        'Set-Cookie',
        `${teamCookieName}=${token}; ${cookieAttributes}; Max-Age=${teamAccountRules.sessionMs / 1000}`,
      )
      sendJson(response, 200, { user: { id: user.id, name: user.name, role: user.role } })
    } catch (error) {
      if (error instanceof AppError) {
        refuse(response, error.code, error.params)
        return
      }
      throw error
    }
  }

  const logout = (request: IncomingMessage, response: ServerResponse) => {
    revokeTeamSession(options.users(), cookieValue(request, teamCookieName))
    response.writeHead(204, {
      'Set-Cookie': `${teamCookieName}=; ${cookieAttributes}; Max-Age=0`,
      'Cache-Control': 'no-store',
    })
    response.end()
  }

  const serveApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    const caller = callerOf(request)
    if (!caller) {
      refuse(response, 'team_login_required')
      return
    }
    if (!isChannelName(channel)) {
      sendJson(response, 404, {
        ok: false,
        code: 'unknown_channel',
        message: errorMessage('unknown_channel', { channel: channel.slice(0, 80) }),
      })
      return
    }
    if (!mayCallChannel(caller.role, channel)) {
      refuse(response, 'team_forbidden')
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
    const result = await dispatch(options.handlers, channel, input, { mode: 'team', caller })
    if (result.ok) {
      options.collaboration.catchUpStoredTexts()
    }
    sendJson(response, 200, result)
  }

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    if (!sameOrigin(request)) {
      refuse(response, 'team_forbidden')
      return
    }
    const path = requestPath(request.url)
    if (path === undefined) {
      badRequest(response)
      return
    }
    if (path === '/auth/login' && request.method === 'POST') {
      await login(request, response)
      return
    }
    if (path === '/auth/logout' && request.method === 'POST') {
      logout(request, response)
      return
    }
    if (path === '/auth/me' && request.method === 'GET') {
      const caller = callerOf(request)
      if (caller) {
        sendJson(response, 200, { user: memberOf(caller) })
      } else {
        refuse(response, 'team_login_required')
      }
      return
    }
    const api = /^\/api\/([\w.]+)$/.exec(path)
    if (api && request.method === 'POST') {
      await serveApi(request, response, api[1]!)
      return
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      await serveStaticFile(options.rendererFolder, response, path)
      return
    }
    send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8')
  }

  const server = createServer((request, response) => {
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

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 })
  const refuseUpgrade = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    try {
      if (requestPath(request.url) !== '/collab') {
        refuseUpgrade(socket, '404 Not Found')
        return
      }
      if (!sameOrigin(request)) {
        refuseUpgrade(socket, '403 Forbidden')
        return
      }
      const caller = callerOf(request)
      if (!caller) {
        refuseUpgrade(socket, '401 Unauthorized')
        return
      }
      sockets.handleUpgrade(request, socket, head, (webSocket) =>
        options.collaboration.handleConnection(webSocket, request, caller),
      )
    } catch (error) {
      console.error('[dajuan] upgrade failed:', error)
      socket.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    server,
    url: `http://${shownHost}:${port}/`,
    close: async () => {
      await options.collaboration.close()
      sockets.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
