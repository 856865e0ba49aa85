import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { buildTestDocx, wordParagraph } from './docx/build-test-docx'
import { readDocxBlocks } from './docx/read-docx-blocks'
import { readHtmlBlocks } from './html/read-html-blocks'
import { importLimits } from './import-limits'
import { splitTextParagraphs } from './split-text-paragraphs'

async function refusal(read: () => unknown): Promise<string | undefined> {
  try {
    await read()
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/\p{Script=Han}/u)
    return (error as AppError).code
  }
}

const { paragraphs, paragraphLength, tableCells, styles, htmlElements } = importLimits

describe('the import limits, counted while reading', () => {
  it('stop plain text at the paragraph past the limit, and at a line too long', async () => {
    const atLimit = '第一段\n'.repeat(paragraphs.limit)
    expect(splitTextParagraphs(atLimit)).toHaveLength(paragraphs.limit)
    expect(await refusal(() => splitTextParagraphs(`${atLimit}再多一段`))).toBe(paragraphs.code)
    expect(await refusal(() => splitTextParagraphs('年'.repeat(paragraphLength.limit + 1)))).toBe(
      paragraphLength.code,
    )
    expect(splitTextParagraphs('\n'.repeat(1_000_000))).toEqual([])
  })

  it('refuse a page with more elements than any article before parsing it', async () => {
    const page = (count: number) => `<body><h1>答卷</h1>${'<span>1</span>'.repeat(count)}</body>`
    expect(await refusal(() => readHtmlBlocks(page(100)))).toBeUndefined()
    expect(await refusal(() => readHtmlBlocks(page(htmlElements.limit)))).toBe(htmlElements.code)
  })

  it('refuse a Word file with too many styles, cells or paragraphs', async () => {
    const body = wordParagraph('测试区交出高质量发展答卷')
    const style = (index: number) => `<w:style w:type="paragraph" w:styleId="s${index}"/>`
    const manyStyles = Array.from({ length: styles.limit + 1 }, (_, index) => style(index)).join('')
    expect(
      await refusal(async () => readDocxBlocks(await buildTestDocx({ body, styles: manyStyles }))),
    ).toBe(styles.code)
    const row = `<w:tr>${'<w:tc><w:p/></w:tc>'.repeat(100)}</w:tr>`
    const table = `<w:tbl>${row.repeat(tableCells.limit / 100 + 1)}</w:tbl>`
    expect(
      await refusal(async () => readDocxBlocks(await buildTestDocx({ body: body + table }))),
    ).toBe(tableCells.code)
    const lines = Array.from({ length: paragraphs.limit + 1 }, (_, index) =>
      wordParagraph(`第${index}段`),
    ).join('')
    expect(
      await refusal(async () => readDocxBlocks(await buildTestDocx({ body: body + lines }))),
    ).toBe(paragraphs.code)
  })

  it('count a Word paragraph’s lines apart: line breaks split a long paragraph', async () => {
    const line = '年'.repeat(paragraphLength.limit - 10)
    const broken = `<w:p><w:r><w:t>${line}</w:t><w:br/><w:t>${line}</w:t></w:r></w:p>`
    const blocks = await readDocxBlocks(await buildTestDocx({ body: broken }))
    expect(blocks).toHaveLength(2)
    const joined = `<w:p><w:r><w:t>${line}</w:t><w:t>${line}</w:t></w:r></w:p>`
    expect(await refusal(async () => readDocxBlocks(await buildTestDocx({ body: joined })))).toBe(
      paragraphLength.code,
    )
  })
})
