import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendFailure } from './http-reply'

/** The largest request body the app's servers read (an imported file travels as base64). */
export const maxBodyBytes = 64 * 1024 * 1024

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
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

/**
 * A request's JSON body ({} when empty), or undefined after answering 413 for one over `limit`
 * or 400 for one that is not JSON.
 */
export async function readJsonBody(
  request: IncomingMessage,
  response: ServerResponse,
  limit = maxBodyBytes,
): Promise<{ value: unknown } | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    sendFailure(response, 413, 'request_too_large', { limit: `${limit / 1048576} MB` })
    return undefined
  }
  try {
    const body = await readBody(request, limit)
    return { value: body ? (JSON.parse(body) as unknown) : {} }
  } catch {
    sendFailure(response, 400, 'invalid_input', { details: '请求体不是有效的 JSON' })
    return undefined
  }
}
