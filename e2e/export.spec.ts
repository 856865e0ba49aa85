import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Download, Locator, Page } from '@playwright/test'
import JSZip from 'jszip'
import { expect, openSeededReport, test } from './app-server'

const headline = '太行深处焕新颜 实干笃行向未来'

async function grantClipboard(context: BrowserContext, url: string): Promise<void> {
  const origin = new URL(url).origin
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
}

async function exportAndCatch(page: Page, dialog: Locator, buttonName: string): Promise<Download> {
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: buttonName, exact: true }).click()
  return download
}

async function wordParts(download: Download): Promise<{ document: string; core: string }> {
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  return {
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
    core: (await zip.file('docProps/core.xml')?.async('string')) ?? '',
  }
}

test('export the sample as Word and HTML, and copy it as rich text', async ({
  page,
  app,
  context,
}, testInfo) => {
  await grantClipboard(context, app.url)
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard
    const write = clipboard.write.bind(clipboard)
    const counted = window as unknown as { clipboardWrites: number }
    counted.clipboardWrites = 0
    clipboard.write = async (items) => {
      await write(items)
      counted.clipboardWrites++
    }
  })
  await openSeededReport(page, app.url)
  await page.getByRole('button', { name: '导出…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByRole('heading', { name: '导出报告' })).toBeVisible()
  await expect(dialog).toContainText('所有数字都已填写。')
  await expect(dialog.getByTestId('export-pending')).toHaveCount(0)
  await expect(dialog.getByRole('radio', { name: 'Word 文档（.docx）' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: '报纸特刊' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: '整篇报告' })).toBeChecked()
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') })

  const word = await exportAndCatch(page, dialog, '导出')
  expect(word.suggestedFilename()).toBe('2025年 上党区高质量发展答卷（报纸特刊）.docx')
  const { document, core } = await wordParts(word)
  expect(document).toContain('3598万吨')
  expect(document).toContain(headline)
  expect(document).not.toContain('待填')
  expect(core).toContain('<dc:title>2025年 上党区高质量发展答卷</dc:title>')
  await expect(dialog.getByTestId('export-outcome')).toHaveText(
    '已导出“2025年 上党区高质量发展答卷（报纸特刊）.docx”，请在浏览器的下载中查看。',
  )

  await dialog.getByRole('radio', { name: '网页（.html）' }).check()
  await expect(dialog.getByRole('radio', { name: '报纸特刊' })).toHaveCount(0)
  const html = await exportAndCatch(page, dialog, '导出')
  expect(html.suggestedFilename()).toBe('2025年 上党区高质量发展答卷.html')
  const htmlFile = testInfo.outputPath('export.html')
  await html.saveAs(htmlFile)
  const preview = await context.newPage()
  await preview.goto(pathToFileURL(htmlFile).href)
  await expect(preview.locator('article > header > h1')).toHaveText(headline)
  await expect(preview.locator('article > header > h1')).toBeVisible()
  const coal = preview.locator('article section p', { hasText: '3598万吨原煤产量' })
  await expect(coal).toBeVisible()
  await expect(preview.locator('article > section > h2')).toHaveCount(4)
  await preview.screenshot({ path: testInfo.outputPath('export-html.png'), fullPage: true })
  await preview.close()

  await dialog.getByRole('button', { name: '复制为富文本' }).click()
  await expect(dialog.getByTestId('export-copied')).toHaveText('✓ 已复制')
  const writes = () => (window as unknown as { clipboardWrites: number }).clipboardWrites
  expect(await page.evaluate(writes)).toBe(1)
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    return {
      types: item.types,
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    }
  })
  expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']))
  expect(clipboard.html).toContain('<article')
  expect(clipboard.html).toContain(headline)
  expect(clipboard.text).toContain('3598万吨')
  expect(clipboard.text).not.toContain('<')
  await page.screenshot({ path: testInfo.outputPath('export-dialog-html.png') })
})

