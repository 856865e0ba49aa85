import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { ChannelName, Handlers } from '../contract/channels'
import { isChannelName } from '../contract/channels'
import type { Db } from '../db/open-database'
import { dispatch } from '../handlers/dispatch'
import { AppError } from '../shared/errors/app-error'
import type { TeamCaller } from '../shared/team/team-caller'
import { mayCallChannel } from '../shared/team/channel-permissions'
import type { LiveCollaboration } from '../team/live-collaboration'
import type { LoginThrottle } from '../team/login-throttle'
import { createLoginThrottle } from '../team/login-throttle'
import { assignedToOthers } from '../team/section-write-access'
import type { TeamAccountOptions, TeamUser } from '../team/team-account-service'
import {
  createTeamSession,
  hashSessionToken,
  resolveTeamSession,
  revokeTeamSession,
  verifyTeamLogin,
} from '../team/team-account-service'
import type { TeamUserRepository } from '../team/team-user-repository'
import { createTeamUserRepository } from '../team/team-user-repository'
import type { Workspace } from '../workspace/workspace'
import { send, sendFailure, sendJson } from './http-reply'
import { readJsonBody } from './read-json-body'
import { cookieValue, requestPath } from './request-parts'
import { serveStaticFile } from './serve-static-file'
import { startHttpServer } from './start-http-server'

/** The session cookie of the team server. */
export const teamCookieName = 'dajuan_team'

/** The path of the live documents' WebSocket. */
export const collabPath = '/collab'

/** A login is a name and a password: a small body. */
const maxLoginBytes = 16 * 1024

/** Channels that never read a section's text: no live edit needs storing before them. */
const channelsWithoutSectionText = new Set<string>([
  'app.info',
  'workspace.status',
  'settings.get',
  'reports.list',
  'templates.list',
  'backups.list',
  'team.users',
  'team.presence',
  'sections.assignments',
  'comments.list',
  'review.status',
])

/** Channels that change one section's text, named by `sectionId` in their input. */
const sectionTextChannels = new Set<ChannelName>([
  'sections.save',
  'sections.restoreRevision',
  'assets.addImage',
])

export interface TeamHttpServerOptions {
  handlers: Handlers
  workspace: () => Workspace
  collaboration: LiveCollaboration
  rendererFolder: string
  host?: string
  port?: number
  /** Behind an HTTPS reverse proxy: the cookie gets `Secure`. */
  secureCookie?: boolean
  /** Tests pass a cheap scrypt cost and a clock. */
  accountOptions?: TeamAccountOptions
  throttle?: LoginThrottle
}

export interface RunningTeamServer {
  server: Server
  port: number
  url: string
  close: () => Promise<void>
}

const publicUser = (user: TeamUser) => ({ id: user.id, name: user.name, role: user.role })

