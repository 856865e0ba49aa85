import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../src-main/contract/channels'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import type { SaveState } from './autosave-controller'
import { AutosaveController } from './autosave-controller'

const doc = (text: string): DocumentNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

function harness(responses: Result<{ version: number }>[]) {
  const saves: { text: string; base: number }[] = []
  const states: SaveState[] = []
  const controller = new AutosaveController({
    baseVersion: 1,
    delayMs: 800,
    retryMs: 3000,
    save: async (saved, base) => {
      saves.push({ text: saved.content?.[0].content?.[0].text ?? '', base })
      return responses.shift() ?? { ok: true, value: { version: base + 1 } }
    },
    saveOnExit: () => undefined,
    onState: (state) => states.push(state),
  })
  return { controller, saves, states }
}

describe('AutosaveController', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once, 800 ms after the last keystroke, with the newest text', async () => {
    const { controller, saves } = harness([])
    controller.change(doc('一'))
    await vi.advanceTimersByTimeAsync(500)
    controller.change(doc('一二'))
    await vi.advanceTimersByTimeAsync(799)
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves).toEqual([{ text: '一二', base: 1 }])
    expect(controller.version).toBe(2)
    expect(controller.currentState).toBe('saved')
  })

  it('arms a timer per pause, not per keystroke, and still saves 800 ms after the last one', async () => {
    const { controller, saves } = harness([])
    const timers = vi.spyOn(globalThis, 'setTimeout')
    for (let index = 1; index <= 50; index++) {
      controller.change(doc('字'.repeat(index)))
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(timers.mock.calls.length).toBeLessThanOrEqual(2)
    await vi.advanceTimersByTimeAsync(789)
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves).toEqual([{ text: '字'.repeat(50), base: 1 }])
    timers.mockRestore()
  })

  it('flush saves immediately and chains the next save on the new version', async () => {
    const { controller, saves } = harness([])
    controller.change(doc('甲'))
    await controller.flush()
    controller.change(doc('乙'))
    await controller.flush()
    expect(saves).toEqual([
      { text: '甲', base: 1 },
      { text: '乙', base: 2 },
    ])
  })

  it('keeps the text after a failure and retries', async () => {
    const { controller, saves, states } = harness([
      { ok: false, code: 'save_failed', message: '磁盘已满' },
    ])
    controller.change(doc('保留'))
    await controller.flush()
    expect(controller.currentState).toBe('failed')
    await vi.advanceTimersByTimeAsync(3000)
    expect(saves.map((save) => save.text)).toEqual(['保留', '保留'])
    expect(states.at(-1)).toBe('saved')
  })

  it('stops on a conflict until the user keeps their text as a new revision', async () => {
    const { controller, saves } = harness([{ ok: false, code: 'conflict', message: '冲突' }])
    controller.change(doc('我的'))
    await controller.flush()
    expect(controller.currentState).toBe('conflict')
    controller.change(doc('我的内容'))
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves).toHaveLength(1)
    await controller.keepMine(7)
    expect(saves.at(-1)).toEqual({ text: '我的内容', base: 7 })
    expect(controller.version).toBe(8)
  })
})
