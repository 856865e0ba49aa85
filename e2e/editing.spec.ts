import type { Page } from '@playwright/test'
import { expect, openSeededReport, test, nextSave } from './app-server'

async function openSubsection(page: Page, title: string) {
  await page.getByTestId('outline-item').filter({ hasText: title }).click()
  await expect(page.getByTestId('editor')).toContainText(title)
}

test('typed Chinese is autosaved and survives a reload and a server restart', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  const saved = nextSave(page)
  await page.keyboard.insertText('新增一句：科创中心持续扩容。')
  await saved
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', {
    timeout: 5000,
  })
  await page.screenshot({ path: testInfo.outputPath('after-typing.png'), fullPage: true })

  await page.reload()
  await openSubsection(page, '科技创新点燃发展引擎')
  await expect(page.getByTestId('editor')).toContainText('新增一句：科创中心持续扩容。')

  await app.stop()
  await app.start()
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  await expect(page.getByTestId('editor')).toContainText('新增一句：科创中心持续扩容。')
})

test('Chinese typed through IME composition is saved', async ({ page, app }) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '传统产业焕发绿色生机')
  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  const saved = nextSave(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.imeSetComposition', { text: 'mei', selectionStart: 3, selectionEnd: 3 })
  await cdp.send('Input.imeSetComposition', { text: '煤炭', selectionStart: 2, selectionEnd: 2 })
  await cdp.send('Input.insertText', { text: '煤炭' })
  await expect(page.getByTestId('editor')).toContainText('多元赋能”跨越。煤炭')
  await saved
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', {
    timeout: 5000,
  })
  await page.reload()
  await openSubsection(page, '传统产业焕发绿色生机')
  await expect(page.getByTestId('editor')).toContainText('多元赋能”跨越。煤炭')
})

test('switching sections saves at once, and an older revision can be restored', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '新兴产业加速拔节成长')
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('（第二稿）')
  await openSubsection(page, '科技创新点燃发展引擎')
  await openSubsection(page, '新兴产业加速拔节成长')
  await expect(editor).toContainText('（第二稿）')

  await page.getByRole('tab', { name: '历史' }).click()
  const revisions = page.getByTestId('revision')
  await expect(revisions).toHaveCount(2)
  await expect(revisions.nth(0)).toContainText('第 2 版')
  await revisions.nth(1).getByRole('button', { name: '恢复此版本' }).click()
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByRole('status')).toContainText('已恢复第 1 版')
  await expect(editor).not.toContainText('（第二稿）')
  await expect(revisions).toHaveCount(3)
  await expect(revisions.nth(0)).toContainText('恢复')
  await page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true })
  // What happened in the report is no news in the library.
  await page.getByRole('button', { name: /返回/ }).click()
  await expect(page.getByTestId('library')).toBeVisible()
  await expect(page.getByText('已恢复第 1 版')).toHaveCount(0)
})

test('a stale save from another tab gets a conflict and a choice', async ({
  page,
  app,
  context,
}) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  const other = await context.newPage()
  await openSeededReport(other, app.url)
  await openSubsection(other, '科技创新点燃发展引擎')

  await other
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await other.keyboard.press('Control+End')
  await other.keyboard.insertText('乙页修改。')
  await expect(other.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('甲页修改。')
  const conflict = page.getByTestId('conflict-dialog')
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: '保留我的内容为新版本' }).click()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.getByRole('tab', { name: '历史' }).click()
  await expect(page.getByTestId('revision').nth(0)).toContainText('第 3 版')
})

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test('a table and a photo with caption and credit are kept after a reload', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.getByRole('button', { name: '插入表格' }).click()
  await page.keyboard.insertText('指标')
  await expect(page.getByTestId('editor').locator('table')).toHaveCount(1)

  await page.getByRole('button', { name: '插入图片' }).click()
  const dialog = page.getByTestId('insert-image-dialog')
  await dialog
    .locator('input[name="image"]')
    .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: onePixelPng })
  await dialog.locator('input[name="caption"]').fill('北上深杭科创中心')
  await dialog.locator('input[name="credit"]').fill('尚华 摄')
  await dialog.getByRole('button', { name: '插入图片' }).click()
  await expect(page.getByTestId('report-image').locator('img')).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  )
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.screenshot({ path: testInfo.outputPath('table-and-image.png'), fullPage: true })

  await page.reload()
  await openSubsection(page, '科技创新点燃发展引擎')
  await expect(page.getByTestId('editor').locator('table th').first()).toContainText('指标')
  await expect(
    page.getByTestId('report-image').locator('input[aria-label="图片说明"]'),
  ).toHaveValue('北上深杭科创中心')
  await expect(
    page.getByTestId('report-image').locator('input[aria-label="摄影/来源"]'),
  ).toHaveValue('尚华 摄')
})

test('a non-image file is refused with a clear message', async ({ page, app }) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  await page.getByRole('button', { name: '插入图片' }).click()
  const dialog = page.getByTestId('insert-image-dialog')
  await dialog.locator('input[name="image"]').setInputFiles({
    name: 'x.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg onload=alert(1)>'),
  })
  await dialog.getByRole('button', { name: '插入图片' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    '不支持的图片格式：请选择 PNG、JPEG、GIF 或 WebP 图片。',
  )
})

test('undo and redo buttons follow the edit history', async ({ page, app }) => {
  await openSeededReport(page, app.url)
  await openSubsection(page, '科技创新点燃发展引擎')
  const undo = page.getByRole('button', { name: '撤销' })
  const redo = page.getByRole('button', { name: '重做' })
  await expect(undo).toBeDisabled()
  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('撤销测试')
  await expect(undo).toBeEnabled()
  await expect(redo).toBeDisabled()
  await undo.click()
  await expect(page.getByTestId('editor')).not.toContainText('撤销测试')
  await expect(redo).toBeEnabled()
  await redo.click()
  await expect(page.getByTestId('editor')).toContainText('撤销测试')
})
