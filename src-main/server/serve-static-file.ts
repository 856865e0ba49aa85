import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { securityHeaders, send } from './http-reply'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

/** Answers a GET of the built renderer: the file at `path` inside `folder`, or 404; never outside it. */
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
      ...securityHeaders,
    })
    response.end(body)
  } catch {
    send(response, 404, 'Not found', 'text/plain; charset=utf-8')
  }
}
