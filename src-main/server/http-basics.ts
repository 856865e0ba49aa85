import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import { errorMessage } from '../shared/errors/app-error'
import { contentSecurityPolicy } from './content-security-policy'

// What browser mode and the team server answer HTTP with: replies, bodies, cookies, static files.

export const maxBodyBytes = 64 * 1024 * 1024

export const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

export function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

export function forbidden(response: ServerResponse): void {
  sendJson(response, 403, { ok: false, code: 'forbidden', message: errorMessage('forbidden') })
}

export function badRequest(response: ServerResponse): void {
  sendJson(response, 400, {
    ok: false,
    code: 'invalid_request',
    message: errorMessage('invalid_request'),
  })
}

/** A handler that failed unexpectedly: logged, answered 500 if nothing was sent yet, never rethrown. */
export function failed(response: ServerResponse, error: unknown): void {
  console.error('[dajuan] request failed:', error)
  if (response.headersSent) {
    response.destroy()
    return
  }
  sendJson(response, 500, { ok: false, code: 'internal', message: errorMessage('internal') })
}

/**
 * The decoded path of a request target (origin-form, absolute-form or `*`), or undefined when it
 * cannot be parsed or percent-decoded: such a request gets 400, it must never throw.
 */
export function requestPath(target: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(target ?? '/', 'http://127.0.0.1').pathname)
  } catch {
    return undefined
  }
}

/** The value of a cookie in a request's Cookie header, or ''. */
export function cookieValue(request: IncomingMessage, name: string): string {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) {
      return rest.join('=')
    }
  }
  return ''
}

export function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        reject(new Error('body too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** A file of the built renderer (`/` is index.html); 404 for anything outside its folder. */
export async function serveStaticFile(
  folder: string,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '')
  const file = join(folder, relative)
  if (!file.startsWith(folder + sep) || relative.includes('..')) {
    send(response, 404, 'Not found', 'text/plain; charset=utf-8')
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, {
      'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
    response.end(body)
  } catch {
    send(response, 404, 'Not found', 'text/plain; charset=utf-8')
  }
}
