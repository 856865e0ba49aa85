// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChannelName } from '../../../src-main/contract/channels'
import { bytesToBase64 } from '../../api/bytes-to-base64'
import '../../i18n/i18n'
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog'

const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[])
const answers = vi.hoisted(() => new Map<string, unknown>())

vi.mock('../../api/api-client', () => ({
  api: {
    call: async (channel: string, input: unknown) => {
      calls.push({ channel, input })
      return answers.get(channel)
    },
  },
}))

const sheetRows = [
  ['指标名称', '单位', '2025年'],
  ['原煤产量', '万吨', '3700'],
  ['全区社会投资', '亿元', '490'],
  ['粮食产量', '万吨', '50'],
]
const mapping = { headerRow: 0, labelColumn: 0, valueColumn: 2, unitColumn: 1 }

let container: HTMLElement
let root: Root

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  answers.set('metrics.readSpreadsheet', {
    ok: true,
    value: { sheets: [{ name: '主要指标', rows: sheetRows, mapping }] },
  })
  answers.set('metrics.previewSpreadsheet', {
    ok: true,
    value: {
      rows: [
        {
          rowNumber: 2,
          label: '原煤产量',
          valueText: '3700',
          unit: '万吨',
          status: 'exact',
          seriesId: 1,
          seriesLabel: '原煤产量',
          value: 37000000,
          displayText: '3700万吨',
          currentValueText: '3598万吨',
          similarity: 1,
        },
        {
          rowNumber: 3,
          label: '全区社会投资',
          valueText: '490',
          unit: '亿元',
          status: 'fuzzy',
          seriesId: 17,
          seriesLabel: '社会投资',
          value: 49000000000,
          displayText: '490亿元',
          similarity: 0.83,
          code: 'spreadsheet_fuzzy_match',
          message: '名称不完全一致（“全区社会投资”与“社会投资”），请确认是同一指标。',
          params: { label: '全区社会投资', series: '社会投资' },
        },
        {
          rowNumber: 4,
          label: '粮食产量',
          valueText: '50',
          unit: '万吨',
          status: 'unmatched',
          code: 'spreadsheet_label_unmatched',
          message: '报告中没有与“粮食产量”对应的指标。',
          params: { label: '粮食产量' },
        },
      ],
    },
  })
  answers.set('metrics.applySpreadsheet', { ok: true, value: { written: 2, unchanged: 0 } })
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

function byLabel(text: string): HTMLInputElement {
  const labels = [...container.querySelectorAll('label')]
  const label = labels.find((item) => item.textContent?.startsWith(text))
  const control = label?.querySelector('input, select')
  if (!control) {
    throw new Error(`no control labelled ${text}`)
  }
  return control as HTMLInputElement
}

function button(name: RegExp): HTMLButtonElement {
  const buttons = [...container.querySelectorAll('button')]
  const found = buttons.find((item) => name.test(item.textContent ?? ''))
  if (!found) {
    throw new Error(`no button ${name}`)
  }
  return found
}

function checkbox(name: string): HTMLInputElement {
  return container.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)!
}

async function chooseFile(onChanged = vi.fn(async () => {}), onClose = vi.fn()) {
  act(() => {
    root.render(
      <SpreadsheetImportDialog reportId={7} year={2025} onChanged={onChanged} onClose={onClose} />,
    )
  })
  const input = byLabel('统计表文件')
  const file = new File(['指标名称,单位,2025年\n'], '统计表.csv', { type: 'text/csv' })
  Object.defineProperty(input, 'files', { value: [file] })
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle()
  return { onChanged, onClose }
}

function callsTo(channel: ChannelName) {
  return calls.filter((call) => call.channel === channel).map((call) => call.input)
}

