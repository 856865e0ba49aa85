import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sendUnexpectedFailure } from './http-reply'

/** An app server listening: its port and how to stop it. */
export interface ListeningServer {
  server: Server
  port: number
  close: () => Promise<void>
}

/**
 * An HTTP server answering with `serve` on `host`:`port` (0: any free port). A failed handler is
 * answered 500, a client that goes away or sends garbage never becomes an unhandled error.
 */
export async function startHttpServer(
  serve: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  host: string,
  port: number,
): Promise<ListeningServer> {
  const server = createServer((request, response) => {
    request.on('error', () => response.destroy())
    response.on('error', () => response.destroy())
    serve(request, response).catch((error: unknown) => sendUnexpectedFailure(response, error))
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
    server.listen(port, host, () => resolve())
  })
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
