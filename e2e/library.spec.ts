import { expect, test } from './app-server'

test('first launch shows the seeded 2025 report with its outline', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  const card = page.getByTestId('report-card')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('2025年 上党区高质量发展答卷')
  await expect(page.getByRole('heading', { name: '2025 年' })).toBeVisible()

  await card.getByRole('button', { name: /2025年 上党区高质量发展答卷/ }).click()
  const outline = page.getByTestId('outline')
  const headings = outline.locator('[data-kind="heading"]')
  await expect(headings).toHaveCount(4)
  await expect(headings.nth(0)).toContainText('从“煤字号”到“新质态”，产业转型提速提档')
  await expect(headings.nth(3)).toContainText('民生答卷暖人心，幸福指数持续提升')
  // A flat tree: the 小节 are the level-2 rows after their 栏目.
  const subsections = outline.locator('[role="treeitem"][aria-level="2"]')
  await expect(subsections).toHaveCount(12)
  await expect(subsections.locator('[data-kind="subsection"]').nth(0)).toHaveText(/传统产业/)
  const firstSubsections = outline.locator('[role="treeitem"]').filter({
    has: page.locator('[data-kind="subsection"]'),
  })
  await expect(firstSubsections.locator('.outline-title').first()).toHaveText(
    '传统产业焕发绿色生机',
  )
  await expect(firstSubsections.locator('.outline-title').nth(1)).toHaveText('新兴产业加速拔节成长')
  await expect(firstSubsections.locator('.outline-title').nth(2)).toHaveText('科技创新点燃发展引擎')
  for (const kind of ['masthead', 'title', 'subtitle', 'lead', 'closing', 'credits']) {
    await expect(outline.locator(`[data-kind="${kind}"]`)).toHaveCount(1)
  }
  await expect(page.getByTestId('editor')).toContainText('冬日的太行山脉')
  await page.screenshot({ path: testInfo.outputPath('seeded-report.png'), fullPage: true })
})

test('create, delete into the trash and restore a report', async ({ page, app }, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '新建报告' }).click()
  const dialog = page.getByTestId('new-report-dialog')
  await dialog.locator('input[name="year"]').fill('二〇二六')
  await dialog.locator('input[name="title"]').fill('2026年 测试县答卷')
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('年份须为 1949 至 2200 之间的整数。')
  await dialog.locator('input[name="year"]').fill('2026')
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(page.getByTestId('report-title')).toHaveText('2026年 测试县答卷')

  await page.getByRole('button', { name: /返回报告库/ }).click()
  await expect(page.getByTestId('report-card')).toHaveCount(2)
  const created = page.getByTestId('report-card').filter({ hasText: '2026年 测试县答卷' })
  await created.getByRole('button', { name: '删除' }).click()
  await expect(page.getByTestId('confirm-dialog')).toContainText(
    '确定把《2026年 测试县答卷》移到回收站吗',
  )
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByTestId('report-card')).toHaveCount(1)
  await expect(page.getByRole('status')).toContainText('已移到回收站')

  await page.getByTestId('toggle-trash').click()
  const trashed = page.getByTestId('trash-card')
  await expect(trashed).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('trash.png'), fullPage: true })
  await trashed.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByTestId('report-card')).toHaveCount(2)
  await expect(page.getByTestId('trash-card')).toHaveCount(0)
})

test('rename a report', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('report-card').getByRole('button', { name: '重命名' }).click()
  const dialog = page.getByTestId('rename-dialog')
  await dialog.locator('input[name="title"]').fill('2025年 上党区答卷（定稿）')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('report-card')).toContainText('2025年 上党区答卷（定稿）')
  await page.reload()
  await expect(page.getByTestId('report-card')).toContainText('2025年 上党区答卷（定稿）')
})

test('English can be chosen in settings and is remembered', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-dialog').locator('select[name="language"]').selectOption('en')
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('button', { name: 'New report' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Report library' })).toBeVisible()
})

test('the English UI shows findings, placeholders and the outline in English', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-dialog').locator('select[name="language"]').selectOption('en')
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('report-card').getByRole('button', { name: 'Next year' }).click()
  await expect(page.getByTestId('report-title')).toHaveText('2026年 上党区高质量发展答卷')
  await page
    .getByTestId('outline-row')
    .filter({ hasText: '传统产业焕发绿色生机' })
    .getByTestId('outline-item')
    .click()
  await expect(page.getByTestId('editor')).toContainText(
    '[to fill · 原煤产量 · last year 3598万吨]',
  )
  await page.getByRole('tab', { name: 'Checks' }).click()
  await expect(
    page
      .getByTestId('finding')
      .filter({ hasText: '“原煤产量” has no value for 2026 yet (last year: 3598万吨).' }),
  ).toHaveCount(1)
  await expect(page.getByTestId('finding').filter({ hasText: '还没有' })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('english-findings.png') })
})
