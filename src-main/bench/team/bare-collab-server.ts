import { Server } from '@hocuspocus/server'

/**
 * The reference of T1: a bare Hocuspocus server (no authentication, no persistence, no
 * extensions) on loopback. Runs in its own process (the bench re-run with --bare-collab-server),
 * as the team server does, and prints its address.
 */
export async function runBareCollabServer(): Promise<void> {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: true })
  await server.listen()
  console.log(`BARE_URL=ws://127.0.0.1:${server.address.port}`)
}
