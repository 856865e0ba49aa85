import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VisibilitySource } from './poll-while-visible'
import { pollWhileVisible } from './poll-while-visible'

class FakePage implements VisibilitySource {
  hidden = false
  private readonly listeners = new Set<() => void>()
  addEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.add(listener)
  }
  removeEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.delete(listener)
  }
  show(visible: boolean) {
    this.hidden = !visible
    for (const listener of this.listeners) {
      listener()
    }
  }
  get listening() {
    return this.listeners.size
  }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('pollWhileVisible', () => {
  it('asks at once, then every interval, and stops when told', async () => {
    const page = new FakePage()
    const task = vi.fn(async () => undefined)
    const stop = pollWhileVisible(task, 3000, page)
    expect(task).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(2999)
    expect(task).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(task).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(3000)
    expect(task).toHaveBeenCalledTimes(3)
    stop()
    await vi.advanceTimersByTimeAsync(30_000)
    expect(task).toHaveBeenCalledTimes(3)
    expect(page.listening).toBe(0)
  })

  it('does not ask while the page is hidden and asks once it shows again', async () => {
    const page = new FakePage()
    const task = vi.fn(async () => undefined)
    const stop = pollWhileVisible(task, 3000, page)
    page.show(false)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(task).toHaveBeenCalledTimes(1)
    page.show(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(task).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(3000)
    expect(task).toHaveBeenCalledTimes(3)
    stop()
  })

  it('waits for a slow answer before the next interval starts', async () => {
    const page = new FakePage()
    let finish = () => {}
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const stop = pollWhileVisible(task, 3000, page)
    await vi.advanceTimersByTimeAsync(10_000)
    page.show(true)
    expect(task).toHaveBeenCalledTimes(1)
    finish()
    await vi.advanceTimersByTimeAsync(3000)
    expect(task).toHaveBeenCalledTimes(2)
    stop()
  })

  it('keeps polling after a failed run', async () => {
    const page = new FakePage()
    const task = vi.fn(async () => {
      throw new Error('network')
    })
    const stop = pollWhileVisible(task, 1000, page)
    await vi.advanceTimersByTimeAsync(2000)
    expect(task).toHaveBeenCalledTimes(3)
    stop()
  })
})
