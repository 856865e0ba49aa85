// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import type * as ApiClient from '../../api/api-client'
import '../../i18n/i18n'
import { ExportDialog } from './export-dialog'

/** A canned reply: a value, or a function giving one (to hold a call back). */
type Answer = (() => Promise<unknown>) | { ok: boolean }

const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[])
const answers = vi.hoisted(() => new Map<string, unknown[]>())
const downloads = vi.hoisted(() => [] as unknown[][])

vi.mock('../../api/api-client', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiClient>()),
  api: {
    call: async (channel: string, input: unknown) => {
      calls.push({ channel, input })
      const queue = answers.get(channel) ?? []
      const answer = (queue.length > 1 ? queue.shift() : queue[0]) as Answer
      return typeof answer === 'function' ? answer() : answer
    },
  },
}))
vi.mock('../../api/download-file', () => ({
  downloadFile: (...args: unknown[]) => downloads.push(args),
}))

function section(id: number, parentId: number | null, title: string): Section {
  return {
    id,
    reportId: 7,
    parentId,
    position: id,
    kind: parentId === null ? 'heading' : 'subsection',
    title,
    doc: { type: 'doc', content: [] },
    lineageKey: `k${id}`,
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
  }
}

const sections = [
  section(1, null, '产业转型提速提档'),
  section(2, 1, '传统产业焕发绿色生机'),
  section(3, null, '民生答卷暖人心'),
]

function metricRow(id: number, value: number | null, sectionIds: number[]) {
  return {
    id,
    current: { value },
    occurrences: sectionIds.map((sectionId, index) => ({ sectionId, sectionTitle: '', index })),
  }
}

const exportedFile = {
  ok: true,
  value: {
    fileName: '2026年 上党区高质量发展答卷（报纸特刊）.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dataBase64: 'UEsDBA==',
    pendingFigures: 3,
    profileChanges: [] as { kind: string; count: number }[],
  },
}

/** A report's 审签 record with `signed` stages signed, in order, by the names given. */
function reviewStatus(signed: [string, string][]) {
  const stages = (['first', 'second', 'final'] as const).map((stage, index) => ({
    stage,
    signedBy: signed[index]?.[0] ?? null,
    signedAt: signed[index]?.[1] ?? null,
  }))
  return { reportId: 7, stages, locked: signed.length === 3, events: [] }
}

let container: HTMLElement
let root: Root

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  downloads.length = 0
  answers.clear()
  answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'browser' } }])
  answers.set('metrics.list', [
    {
      ok: true,
      value: {
        reportId: 7,
        year: 2026,
        rows: [metricRow(1, null, [2, 2]), metricRow(2, null, [3]), metricRow(3, 3598, [2])],
      },
    },
  ])
  answers.set('export.report', [exportedFile])
  answers.set('review.status', [{ ok: true, value: reviewStatus([]) }])
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
  delete (window as { api?: unknown }).api
})

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((item) => item.textContent === name)
  if (!found) {
    throw new Error(`no button ${name}`)
  }
  return found
}

function option(text: string): HTMLInputElement {
  const labels = [...container.querySelectorAll('label')]
  const label = labels.find((item) => item.textContent?.startsWith(text))
  if (!label) {
    throw new Error(`no option ${text}`)
  }
  return label.querySelector('input')!
}

function shown(testId: string): string | undefined {
  return container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? undefined
}

async function openDialog(flushEdits = vi.fn(async () => {})) {
  const onClose = vi.fn()
  act(() => {
    root.render(
      <ExportDialog
        reportId={7}
        reportTitle="2026年 上党区高质量发展答卷"
        sections={sections}
        selectedSection={sections[0]}
        flushEdits={flushEdits}
        onClose={onClose}
      />,
    )
  })
  await settle()
  return { onClose, flushEdits }
}

function callsTo(channel: string) {
  return calls.filter((call) => call.channel === channel).map((call) => call.input)
}

