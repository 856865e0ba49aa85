import { describe, expect, it } from 'vitest'
import { createLiveDocumentPool } from './live-document-pool'

/** A stand-in for a live document: its unacknowledged edits can be set, as the server would ack them. */
function fakeDocument(name: string) {
  const listeners = new Set<() => void>()
  let pending = 0
  return {
    name,
    closed: false,
    unsent: () => pending > 0,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    type() {
      pending += 1
      listeners.forEach((listener) => listener())
    },
    acknowledge() {
      pending = 0
      listeners.forEach((listener) => listener())
    },
    listenerCount: () => listeners.size,
  }
}

function openerFor(document: ReturnType<typeof fakeDocument>) {
  return () => ({
    document,
    close: () => {
      document.closed = true
    },
  })
}

describe('live document pool', () => {
  it('closes a document with nothing unsent as soon as its last holder lets go', () => {
    const pool = createLiveDocumentPool<ReturnType<typeof fakeDocument>>()
    const a = fakeDocument('a')
    const first = pool.acquire('1:7', openerFor(a))
    const second = pool.acquire('1:7', openerFor(fakeDocument('other')))
    expect(second.document).toBe(a)
    first.release()
    expect(a.closed).toBe(false)
    second.release()
    second.release()
    expect(a.closed).toBe(true)
    expect(pool.size).toBe(0)
  })

  it('keeps a document holding unsent edits open until the server has them', () => {
    const pool = createLiveDocumentPool<ReturnType<typeof fakeDocument>>()
    const a = fakeDocument('a')
    const lease = pool.acquire('1:7', openerFor(a))
    a.type()
    lease.release()
    expect(a.closed).toBe(false)
    expect(pool.hasUnsent()).toBe(true)
    a.type()
    expect(a.closed).toBe(false)
    a.acknowledge()
    expect(a.closed).toBe(true)
    expect(pool.hasUnsent()).toBe(false)
    expect(a.listenerCount()).toBe(0)
  })

  it('gives a kept document back, edits and all, when its section is opened again', () => {
    const pool = createLiveDocumentPool<ReturnType<typeof fakeDocument>>()
    const a = fakeDocument('a')
    pool.acquire('1:7', openerFor(a)).release()
    expect(a.closed).toBe(true)
    const b = fakeDocument('b')
    const lease = pool.acquire('1:7', openerFor(b))
    b.type()
    lease.release()
    const again = pool.acquire('1:7', openerFor(fakeDocument('c')))
    expect(again.document).toBe(b)
    // Held again: an acknowledgement no longer closes it.
    b.acknowledge()
    expect(b.closed).toBe(false)
    again.release()
    expect(b.closed).toBe(true)
  })

  it('keeps documents of different sections apart', () => {
    const pool = createLiveDocumentPool<ReturnType<typeof fakeDocument>>()
    const a = fakeDocument('a')
    const b = fakeDocument('b')
    const leaseA = pool.acquire('1:7', openerFor(a))
    const leaseB = pool.acquire('1:8', openerFor(b))
    a.type()
    leaseA.release()
    leaseB.release()
    expect([a.closed, b.closed]).toEqual([false, true])
    expect(pool.size).toBe(1)
  })
})
