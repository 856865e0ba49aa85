// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import type * as ApiClient from '../../api/api-client'
import '../../i18n/i18n'
import { AssignSectionDialog } from './assign-section-dialog'

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

const section = { id: 5, kind: 'heading', title: '民生答卷暖人心' } as Section
const zhang = { id: 1, name: '张三', role: 'writer' as const }
const users = [
  { id: 3, name: '审核甲', role: 'reviewer' as const },
  { id: 2, name: '王五', role: 'writer' as const },
  zhang,
  { id: 4, name: '编辑乙', role: 'editor' as const },
]

let container: HTMLElement
let root: Root
const onSaved = vi.fn()

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  answers.clear()
  onSaved.mockClear()
  answers.set('team.users', { ok: true, value: users })
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

async function open() {
  act(() =>
    root.render(
      <AssignSectionDialog
        section={section}
        assigned={[zhang]}
        onSaved={onSaved}
        onClose={() => undefined}
      />,
    ),
  )
  await settle()
}

async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
}

function rows() {
  return [...container.querySelectorAll('.assign-list label')].map((label) => ({
    text: label.textContent,
    checked: label.querySelector('input')!.checked,
    box: label.querySelector('input')!,
  }))
}

function save() {
  const found = [...container.querySelectorAll('button')].find(
    (item) => item.textContent === '保存分配',
  )!
  act(() => found.click())
}

describe('AssignSectionDialog', () => {
  it('is titled after the section and lists writers first, the assigned ones ticked', async () => {
    await open()
    const dialog = container.querySelector('[role="dialog"]')!
    const titleId = dialog.getAttribute('aria-labelledby')!
    expect(container.querySelector(`[id="${titleId}"]`)?.textContent).toBe('分配“民生答卷暖人心”')
    expect(rows().map(({ text, checked }) => [text, checked])).toEqual([
      ['王五记者', false],
      ['张三记者', true],
      ['编辑乙编辑', false],
      ['审核甲审核', false],
    ])
  })

  it('saves the ticked accounts', async () => {
    await open()
    const assignment = { sectionId: 5, members: [users[1]!] }
    answers.set('sections.assign', { ok: true, value: assignment })
    act(() => rows()[0]!.box.click())
    act(() => rows()[1]!.box.click())
    save()
    await settle()
    expect(calls.at(-1)).toEqual({
      channel: 'sections.assign',
      input: { sectionId: 5, userIds: [2] },
    })
    expect(onSaved).toHaveBeenCalledWith(assignment)
  })

  it('shows a refusal in Chinese and keeps the dialog', async () => {
    await open()
    answers.set('sections.assign', { ok: false, code: 'team_only', message: 'team only' })
    save()
    await settle()
    expect(onSaved).not.toHaveBeenCalled()
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      '该功能只在团队服务器上可用（npm run team-server）。',
    )
    expect(rows()).toHaveLength(4)
  })
})