describe('SpreadsheetImportDialog', () => {
  it('reads the chosen file and previews it with the guessed columns', async () => {
    await chooseFile()
    expect(callsTo('metrics.readSpreadsheet')).toEqual([
      {
        fileName: '统计表.csv',
        dataBase64: bytesToBase64(new TextEncoder().encode('指标名称,单位,2025年\n')),
        year: 2025,
      },
    ])
    expect(callsTo('metrics.previewSpreadsheet')).toEqual([
      { reportId: 7, rows: sheetRows, mapping },
    ])
    expect((byLabel('数值列') as unknown as HTMLSelectElement).value).toBe('2')
    expect((byLabel('单位列') as unknown as HTMLSelectElement).value).toBe('1')
  })

  it('ticks exact matches, leaves fuzzy ones to the user, lists the rest', async () => {
    await chooseFile()
    const exact = checkbox('导入第 2 行：原煤产量')
    const fuzzy = checkbox('导入第 3 行：全区社会投资')
    expect(exact.checked).toBe(true)
    expect(fuzzy.checked).toBe(false)
    expect(button(/^导入 \d+ 个数值$/).textContent).toBe('导入 1 个数值')
    const problems = container.querySelector('[data-testid="spreadsheet-problems"]')!
    expect(problems.textContent).toContain('未匹配：报告中没有与“粮食产量”对应的指标。')
    expect(calls.some((call) => call.channel === 'metrics.applySpreadsheet')).toBe(false)

    act(() => fuzzy.click())
    expect(button(/^导入 \d+ 个数值$/).textContent).toBe('导入 2 个数值')
  })

  it('applies only the ticked values, refreshes the panel and closes', async () => {
    const { onChanged, onClose } = await chooseFile()
    act(() => checkbox('导入第 3 行：全区社会投资').click())
    await act(async () => button(/^导入 2 个数值$/).click())
    await settle()
    expect(callsTo('metrics.applySpreadsheet')).toEqual([
      {
        reportId: 7,
        values: [
          { seriesId: 1, value: 37000000 },
          { seriesId: 17, value: 49000000000 },
        ],
      },
    ])
    expect(onChanged).toHaveBeenCalledTimes(1)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  function withYears() {
    const preview = answers.get('metrics.previewSpreadsheet') as {
      value: { rows: Record<string, unknown>[] }
    }
    preview.value.rows[0].years = [
      { year: 2023, valueText: '3500', value: 35000000, displayText: '3500万吨', state: 'new' },
      { year: 2024, valueText: '3598', value: 35980000, displayText: '3598万吨', state: 'same' },
      {
        year: 2022,
        valueText: '3420',
        value: 34200000,
        displayText: '3420万吨',
        storedText: '3400万吨',
        state: 'replace',
      },
    ]
  }

  it('imports a table of years: the new earlier years go with their row, a replacement waits', async () => {
    withYears()
    await chooseFile()
    const years = [...container.querySelectorAll('[data-testid="spreadsheet-year"]')]
    expect(years.map((cell) => cell.textContent)).toEqual([
      '2023年：补入 3500万吨',
      '2024年：3598万吨，与已存一致',
      '2022年：改用表中 3420万吨（现存 3400万吨）',
    ])
    expect(years[2].querySelector('input')!.checked).toBe(false)
    await act(async () => button(/^导入 1 个数值$/).click())
    await settle()
    expect(callsTo('metrics.applySpreadsheet')).toEqual([
      {
        reportId: 7,
        values: [
          { seriesId: 1, value: 37000000 },
          { seriesId: 1, value: 35000000, year: 2023 },
        ],
      },
    ])
  })

  it('replaces a stored earlier value only once it is ticked', async () => {
    withYears()
    await chooseFile()
    const replace = container.querySelector<HTMLInputElement>(
      '[data-testid="spreadsheet-year"][data-state="replace"] input',
    )!
    act(() => replace.click())
    await act(async () => button(/^导入 1 个数值$/).click())
    await settle()
    expect(callsTo('metrics.applySpreadsheet')).toEqual([
      {
        reportId: 7,
        values: [
          { seriesId: 1, value: 37000000 },
          { seriesId: 1, value: 35000000, year: 2023 },
          { seriesId: 1, value: 34200000, year: 2022, replace: true },
        ],
      },
    ])
  })

  it('shows a refused file in Chinese and offers nothing to import', async () => {
    answers.set('metrics.readSpreadsheet', {
      ok: false,
      code: 'unsupported_spreadsheet',
      message: '不支持的文件类型',
      params: { name: '统计表.xls' },
    })
    await chooseFile()
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      '不支持的文件类型：统计表.xls。请选择 .xlsx 或 .csv 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）。',
    )
    expect(callsTo('metrics.previewSpreadsheet')).toEqual([])
    expect(button(/^导入 \d+ 个数值$/).disabled).toBe(true)
  })
})
