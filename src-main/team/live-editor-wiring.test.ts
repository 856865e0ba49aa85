// @vitest-environment jsdom
import { Server } from '@hocuspocus/server'
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { LiveDocument } from '../../src-renderer/features/editor/live-collaboration'
import {
  createLiveSocket,
  openLiveDocument,
  withLiveCollaboration,
} from '../../src-renderer/features/editor/live-collaboration'
import { documentExtensions } from '../shared/document/document-extensions'

/** One person: a page's socket, the section's live document and an editor bound to it. */
interface Person {
  socket: HocuspocusProviderWebsocket
  live: LiveDocument
  editor: Editor
}

const servers: Server[] = []
const people: Person[] = []

afterEach(async () => {
  for (const person of people.splice(0)) {
    person.editor.destroy()
    person.live.destroy()
    person.socket.destroy()
  }
  await Promise.all(servers.splice(0).map(stop))
})

async function start(port = 0, readOnly = false): Promise<Server> {
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    ...(readOnly
      ? {
          async onAuthenticate({ connectionConfig }) {
            connectionConfig.readOnly = true
          },
        }
      : {}),
  })
  await server.listen()
  servers.push(server)
  return server
}

/** Takes the server away at once, as a crash or a network cut does. */
async function stop(server: Server): Promise<void> {
  servers.splice(servers.indexOf(server), 1)
  server.webSocketServer.clients.forEach((client) => client.terminate())
  await new Promise((resolve) => server.httpServer.close(resolve))
}

function join(server: Server, sectionId = 1): Person {
  const socket = createLiveSocket(`ws://127.0.0.1:${server.address.port}/collab`, WebSocket)
  const live = openLiveDocument({ socket, sectionId })
  const editor = new Editor({
    extensions: withLiveCollaboration(documentExtensions, live.ydoc, {
      provider: live.provider,
      user: { id: people.length + 1, name: `记者${people.length + 1}` },
    }),
  })
  const person = { socket, live, editor }
  people.push(person)
  return person
}

async function until(condition: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting until ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function type(person: Person, text: string): void {
  const end = person.editor.state.doc.content.size - 1
  person.editor.chain().setTextSelection(Math.max(end, 1)).insertContent(text).run()
}

const text = (person: Person) => person.editor.state.doc.textContent

describe('live documents through a Hocuspocus server', () => {
  it('carry what one person types to the other, and the save state says when it is synced', async () => {
    const server = await start()
    const first = join(server)
    const second = join(server)
    await until(() => first.live.status().loaded && second.live.status().loaded, 'both loaded')

    type(first, '全年原煤产量')
    await until(() => text(second) === '全年原煤产量', 'the second sees the first')
    type(second, '稳步增长')
    await until(() => text(first) === '全年原煤产量稳步增长', 'the first sees the second')
    await until(() => first.live.status().sync === 'synced', 'the first is synced')
    expect(first.live.status()).toEqual({ sync: 'synced', loaded: true, readonly: false })
  })

  it('keep edits made while the server is away and merge them when it is back', async () => {
    const server = await start()
    const port = server.address.port
    const first = join(server)
    const second = join(server)
    await until(() => first.live.status().loaded && second.live.status().loaded, 'both loaded')
    type(first, '第一段。')
    await until(() => text(second) === '第一段。', 'the start is shared')

    await stop(server)
    await until(
      () => first.live.status().sync === 'offline' && second.live.status().sync === 'offline',
      'both see they are offline',
    )
    type(first, '甲离线写的。')
    type(second, '乙离线写的。')
    expect(text(first)).not.toContain('乙离线写的。')

    await start(port)
    await until(
      () => text(first).includes('乙离线写的。') && text(second).includes('甲离线写的。'),
      'the offline edits merged',
    )
    expect(text(first)).toBe(text(second))
    expect(text(first).startsWith('第一段。')).toBe(true)
    await until(
      () => first.live.status().sync === 'synced' && second.live.status().sync === 'synced',
      'both synced again',
    )
  })

  it('join a document again when the server closes it on an open connection', async () => {
    const server = await start()
    const first = join(server)
    const second = join(server)
    await until(() => first.live.status().loaded && second.live.status().loaded, 'both loaded')

    server.hocuspocus.closeConnections('section:1')
    await new Promise((resolve) => setTimeout(resolve, 50))
    type(first, '重新加入后照常同步')
    await until(() => text(second) === '重新加入后照常同步', 'edits flow after the close')
  })

  it("report the server's read-only scope", async () => {
    const server = await start(0, true)
    const reader = join(server)
    await until(() => reader.live.status().loaded, 'loaded')
    expect(reader.live.status().readonly).toBe(true)
  })

  it('keep trying to reconnect without a limit, at least every 5 s', async () => {
    const { socket, live } = join(await start())
    await until(() => live.status().loaded, 'loaded')
    expect(socket.configuration).toMatchObject({ maxAttempts: 0, timeout: 0 })
    expect(socket.configuration.maxDelay).toBeLessThanOrEqual(5000)
  })
})
