import type { CollabClient } from './collab-client'

/** Resolves when `client`'s text next satisfies `done`, checked on each incoming update. */
function whenText(client: CollabClient, done: (text: string) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done(client.text())) {
      resolve()
      return
    }
    const onUpdate = () => {
      if (done(client.text())) {
        client.doc.off('update', onUpdate)
        resolve()
      }
    }
    client.doc.on('update', onUpdate)
  })
}

/**
 * How long an edit takes from one client to another through a server: `edits` single-character
 * insertions by `from`, one at a time, each timed until `to` has it (milliseconds).
 */
export async function measurePropagation(
  from: CollabClient,
  to: CollabClient,
  edits: number,
  gapMs = 15,
): Promise<number[]> {
  const samples: number[] = []
  for (let index = 0; index < edits; index++) {
    const expected = to.text().length + 1
    const started = performance.now()
    const arrived = whenText(to, (text) => text.length >= expected)
    from.type(index % 2 === 0 ? '答' : '卷')
    await arrived
    samples.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
  return samples
}