/** Whether a request's Origin, when it has one, is the address the request came to. */
function originMatchesHost(request: IncomingMessage): boolean {
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

function refuseUpgrade(socket: Duplex): void {
  if (socket.writable) {
    socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  }
  socket.destroy()
}

/**
 * The team server's HTTP side: the built renderer, login and logout with HttpOnly SameSite=Strict
 * session cookies, `POST /api/<channel>` for signed-in accounts whose role may call the channel,
 * and the `/collab` WebSocket of live documents, let in only with a live session. A request whose
 * Origin is not the address it came to is refused.
 */
export async function startTeamHttpServer(
  options: TeamHttpServerOptions,
): Promise<RunningTeamServer> {
  const throttle = options.throttle ?? createLoginThrottle()
  const repositories = new WeakMap<Db, TeamUserRepository>()
  const users = () => {
    const { db } = options.workspace()
    let repository = repositories.get(db)
    if (!repository) {
      repository = createTeamUserRepository(db)
      repositories.set(db, repository)
    }
    return repository
  }
  const cookieFlags = `HttpOnly; SameSite=Strict; Path=/${options.secureCookie ? '; Secure' : ''}`
  const { collaboration } = options

  const sessionOf = (request: IncomingMessage) => {
    const token = cookieValue(request, teamCookieName)
    const user = token ? resolveTeamSession(users(), token, options.accountOptions) : undefined
    return user ? { token, user } : undefined
  }

  const logIn = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readJsonBody(request, response, maxLoginBytes)
    if (!body) {
      return
    }
    const { name, password } = (body.value ?? {}) as { name?: unknown; password?: unknown }
    if (typeof name !== 'string' || typeof password !== 'string') {
      sendFailure(response, 400, 'invalid_input', {
        details: '需要账号名（name）和密码（password）',
      })
      return
    }
    try {
      const user = await verifyTeamLogin(
        { users: users(), throttle },
        { name, password, address: request.socket.remoteAddress ?? '' },
        options.accountOptions,
      )
      const { token } = createTeamSession(users(), user.id, options.accountOptions)
      sendJson(
        response,
        200,
        { user: publicUser(user) },
        { 'Set-Cookie': `${teamCookieName}=${token}; ${cookieFlags}` },
      )
    } catch (error) {
      if (!(error instanceof AppError)) {
        throw error
      }
      const throttled = error.code === 'team_login_throttled'
      const headers: Record<string, string> = throttled
        ? { 'Retry-After': String(error.params.seconds) }
        : {}
      sendFailure(response, throttled ? 429 : 401, error.code, error.params, headers)
    }
  }

  const logOut = (request: IncomingMessage, response: ServerResponse) => {
    const token = cookieValue(request, teamCookieName)
    if (token) {
      revokeTeamSession(users(), token)
      collaboration.closeSession(hashSessionToken(token))
    }
    response.writeHead(204, {
      'Set-Cookie': `${teamCookieName}=; ${cookieFlags}; Max-Age=0`,
      'Cache-Control': 'no-store',
    })
    response.end()
  }

  const serveApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    const session = sessionOf(request)
    if (!session) {
      sendFailure(response, 401, 'team_login_required')
      return
    }
    const { user } = session
    if (isChannelName(channel) && !mayCallChannel(user.role, channel)) {
      sendFailure(response, 403, 'team_forbidden', { role: user.role })
      return
    }
    const body = await readJsonBody(request, response)
    if (!body) {
      return
    }
    const caller: TeamCaller = { userId: user.id, name: user.name, role: user.role }
    const sectionId = (body.value as { sectionId?: unknown } | null)?.sectionId
    if (
      isChannelName(channel) &&
      sectionTextChannels.has(channel) &&
      typeof sectionId === 'number' &&
      assignedToOthers(options.workspace(), caller, sectionId)
    ) {
      sendFailure(response, 403, 'team_forbidden', { role: user.role })
      return
    }
    if (!channelsWithoutSectionText.has(channel)) {
      collaboration.storePending()
    }
    const result = await dispatch(options.handlers, channel, body.value, { mode: 'team', caller })
    collaboration.takeStoredChanges()
    sendJson(response, 200, result)
  }

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    if (!originMatchesHost(request)) {
      sendFailure(response, 403, 'forbidden')
      return
    }
    const path = requestPath(request.url)
    if (path === undefined) {
      sendFailure(response, 400, 'invalid_request')
      return
    }
    if (path === '/auth/login' && request.method === 'POST') {
      await logIn(request, response)
      return
    }
    if (path === '/auth/logout' && request.method === 'POST') {
      logOut(request, response)
      return
    }
    if (path === '/auth/me' && request.method === 'GET') {
      const session = sessionOf(request)
      if (session) {
        sendJson(response, 200, { user: publicUser(session.user) })
      } else {
        sendFailure(response, 401, 'team_login_required')
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

  const listening = await startHttpServer(serve, options.host ?? '127.0.0.1', options.port ?? 0)
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 })
  listening.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    let session: ReturnType<typeof sessionOf>
    try {
      session =
        requestPath(request.url) === collabPath && originMatchesHost(request)
          ? sessionOf(request)
          : undefined
    } catch (error) {
      console.error('[dajuan] WebSocket upgrade failed:', error)
      session = undefined
    }
    if (!session) {
      refuseUpgrade(socket)
      return
    }
    const { user, token } = session
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      collaboration.handleConnection(webSocket, request, {
        caller: { userId: user.id, name: user.name, role: user.role },
        sessionHash: hashSessionToken(token),
      })
    })
  })

  const host = options.host ?? '127.0.0.1'
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    server: listening.server,
    port: listening.port,
    url: `http://${shownHost}:${listening.port}/`,
    close: async () => {
      await collaboration.close()
      for (const client of sockets.clients) {
        client.terminate()
      }
      sockets.close()
      await listening.close()
    },
  }
}