describe('ExportDialog', () => {
  it('warns before exporting how many figures are pending in the chosen scope', async () => {
    const { flushEdits } = await openDialog()
    expect(flushEdits).toHaveBeenCalled()
    expect(shown('export-pending')).toBe(
      '还有 3 处数字待填，导出的文件里会显示【待填…】占位。仍要导出吗？',
    )
    expect(button('仍要导出')).toBeTruthy()
    act(() => option('当前栏目“产业转型提速提档”及其小节').click())
    expect(shown('export-pending')).toContain('还有 2 处数字待填')
    expect(callsTo('export.report')).toEqual([])
  })

  it('shows the 审签 record and warns, still exporting, when a stage is not signed', async () => {
    const signed = reviewStatus([['赵编辑', '2026-03-01T02:30:00.000Z']])
    answers.set('review.status', [{ ok: true, value: signed }])
    await openDialog()
    const record = shown('export-review-record')!
    expect(record).toContain('初审：赵编辑（2026')
    expect(record).toContain('复审：未签')
    expect(record).toContain('终审：未签')
    expect(shown('export-review-incomplete')).toBe('本报道尚未完成三审（未签：复审、终审）')
    await act(async () => button('仍要导出').click())
    await settle()
    expect(callsTo('export.report')).toHaveLength(1)
  })

  it('says nothing is missing once all three stages are signed', async () => {
    const at = '2026-03-01T02:30:00.000Z'
    const signed = reviewStatus([
      ['赵编辑', at],
      ['王审核', at],
      ['钱总编', at],
    ])
    answers.set('review.status', [{ ok: true, value: signed }])
    await openDialog()
    expect(shown('export-review-record')).toContain('终审：钱总编')
    expect(shown('export-review-incomplete')).toBeUndefined()
  })

  it('offers plain 导出 when every figure has its value', async () => {
    const rows = [metricRow(3, 3598, [2])]
    answers.set('metrics.list', [{ ok: true, value: { reportId: 7, year: 2026, rows } }])
    await openDialog()
    expect(shown('export-pending')).toBeUndefined()
    expect(container.textContent).toContain('所有数字都已填写。')
    expect(button('导出')).toBeTruthy()
  })

  it('exports the chosen format, profile and scope, and downloads it in browser mode', async () => {
    await openDialog()
    act(() => option('公文').click())
    act(() => option('当前栏目').click())
    await act(async () => button('仍要导出').click())
    await settle()
    expect(callsTo('export.report')).toEqual([
      { reportId: 7, format: 'docx', profile: 'gongwen', sectionIds: [1, 2] },
    ])
    expect(downloads).toEqual([
      [exportedFile.value.fileName, exportedFile.value.dataBase64, exportedFile.value.mimeType],
    ])
    expect(shown('export-outcome')).toBe(
      '已导出“2026年 上党区高质量发展答卷（报纸特刊）.docx”，请在浏览器的下载中查看。',
    )
  })

  it('sends no profile for HTML and offers to copy it as rich text', async () => {
    await openDialog()
    act(() => option('网页').click())
    expect(container.textContent).not.toContain('报纸特刊')
    expect(button('复制为富文本')).toBeTruthy()
    await act(async () => button('仍要导出').click())
    await settle()
    expect(callsTo('export.report')).toEqual([
      { reportId: 7, format: 'html', profile: undefined, sectionIds: undefined },
    ])
  })

  it('says what the 公文 profile changed in the outline', async () => {
    const changes = [
      { kind: 'mastheadOmitted', count: 6 },
      { kind: 'headingsNumbered', count: 4 },
      { kind: 'topicSentencesUnnumbered', count: 12 },
    ]
    answers.set('export.report', [
      { ...exportedFile, value: { ...exportedFile.value, profileChanges: changes } },
    ])
    await openDialog()
    act(() => option('公文').click())
    await act(async () => button('仍要导出').click())
    await settle()
    const items = [...container.querySelectorAll('[data-testid="export-profile-changes"] li')]
    expect(shown('export-profile-changes')).toMatch(/^公文版式对结构所做的改动：/)
    expect(items.map((item) => item.textContent)).toEqual([
      '略去刊头 6 行（公文有自己的版头）',
      '给 4 个标题加了“一、二、……”编号',
      '12 个段首句是段落的一部分，未编号、未拆段',
    ])
  })

  it('exports the 公众号 package as a .zip and copies its text with photo markers', async () => {
    ;(window as { api?: unknown }).api = { pickSavePath: vi.fn(async () => null) }
    answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
    answers.set('export.wechatClipboard', [
      { ok: true, value: { html: '<article></article>', text: '【图1】' } },
    ])
    await openDialog()
    act(() => option('公众号图文包').click())
    expect(container.textContent).toContain('在【图1】处上传 01.jpg')
    expect(container.textContent).not.toContain('Word 版式')
    await act(async () => button('仍要导出').click())
    await settle()
    const picker = (window as unknown as { api: { pickSavePath: ReturnType<typeof vi.fn> } }).api
    expect(picker.pickSavePath).toHaveBeenCalledWith(
      '2026年 上党区高质量发展答卷（公众号）.zip',
      'zip',
      '公众号图文包（.zip）',
    )
    await act(async () => button('复制到公众号').click())
    await settle()
    expect(callsTo('export.wechatClipboard')).toEqual([{ reportId: 7, sectionIds: undefined }])
    expect(callsTo('export.clipboard')).toEqual([])
  })

  it('in browser mode shows progress; 取消 drops the download, so nothing is saved', async () => {
    let finish: (value: unknown) => void = () => {}
    answers.set('export.report', [() => new Promise((resolve) => (finish = resolve))])
    await openDialog()
    await act(async () => button('仍要导出').click())
    await settle()
    expect(shown('export-progress')).toBe('正在导出……')
    act(() => button('取消').click())
    expect(shown('export-progress')).toBeUndefined()
    await act(async () => finish(exportedFile))
    await settle()
    expect(downloads).toEqual([])
    expect(shown('export-outcome')).toBe('已取消导出，未保存任何文件。')
  })

  it('shows a failure in Chinese', async () => {
    answers.set('export.report', [
      {
        ok: false,
        code: 'report_not_found',
        message: '找不到该报告（编号 7），它可能已被删除。',
        params: { id: 7 },
      },
    ])
    await openDialog()
    await act(async () => button('仍要导出').click())
    await settle()
    expect(shown('export-outcome')).toBe('找不到该报告（编号 7），它可能已被删除。')
    expect(downloads).toEqual([])
  })

  it('in Electron writes where the save dialog says; 重试 when Word holds the file', async () => {
    const pickSavePath = vi.fn(async () => 'C:\\报告\\答卷.docx')
    ;(window as { api?: unknown }).api = { pickSavePath }
    answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
    const locked = {
      ok: false,
      code: 'export_file_locked',
      message: '…',
      params: { name: '答卷.docx', path: 'C:\\报告\\答卷.docx', code: 'EBUSY' },
    }
    const saved = {
      ok: true,
      value: { path: 'C:\\报告\\答卷.docx', bytes: 2048, profileChanges: [] },
    }
    answers.set('export.toFile', [locked, saved])
    await openDialog()
    await act(async () => button('仍要导出').click())
    await settle()
    expect(pickSavePath).toHaveBeenCalledWith(
      '2026年 上党区高质量发展答卷（报纸特刊）.docx',
      'docx',
      'Word 文档（.docx）',
    )
    expect(shown('export-outcome')).toContain('请在 Word 或 WPS 中关闭该文件后点“重试”')
    await act(async () => button('重试').click())
    await settle()
    expect(pickSavePath).toHaveBeenCalledTimes(1)
    const target = {
      reportId: 7,
      format: 'docx',
      profile: 'newspaper',
      sectionIds: undefined,
      path: 'C:\\报告\\答卷.docx',
      exportId: expect.any(String),
    }
    expect(callsTo('export.toFile')).toEqual([target, target])
    expect(callsTo('export.report')).toEqual([])
    expect(shown('export-outcome')).toBe('已保存：C:\\报告\\答卷.docx')
  })

  describe('取消 while Electron writes the file', () => {
    const path = 'C:\\报告\\答卷.docx'
    let finish: (value: unknown) => void = () => {}

    async function exportAndCancel() {
      ;(window as { api?: unknown }).api = { pickSavePath: async () => path }
      answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
      answers.set('export.toFile', [() => new Promise((resolve) => (finish = resolve))])
      answers.set('export.cancel', [{ ok: true, value: { running: true } }])
      await openDialog()
      await act(async () => button('仍要导出').click())
      await settle()
      expect(shown('export-progress')).toBe('正在导出……')
      await act(async () => button('取消').click())
      await settle()
    }

    it('asks main to stop that export and says "nothing saved" only when main stopped it', async () => {
      await exportAndCancel()
      const [started] = callsTo('export.toFile') as { exportId: string }[]
      expect(started!.exportId).toMatch(/^[0-9a-f-]{36}$/)
      expect(callsTo('export.cancel')).toEqual([{ exportId: started!.exportId }])
      expect(shown('export-progress')).toBe('正在取消……')
      expect(button('取消').disabled).toBe(true)
      expect(shown('export-outcome')).toBeUndefined()
      const stopped = { ok: false, code: 'export_cancelled', message: '…', params: {} }
      await act(async () => finish(stopped))
      await settle()
      expect(shown('export-progress')).toBeUndefined()
      expect(shown('export-outcome')).toBe('已取消导出，未保存任何文件。')
    })

    it('says the file was saved when the cancel came after its rename', async () => {
      await exportAndCancel()
      const saved = { ok: true, value: { path, bytes: 2048, profileChanges: [] } }
      await act(async () => finish(saved))
      await settle()
      expect(shown('export-outcome')).toBe(`取消时文件已经写好，已保存：${path}`)
      expect(container.textContent).not.toContain('未保存')
    })

    it('stops the export when the dialog is closed while it writes', async () => {
      ;(window as { api?: unknown }).api = { pickSavePath: async () => path }
      answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
      answers.set('export.toFile', [() => new Promise((resolve) => (finish = resolve))])
      const { onClose } = await openDialog()
      await act(async () => button('仍要导出').click())
      await settle()
      const dialog = container.querySelector('[data-testid="export-dialog"]')!
      act(() => {
        dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
      })
      expect(onClose).toHaveBeenCalled()
      const [started] = callsTo('export.toFile') as { exportId: string }[]
      expect(callsTo('export.cancel')).toEqual([{ exportId: started!.exportId }])
    })
  })

  it('in Electron does nothing when the save dialog is cancelled', async () => {
    ;(window as { api?: unknown }).api = { pickSavePath: async () => null }
    answers.set('app.info', [{ ok: true, value: { workspace: 'w', mode: 'electron' } }])
    await openDialog()
    await act(async () => button('仍要导出').click())
    await settle()
    expect(callsTo('export.toFile')).toEqual([])
    expect(shown('export-outcome')).toBeUndefined()
  })
})
