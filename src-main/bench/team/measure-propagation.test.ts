import { Server } from '@hocuspocus/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectCollabClient } from './collab-client'
import { measurePropagation } from './measure-propagation'
import { countOf, simulateWriters, writerCharacter } from './simulate-writers'

let server: Server

beforeAll(async () => {
  server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
})

afterAll(async () => {
  await server.destroy()
})

const url = () => `ws://127.0.0.1:${server.address.port}`

describe('the team bench clients', () => {
  it('time each edit until the other client has it', async () => {
    const a = await connectCollabClient({ url: url(), name: 'section:1' })
    const b = await connectCollabClient({ url: url(), name: 'section:1' })
    const samples = await measurePropagation(a, b, 5, 0)
    expect(samples).toHaveLength(5)
    expect(samples.every((ms) => ms > 0 && ms < 5000)).toBe(true)
    expect(b.text()).toBe('答卷答卷答')
    a.close()
    b.close()
  })

  it('count every keystroke of simulated writers in every client of their section', async () => {
    const clients = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        connectCollabClient({ url: url(), name: `section:${10 + (index % 2)}` }),
      ),
    )
    const run = await simulateWriters(clients, [0, 1, 0, 1], 20, 0.5)
    expect(run.typed.every((typed) => typed >= 5)).toBe(true)
    expect(run.foundInClients).toEqual(run.typed)
    // A writer's characters reach the peer of its section and nobody else.
    expect(countOf(clients[2]!.text(), writerCharacter(0))).toBe(run.typed[0])
    expect(countOf(clients[1]!.text(), writerCharacter(0))).toBe(0)
    expect(run.latenciesMs.length).toBe(run.typed.reduce((sum, typed) => sum + typed, 0))
    clients.forEach((client) => client.close())
  })
})
