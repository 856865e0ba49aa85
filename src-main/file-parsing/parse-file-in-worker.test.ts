import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { buildTestDocx } from '../import/docx/build-test-docx'
import { fileParsingLimits } from './file-parsing-limits'
import { parseFileInWorker } from './parse-file-in-worker'

const text = (content: string) => new TextEncoder().encode(content)

async function failure(read: Promise<unknown>): Promise<AppError> {
  try {
    await read
  } catch (error) {
    return error as AppError
  }
  throw new Error('the read succeeded')
}

describe('parseFileInWorker', () => {
  it('reads a file in a worker thread and gives plain data back', async () => {
    const blocks = await parseFileInWorker({
      kind: 'import',
      fileName: '答卷.txt',
      bytes: text('测试区交出高质量发展答卷\n全年完成地区生产总值319.6亿元。'),
    })
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '测试区交出高质量发展答卷' },
      { kind: 'paragraph', text: '全年完成地区生产总值319.6亿元。' },
    ])
  })

  it('passes the reader’s own refusal on as the same AppError', async () => {
    const error = await failure(
      parseFileInWorker({ kind: 'spreadsheet', fileName: '表.xlsx', bytes: text('不是表格') }),
    )
    expect(error).toBeInstanceOf(AppError)
    expect(error.code).toBe('spreadsheet_unreadable')
  })

  it('ends a read that takes too long with a clear error, and the next read works', async () => {
    const slow = { ...fileParsingLimits, timeMs: 1 }
    const page = `<body>${'<p><b>一</b>段</p>'.repeat(20_000)}</body>`
    const error = await failure(
      parseFileInWorker({ kind: 'import', fileName: '慢.html', bytes: text(page) }, slow),
    )
    expect(error.code).toBe('file_timeout')
    expect(error.message).toContain('读取“慢.html”超过了 0.001 秒')
    const blocks = await parseFileInWorker({
      kind: 'import',
      fileName: 'a.txt',
      bytes: text('一段'),
    })
    expect(blocks).toHaveLength(1)
  })

  it('ends a read that runs out of its heap with a clear error, and this thread carries on', async () => {
    const small = { ...fileParsingLimits, oldGenerationMb: 48 }
    // 200,000 empty paragraphs: within the element limit, but their DOM is far more than 48 MB.
    const docx = await buildTestDocx({
      body: Array.from({ length: 200_000 }, (_, index) => `<w:p w:rsidR="${index}"/>`).join(''),
    })
    const error = await failure(
      parseFileInWorker({ kind: 'import', fileName: '大.docx', bytes: docx }, small),
    )
    expect(error.code).toBe('file_out_of_memory')
    expect(error.message).toMatch(/内存超过了上限（48 MB）/)
    const blocks = await parseFileInWorker({
      kind: 'import',
      fileName: 'a.txt',
      bytes: text('一段'),
    })
    expect(blocks).toHaveLength(1)
  })
})
