import type { ServerResponse } from 'node:http'
import { errorMessage } from '../shared/errors/app-error'
import { contentSecurityPolicy } from './content-security-policy'

/** The headers every answer of the app's servers carries (the renderer's CSP among them). */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

/** Answers with a body that is never cached. */
export function send(
  response: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': type,
    ...securityHeaders,
    'Cache-Control': 'no-store',
    ...headers,
  })
  response.end(body)
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8', headers)
}

/** Answers an expected failure as the contract's Failure value, its message in Chinese. */
export function sendFailure(
  response: ServerResponse,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { ok: false, code, message: errorMessage(code, params) }, headers)
}

/** A handler that failed unexpectedly: logged, answered 500 if nothing was sent yet, never rethrown. */
export function sendUnexpectedFailure(response: ServerResponse, error: unknown): void {
  console.error('[dajuan] request failed:', error)
  if (response.headersSent) {
    response.destroy()
    return
  }
  sendFailure(response, 500, 'internal')
}