test('copy as rich text falls back to the copy command without ClipboardItem', async ({
  page,
  app,
  context,
}) => {
  await grantClipboard(context, app.url)
  await page.addInitScript(() => {
    delete (window as { ClipboardItem?: unknown }).ClipboardItem
  })
  await openSeededReport(page, app.url)
  expect(await page.evaluate(() => typeof ClipboardItem)).toBe('undefined')
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await page.getByRole('button', { name: '导出…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: '网页（.html）' }).check()
  await dialog.getByRole('radio', { name: /^当前栏目“传统产业焕发绿色生机”及其小节$/ }).check()
  await dialog.getByRole('button', { name: '复制为富文本' }).click()
  await expect(dialog.getByTestId('export-copied')).toHaveText('✓ 已复制')
  const clipboard = await page.evaluate(async () => ({
    html: await (await (await navigator.clipboard.read())[0].getType('text/html')).text(),
    text: await navigator.clipboard.readText(),
  }))
  expect(clipboard.html).toContain('<article')
  expect(clipboard.html).toContain('3598万吨')
  expect(clipboard.html).not.toContain(headline)
  expect(clipboard.text.split('\n')[0]).toMatch(/^传统产业焕发绿色生机。/)
})

test('after rolling forward, the export warns of pending figures and marks them', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  const card = page.getByTestId('report-card').filter({ hasText: '2025年 上党区高质量发展答卷' })
  await card.getByRole('button', { name: '生成下一年' }).click()
  await expect(page.getByTestId('report-title')).toHaveText('2026年 上党区高质量发展答卷')

  await page.getByRole('button', { name: '导出…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-pending')).toHaveText(
    '还有 48 处数字待填，导出的文件里会显示【待填…】占位。仍要导出吗？',
  )
  await page.screenshot({ path: testInfo.outputPath('export-pending.png') })

  const word = await exportAndCatch(page, dialog, '仍要导出')
  expect(word.suggestedFilename()).toBe('2026年 上党区高质量发展答卷（报纸特刊）.docx')
  const { document } = await wordParts(word)
  expect(document).toContain('【待填·原煤产量·上年3598万吨】')
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(dialog).toHaveCount(0)

  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await page.getByRole('button', { name: '导出…' }).click()
  await dialog.getByRole('radio', { name: '公文（GB/T 9704）' }).check()
  await dialog.getByRole('radio', { name: /^当前栏目“传统产业焕发绿色生机”及其小节$/ }).check()
  await expect(dialog.getByTestId('export-pending')).toContainText(/^还有 \d 处数字待填/)
  const part = await exportAndCatch(page, dialog, '仍要导出')
  expect(part.suggestedFilename()).toBe(
    '2026年 上党区高质量发展答卷·传统产业焕发绿色生机（公文）.docx',
  )
  const partXml = (await wordParts(part)).document
  expect(partXml).toContain('【待填·原煤产量·上年3598万吨】')
  expect(partXml).not.toContain(headline)
})

/** Each heading's lines: how many, and the last line's width against the widest one's. */
async function headingLines(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2'), (heading) => {
      const range = document.createRange()
      range.selectNodeContents(heading)
      const rows = new Map<number, number>()
      for (const rect of Array.from(range.getClientRects())) {
        const top = Math.round(rect.top)
        rows.set(top, (rows.get(top) ?? 0) + rect.width)
      }
      const widths = [...rows.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1])
      return {
        text: heading.textContent ?? '',
        lines: widths.length,
        lastShare: widths[widths.length - 1] / Math.max(...widths),
      }
    }),
  )
}

test('export the 公众号 package and copy for 公众号; on a 375 px phone titles wrap balanced', async ({
  page,
  app,
  context,
  browser,
}, testInfo) => {
  await grantClipboard(context, app.url)
  await openSeededReport(page, app.url)
  await page.getByRole('button', { name: '导出…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: '公众号图文包（.zip）' }).check()
  await expect(dialog).toContainText('在【图1】处上传 01.jpg')
  const download = await exportAndCatch(page, dialog, '导出')
  expect(download.suggestedFilename()).toBe('2025年 上党区高质量发展答卷（公众号）.zip')
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  expect(Object.keys(zip.files)).toEqual(['article.html'])
  const article = testInfo.outputPath('wechat/article.html')
  mkdirSync(testInfo.outputPath('wechat'), { recursive: true })
  writeFileSync(article, await zip.file('article.html')!.async('nodebuffer'))

  await dialog.getByRole('button', { name: '复制到公众号' }).click()
  await expect(dialog.getByTestId('export-copied')).toHaveText('✓ 已复制')
  await expect(dialog).toContainText('照片位置标为【图1】【图2】')
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toContain('PM2.5浓度同比下降11.8%')
  expect(text).not.toContain('_{')

  const phone = await browser.newPage({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
  })
  await phone.goto(pathToFileURL(article).href)
  await expect(phone.locator('article > header > h1')).toHaveText(headline)
  await expect(phone.locator('sub')).toHaveText('2.5')
  const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(375)
  const headings = await headingLines(phone)
  expect(headings.length).toBe(5)
  for (const heading of headings.filter((item) => item.lines > 1)) {
    // Balanced: no last line left with a character or two under a full one.
    expect(heading.lastShare, heading.text).toBeGreaterThan(0.5)
  }
  await phone.screenshot({ path: testInfo.outputPath('wechat-375.png'), fullPage: false })
  await phone.close()
})
