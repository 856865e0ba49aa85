import { connect } from 'node:net'

/** What came back for a raw request: the status line's code, if any, and all bytes received. */
export interface RawReply {
  status: number | undefined
  text: string
}

/**
 * Writes bytes to a local port as they are, with no HTTP client in between, and reads until the
 * server closes the connection (or `timeoutMs` passes, when the socket is closed from this side).
 */
export function sendRawRequest(port: number, bytes: Buffer, timeoutMs = 5000): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect({ host: '127.0.0.1', port })
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1]
      resolve({ status: status === undefined ? undefined : Number(status), text })
    }
    const timer = setTimeout(finish, timeoutMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', finish)
    socket.on('close', finish)
    socket.write(bytes)
  })
}
