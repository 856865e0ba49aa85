import type { Page } from '@playwright/test'
import { expect, rollSampleForward, test } from './app-server'

function row(page: Page, title: string) {
  return page.getByTestId('outline-row').filter({
    has: page.locator('.outline-title', { hasText: title }),
  })
}

function titles(page: Page) {
  return page.getByTestId('outline').locator('.outline-title').allInnerTexts()
}

test('a new report starts from the 两会特刊 template', async ({ page, app }, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '新建报告' }).first().click()
  const dialog = page.getByTestId('new-report-dialog')
  await dialog.locator('input[name="year"]').fill('2026')
  await dialog.locator('input[name="title"]').fill('2026年 某县高质量发展答卷')
  await expect(dialog.getByTestId('template-choice')).toContainText('两会特刊答卷')
  await expect(dialog.getByRole('radio', { name: /两会特刊答卷/ })).toBeChecked()
  await dialog.getByRole('button', { name: '创建' }).click()

  const outline = page.getByTestId('outline')
  await expect(outline.locator('[data-kind="heading"]')).toHaveCount(4)
  await expect(outline.locator('[data-kind="subsection"]')).toHaveCount(8)
  for (const kind of ['masthead', 'title', 'subtitle', 'lead', 'closing', 'credits']) {
    await expect(outline.locator(`[data-kind="${kind}"]`)).toHaveCount(1)
  }
  await outline.locator('[data-kind="credits"]').click()
  await expect(page.getByTestId('editor')).toContainText('版式/')
  await page.screenshot({ path: testInfo.outputPath('from-template.png') })
})

test('add, move, delete and restore a 小节; compare still pairs the rest with last year', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)

  // Add a 小节 after 传统产业焕发绿色生机 from the entry's menu.
  await row(page, '传统产业焕发绿色生机').hover()
  await row(page, '传统产业焕发绿色生机').getByTestId('outline-more').click()
  await page.getByRole('menuitem', { name: '在后面添加小节…' }).click()
  await page.getByTestId('outline-add-title').fill('数字经济起步')
  await page.getByRole('button', { name: '添加', exact: true }).click()
  await expect(row(page, '数字经济起步')).toHaveAttribute('aria-selected', 'true')
  let order = await titles(page)
  expect(order[order.indexOf('传统产业焕发绿色生机') + 1]).toBe('数字经济起步')
  await expect(page.getByTestId('editor')).toContainText('数字经济起步。')

  // Alt+↓ moves it past its next sibling; the outline keeps the keyboard focus.
  await row(page, '数字经济起步').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect
    .poll(async () => {
      const now = await titles(page)
      return now[now.indexOf('新兴产业加速拔节成长') + 1]
    })
    .toBe('数字经济起步')

  // Delete 新兴产业加速拔节成长 with the Delete key: it goes to the report's trash.
  await row(page, '新兴产业加速拔节成长').focus()
  await page.keyboard.press('Delete')
  await expect(row(page, '新兴产业加速拔节成长')).toHaveCount(0)
  await expect(page.getByTestId('outline-trash')).toHaveText('回收站（1）')
  await page.screenshot({ path: testInfo.outputPath('outline-edited.png') })

  // The sections that stayed still pair with last year's.
  await row(page, '科技创新点燃发展引擎').getByTestId('outline-item').click()
  await row(page, '科技创新点燃发展引擎').getByRole('button', { name: '对比上年' }).click()
  const compare = page.getByTestId('compare-dialog')
  await expect(compare.getByTestId('blackline')).toBeVisible()
  await expect(compare).not.toContainText('无法对比')
  await compare.getByRole('button', { name: '关闭' }).click()
  // The new one has no counterpart, and says so.
  await row(page, '数字经济起步').getByTestId('outline-item').click()
  await row(page, '数字经济起步').getByRole('button', { name: '对比上年' }).click()
  await expect(compare).toContainText('上一年的报告里没有与本节对应的内容')
  await compare.getByRole('button', { name: '关闭' }).click()

  // Restore from the trash: it comes back to its place.
  await page.getByTestId('outline-trash').click()
  await page.getByTestId('section-trash').getByRole('button', { name: '恢复' }).click()
  await expect
    .poll(async () => {
      order = await titles(page)
      return order.indexOf('新兴产业加速拔节成长') - order.indexOf('传统产业焕发绿色生机')
    })
    .toBe(1)
  await expect(page.getByTestId('outline-trash')).toHaveText('回收站（0）')

  // 撤销 takes the restore back, then the deletion's … one step at a time.
  await page.getByTestId('outline-undo').click()
  await expect(row(page, '新兴产业加速拔节成长')).toHaveCount(0)

  await page.reload()
  await expect(row(page, '数字经济起步')).toHaveCount(1)
  await expect(row(page, '新兴产业加速拔节成长')).toHaveCount(0)
})

test('rename a 栏目 in place and promote a 小节 with the keyboard', async ({ page, app }) => {
  await page.goto(app.url)
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /2025年 上党区高质量发展答卷/ })
    .click()
  await row(page, '民生答卷暖人心').getByTestId('outline-item').dblclick()
  const rename = page.getByTestId('outline-rename')
  await rename.fill('民生答卷更暖心，幸福指数节节高')
  await rename.press('Enter')
  await expect(row(page, '民生答卷更暖心，幸福指数节节高')).toHaveCount(1)
  await row(page, '民生答卷更暖心').getByTestId('outline-item').click()
  await expect(page.getByTestId('editor').locator('h2')).toHaveText(
    '民生答卷更暖心，幸福指数节节高',
  )

  await row(page, '生态环境持续向好').focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(row(page, '生态环境持续向好')).toHaveAttribute('aria-level', '1')
  await expect(row(page, '生态环境持续向好').locator('[data-kind="heading"]')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(row(page, '生态环境持续向好')).toHaveAttribute('aria-level', '2')
})
