import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './app-server'

const variant = [
  '聚焦',
  '',
  '2025 某县两会',
  '',
  '春风化雨润山城 砥砺奋进谱新篇',
  '——某县交出二〇二四年发展答卷',
  '',
  '　　2024年，某县坚持稳中求进，经济社会发展取得新成效，全县上下凝心聚力，以实干实绩交出了一份亮眼答卷。',
  '',
  '产业升级蹄疾步稳',
  '　　工业经济量质齐升。全年规模以上工业增加值增长8.2%，新增规上企业12家。',
  '　　农业基础更加巩固。粮食总产量稳定在30万吨以上，建成高标准农田5.2万亩。',
  '民生福祉持续增进',
  '　　就业形势总体稳定。城镇新增就业3200人，城镇登记失业率控制在4%以内。',
  '　　社会保障更加有力。城乡居民养老保险参保率达98.5%，新建养老服务中心6个。',
  '　　新的一年，某县将继续奋力前行，书写高质量发展新篇章。',
  '',
  '策划/张三',
  '文字/李四 王五',
].join('\r\n')

test('paste-import a text report laid out like the sample', async ({ page, app }, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('请先粘贴文本或选择文件。')
  await dialog.locator('textarea[name="text"]').fill(variant)
  await dialog.locator('input[name="year"]').fill('2024')
  await dialog.getByRole('button', { name: '导入' }).click()

  await expect(page.getByTestId('report-title')).toHaveText('2024年 某县发展答卷')
  await page.getByTestId('import-review').getByRole('button', { name: '稍后再确认' }).click()
  const outline = page.getByTestId('outline')
  await expect(outline.locator('[data-kind="heading"]')).toHaveText([
    /产业升级蹄疾步稳/,
    /民生福祉持续增进/,
  ])
  await expect(outline.locator('[data-kind="subsection"]')).toHaveText([
    /工业经济量质齐升/,
    /农业基础更加巩固/,
    /就业形势总体稳定/,
    /社会保障更加有力/,
  ])
  await expect(outline.locator('[data-kind="closing"]')).toHaveCount(1)
  await expect(outline.locator('[data-kind="credits"]')).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('paste-import.png'), fullPage: true })
})

test('open a .txt file to import it', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'shangdang.txt',
    mimeType: 'text/plain',
    buffer: readFileSync(join(__dirname, '..', 'resources', 'shangdang-2025.txt')),
  })
  await expect(dialog.locator('textarea[name="text"]')).toHaveValue(/太行深处焕新颜/)
  await dialog.locator('input[name="year"]').fill('2025')
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(page.getByTestId('outline').locator('[data-kind="heading"]')).toHaveCount(4)
  await expect(page.getByTestId('import-review').getByTestId('review-row')).toHaveCount(48)
  await page.getByTestId('import-review').getByRole('button', { name: '稍后再确认' }).click()

  await page.getByRole('button', { name: /返回报告库/ }).click()
  await page.getByRole('button', { name: '导入报告' }).click()
  await page
    .getByTestId('import-dialog')
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    })
  await expect(page.getByTestId('import-dialog').getByRole('alert')).toContainText(
    '不支持的文件类型：photo.png',
  )
})

const sampleDocx = readFileSync(join(__dirname, '..', 'resources', 'shangdang-2025.docx'))

async function expectSampleOutline(page: Page) {
  const outline = page.getByTestId('outline')
  await expect(outline.locator('[data-kind="heading"]')).toHaveCount(4)
  await expect(outline.locator('[data-kind="subsection"]')).toHaveCount(12)
  await expect(outline.locator('[data-kind="credits"]')).toHaveCount(1)
  await expect(page.getByTestId('import-review').getByTestId('review-row')).toHaveCount(48)
  await page.getByTestId('import-review').getByRole('button', { name: '稍后再确认' }).click()
  await outline.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await expect(page.getByTestId('editor').locator('.metric').first()).toHaveText('3598万吨')
  const coal = page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: /^原煤产量$/ }) })
  await expect(coal.getByTestId('metric-value')).toHaveText('3598万吨')
}

test('open the sample Word file through the file picker', async ({ page, app }, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'shangdang-2025.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: sampleDocx,
  })
  await expect(dialog.getByTestId('chosen-file')).toContainText('shangdang-2025.docx')
  await dialog.locator('input[name="year"]').fill('2025')
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(page.getByTestId('report-title')).toHaveText('2025年 上党区高质量发展答卷')
  await expectSampleOutline(page)
  await page.screenshot({ path: testInfo.outputPath('docx-import.png'), fullPage: true })
})

test('drop the sample Word file onto the window', async ({ page, app }) => {
  await page.goto(app.url)
  const library = page.getByTestId('library')
  const transfer = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const data = new DataTransfer()
    data.items.add(new File([bytes], 'shangdang-2025.docx'))
    return data
  }, sampleDocx.toString('base64'))
  await library.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(page.getByText('松开鼠标，导入这个文件')).toBeVisible()
  await library.dispatchEvent('drop', { dataTransfer: transfer })
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('chosen-file')).toContainText('shangdang-2025.docx')
  await dialog.locator('input[name="year"]').fill('2025')
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(page.getByTestId('report-title')).toHaveText('2025年 上党区高质量发展答卷')
  await expectSampleOutline(page)
})

test('a damaged Word file gets a clear message and imports nothing', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.locator('input[type="file"]').setInputFiles({
    name: '坏文件.docx',
    mimeType: 'application/octet-stream',
    buffer: sampleDocx.subarray(0, 4000),
  })
  await dialog.locator('input[name="year"]').fill('2025')
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Word')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('report-card')).toHaveCount(1)
})

test('a web page imports with its remote pictures kept as lines, unless downloading is ticked', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: '答卷.docx', mimeType: 'application/octet-stream', buffer: sampleDocx })
  await expect(dialog.getByRole('checkbox', { name: /下载网页中的网络图片/ })).toHaveCount(0)
  const html =
    '<html><body><h1>测试区交出高质量发展答卷</h1><p>这一年，全区干部群众砥砺奋进，交出了一份亮眼的答卷。</p>' +
    '<h2>一、产业转型提速</h2><p><strong>传统产业焕发生机。</strong>全区原煤产量3598万吨。</p>' +
    '<p><img src="https://mmbiz.qpic.cn/remote.jpg"></p>' +
    '<h2>二、民生持续改善</h2><p><strong>就业更加充分。</strong>全年城镇新增就业5580人。</p></body></html>'
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: '答卷.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  const download = dialog.getByRole('checkbox', { name: /下载网页中的网络图片/ })
  await expect(download).not.toBeChecked()
  await dialog.locator('input[name="year"]').fill('2025')
  await dialog.getByRole('button', { name: '导入' }).click()
  await page.getByTestId('import-review').getByRole('button', { name: '稍后再确认' }).click()
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发生机' }).click()
  await expect(page.getByTestId('editor')).toContainText(
    '〔图片未导入：https://mmbiz.qpic.cn/remote.jpg〕',
  )
})
