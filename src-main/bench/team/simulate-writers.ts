import type { CollabClient } from './collab-client'

/** What T2 saw: per-writer characters typed and found, propagation samples, the typing time. */
export interface WritersRun {
  typed: number[]
  /** Characters of each writer found in every client of its section once all synced. */
  foundInClients: number[]
  latenciesMs: number[]
  seconds: number
}

/** One character per writer that appears nowhere else, so each writer's keystrokes can be counted. */
export function writerCharacter(writer: number): string {
  // Private-use code points: no report text contains them.
  return String.fromCodePoint(0xe000 + writer)
}

export function countOf(text: string, character: string): number {
  let count = 0
  for (const each of text) {
    if (each === character) {
      count++
    }
  }
  return count
}

/**
 * `clients[i]` types `rate` characters a second for `seconds`; `sectionOf[i]` groups clients on
 * the same document. Each keystroke is timed until every other client of its section has it.
 */
export async function simulateWriters(
  clients: CollabClient[],
  sectionOf: number[],
  rate: number,
  seconds: number,
): Promise<WritersRun> {
  const typed = clients.map(() => 0)
  const sentAt = clients.map(() => [] as number[])
  const latenciesMs: number[] = []
  // For each (writer, peer in the same section): how many of the writer's characters it has seen.
  const seen = new Map<string, number>()
  clients.forEach((peer, peerIndex) => {
    peer.doc.on('update', () => {
      const text = peer.text()
      clients.forEach((_writer, writerIndex) => {
        if (writerIndex === peerIndex || sectionOf[writerIndex] !== sectionOf[peerIndex]) {
          return
        }
        const key = `${writerIndex}:${peerIndex}`
        const before = seen.get(key) ?? 0
        const now = countOf(text, writerCharacter(writerIndex))
        for (let index = before; index < now; index++) {
          const sent = sentAt[writerIndex]![index]
          if (sent !== undefined) {
            latenciesMs.push(performance.now() - sent)
          }
        }
        seen.set(key, Math.max(before, now))
      })
    })
  })
  const started = performance.now()
  await new Promise<void>((resolve) => {
    const timers = clients.map((client, index) =>
      setInterval(() => {
        sentAt[index]!.push(performance.now())
        typed[index]!++
        client.type(writerCharacter(index))
      }, 1000 / rate),
    )
    setTimeout(() => {
      timers.forEach(clearInterval)
      resolve()
    }, seconds * 1000)
  })
  const typingSeconds = (performance.now() - started) / 1000
  // Let everything arrive: every client's own changes acknowledged and peers equal.
  const deadline = Date.now() + 30_000
  const settled = () =>
    clients.every((client) => client.provider.unsyncedChanges === 0) &&
    clients.every((client, index) =>
      clients.every(
        (other, otherIndex) =>
          sectionOf[index] !== sectionOf[otherIndex] || client.text() === other.text(),
      ),
    )
  while (!settled() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const foundInClients = clients.map((_writer, writerIndex) =>
    Math.min(
      ...clients
        .filter((_peer, peerIndex) => sectionOf[peerIndex] === sectionOf[writerIndex])
        .map((peer) => countOf(peer.text(), writerCharacter(writerIndex))),
    ),
  )
  return { typed, foundInClients, latenciesMs, seconds: typingSeconds }
}
