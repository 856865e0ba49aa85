// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import type { Comment } from '../../../src-main/shared/team/comment-schema'
import type * as ApiClient from '../../api/api-client'
import '../../i18n/i18n'
import { CommentsPanel } from './comments-panel'

const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[])
const answers = vi.hoisted(() => new Map<string, unknown>())

vi.mock('../../api/api-client', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiClient>()),
  api: {
    call: async (channel: string, input: unknown) => {
      calls.push({ channel, input })
      return answers.get(channel)
    },
  },
}))

function comment(id: number, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    reportId: 7,
    sectionId: 2,
    parentId: null,
    anchor: { start: 'AQ==', end: 'Ag==' },
    quote: `引文${id}`,
    body: `意见${id}`,
    author: '张三',
    createdAt: `2025-03-01T08:00:0${id}.000Z`,
    resolvedAt: null,
    resolvedBy: null,
    ...fields,
  }
}

const sections = [
  { id: 2, kind: 'heading', title: '产业转型提速提档' },
  { id: 3, kind: 'lead', title: '' },
] as Section[]

let container: HTMLElement
let root: Root
const onReveal = vi.fn()
const onChanged = vi.fn(async () => undefined)

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  answers.clear()
  onReveal.mockClear()
  onChanged.mockClear()
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

function render(comments: Comment[] | undefined, enabled = true) {
  act(() =>
    root.render(
      <CommentsPanel
        enabled={enabled}
        comments={comments}
        error=""
        sections={sections}
        sectionOrder={[3, 2]}
        onReveal={onReveal}
        onChanged={onChanged}
      />,
    ),
  )
}

async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
}

function button(within: Element, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find(
    (item) => item.textContent === name || item.getAttribute('aria-label') === name,
  )
  if (!found) {
    throw new Error(`no button ${name}`)
  }
  return found
}

function threads(): Element[] {
  return [...container.querySelectorAll('[data-testid="comment-thread"]')]
}

function type(field: HTMLTextAreaElement, text: string) {
  // React tracks the value it last set; the prototype's setter goes around that tracker.
  const { set } = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value') as {
    set: (this: HTMLTextAreaElement, value: string) => void
  }
  act(() => {
    set.call(field, text)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('CommentsPanel', () => {
  it('says comments are for the team server on one person’s PC', () => {
    render([], false)
    expect(container.textContent).toBe('批注在团队服务器上使用。')
  })

  it('lists open threads with quote, body, author and replies; resolved ones folded with a count', () => {
    render([
      comment(1),
      comment(2, { parentId: 1, anchor: null, author: '李四', body: '同意' }),
      comment(3, { resolvedAt: '2025-03-02T00:00:00.000Z', resolvedBy: '王五' }),
      comment(4, { sectionId: 3 }),
    ])
    const open = threads().filter((thread) => !thread.closest('details'))
    expect(open.map((thread) => thread.getAttribute('data-comment-id'))).toEqual(['4', '1'])
    const first = open[1]!
    expect(first.querySelector('q')?.textContent).toBe('引文1')
    expect(first.textContent).toContain('产业转型提速提档')
    expect([...first.querySelectorAll('.comment-body')].map((body) => body.textContent)).toEqual([
      '意见1',
      '同意',
    ])
    expect(first.textContent).toContain('李四')
    const resolved = container.querySelector('details')!
    expect(resolved.open).toBe(false)
    expect(resolved.querySelector('summary')?.textContent).toBe('已解决（1）')
    expect(resolved.textContent).toContain('王五 已解决')
    expect(button(resolved, '重新打开')).toBeTruthy()
  })

  it('reveals a thread’s text when its quote is clicked', () => {
    const first = comment(1)
    render([first])
    act(() => button(threads()[0]!, '在正文中查看批注：引文1').click())
    expect(onReveal).toHaveBeenCalledWith(first)
  })

  it('sends a reply and reads the list again', async () => {
    render([comment(1)])
    answers.set('comments.reply', { ok: true, value: comment(5, { parentId: 1 }) })
    const field = container.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="回复张三的批注"]',
    )!
    type(field, '  数据已核实  ')
    act(() => button(threads()[0]!, '发送回复').click())
    await settle()
    expect(calls).toEqual([
      { channel: 'comments.reply', input: { commentId: 1, body: '数据已核实' } },
    ])
    expect(onChanged).toHaveBeenCalledTimes(1)
    expect(field.value).toBe('')
  })

  it('resolves a thread, and shows the server’s refusal in Chinese', async () => {
    render([comment(1)])
    answers.set('comments.resolve', { ok: false, code: 'team_only', message: 'team only' })
    act(() => button(threads()[0]!, '解决').click())
    await settle()
    expect(calls).toEqual([
      { channel: 'comments.resolve', input: { commentId: 1, resolved: true } },
    ])
    expect(onChanged).not.toHaveBeenCalled()
    expect(threads()[0]!.querySelector('[role="alert"]')?.textContent).toBe(
      '该功能只在团队服务器上可用（npm run team-server）。',
    )
  })

  it('does not send an empty reply', async () => {
    render([comment(1)])
    const field = container.querySelector<HTMLTextAreaElement>('textarea')!
    type(field, '   ')
    expect(button(threads()[0]!, '发送回复').disabled).toBe(true)
    await settle()
    expect(calls).toEqual([])
  })
})
