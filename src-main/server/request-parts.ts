import type { IncomingMessage } from 'node:http'

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
