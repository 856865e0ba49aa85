// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as ApiClient from '../../api/api-client'
import '../../i18n/i18n'
import { ReviewPanel } from './review-panel'

const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[])
const answers = vi.hoisted(() => new Map<string, unknown[]>())

vi.mock('../../api/api-client', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiClient>()),
  api: {
    call: async (channel: string, input: unknown) => {
      calls.push({ channel, input })
      const queue = answers.get(channel) ?? []
      return queue.length > 1 ? queue.shift() : queue[0]
    },
  },
}))

const at = '2026-03-01T02:30:00.000Z'

function status(signers: string[], events: object[] = []) {
  const stages = (['first', 'second', 'final'] as const).map((stage, index) => ({
    stage,
    signedBy: signers[index] ?? null,
    signedAt: signers[index] ? at : null,
  }))
  return { ok: true, value: { reportId: 7, stages, locked: signers.length === 3, events } }
}

const signedEvent = (stage: string, by: string) => ({ kind: 'signed', stage, by, at, note: '' })

let container: HTMLElement
let root: Root

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  answers.clear()
  answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'team' } }])
  answers.set('review.status', [status([])])
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
}

async function openPanel() {
  act(() => root.render(<ReviewPanel reportId={7} />))
  await settle()
}

const buttons = () => [...document.querySelectorAll('button')].map((item) => item.textContent)

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((item) => item.textContent === name)
  if (!found) {
    throw new Error(`no button ${name}; there are ${buttons().join(', ')}`)
  }
  return found
}

const text = (testId: string) =>
  [...container.querySelectorAll(`[data-testid="${testId}"]`)].map((item) => item.textContent)

describe('ReviewPanel', () => {
  it('shows the three stages unsigned with a 签发 button each on the team server', async () => {
    await openPanel()
    expect(text('review-stage').map((row) => row?.slice(0, 2))).toEqual(['初审', '复审', '终审'])
    expect(text('review-stage').every((row) => row?.includes('未签'))).toBe(true)
    expect(buttons()).toEqual(['签发初审', '签发复审', '签发终审'])
    expect(text('review-unlocked')).toEqual(['文字未锁定'])
    expect(container.textContent).toContain('尚无签发记录。')
  })

  it('signs a stage and shows who signed; a refusal is shown in Chinese', async () => {
    await openPanel()
    answers.set('review.sign', [status(['赵编辑'], [signedEvent('first', '赵编辑')])])
    await act(async () => button('签发初审').click())
    await settle()
    expect(
      calls.filter((call) => call.channel === 'review.sign').map((call) => call.input),
    ).toEqual([{ reportId: 7, stage: 'first' }])
    expect(text('review-stage')[0]).toContain('赵编辑 · ')
    expect(text('review-event')[0]).toContain('赵编辑 签发初审')
    expect(buttons()).toEqual(['签发复审', '签发终审'])

    const refusal = { ok: false, code: 'review_same_signer', message: '…' }
    answers.set('review.sign', [refusal])
    await act(async () => button('签发复审').click())
    await settle()
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      '三审须由三个不同的账号签发，你已签过本报道的另一审。',
    )
  })

  it('shows the lock and reopens only with a reason, which goes into the history', async () => {
    answers.set('review.status', [status(['赵编辑', '王审核', '钱总编'])])
    await openPanel()
    expect(text('review-locked')[0]).toContain('已锁定')
    expect(buttons()).toEqual(['重新打开'])
    act(() => button('重新打开').click())
    act(() => button('确认重新打开').click())
    expect(
      document.querySelector('[data-testid="reopen-dialog"] [role="alert"]')?.textContent,
    ).toBe('请写明重新打开的原因。')
    expect(calls.some((call) => call.channel === 'review.reopen')).toBe(false)

    const reason = '区统计局更新了全年数据。'
    const reopenedEvent = { kind: 'reopened', stage: 'final', by: '钱总编', at, note: reason }
    answers.set('review.reopen', [status(['赵编辑', '王审核'], [reopenedEvent])])
    const field = document.querySelector<HTMLTextAreaElement>('textarea[name="reopen-reason"]')!
    act(() => {
      // React tracks the value the page set; the prototype's setter changes it as typing does.
      Reflect.set(HTMLTextAreaElement.prototype, 'value', reason, field)
      field.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await act(async () => button('确认重新打开').click())
    await settle()
    expect(calls.find((call) => call.channel === 'review.reopen')?.input).toEqual({
      reportId: 7,
      reason,
    })
    expect(document.querySelector('[data-testid="reopen-dialog"]')).toBeNull()
    expect(text('review-locked')).toEqual([])
    expect(text('review-event')[0]).toContain(`钱总编 重新打开（终审作废）：${reason}`)
    expect(buttons()).toEqual(['签发终审'])
  })

  it('on one person’s PC explains that signing happens on the team server, offering no buttons', async () => {
    answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
    answers.set('review.status', [status(['赵编辑', '王审核', '钱总编'])])
    await openPanel()
    expect(text('review-team-only')[0]).toContain('三审签发在团队服务器上进行')
    expect(text('review-locked')[0]).toContain('已锁定')
    expect(buttons()).toEqual([])
  })
})
