import { readFileSync } from 'node:fs'
import { expect, rollSampleForward, test } from './app-server'

test('whole-report compare after a roll forward and an edit: every section’s blackline, printable, and a Word redline', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)

  // An edit in one 小节, and a 小节 dropped from another 栏目.
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('新增一句：科创飞地持续扩容。')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  const dropped = page.getByTestId('outline-row').filter({ hasText: '招商引资“打出组合拳”' })
  await dropped.getByTestId('outline-item').focus()
  await page.keyboard.press('Delete')
  await expect(dropped).toHaveCount(0)

  await page.getByRole('button', { name: '全文对比稿' }).click()
  const view = page.getByTestId('report-compare')
  await expect(view.getByRole('heading', { name: '2025年 → 2026年 对比稿' })).toBeVisible()
  const sections = view.getByTestId('compared-section')
  await expect(sections.first()).toBeVisible()
  // One entry per section of this year's outline, plus the dropped one where it stood.
  const outlineCount = await page.getByTestId('outline-item').count()
  await expect(sections).toHaveCount(outlineCount + 1)

  const science = sections.filter({ hasText: '科技创新点燃发展引擎' })
  await expect(science).toHaveAttribute('data-status', 'changed')
  await expect(science.locator('ins')).toContainText(['新增一句：科创飞地持续扩容。'])
  await expect(science.locator('del').first()).toBeVisible()

  const removed = sections.filter({ hasText: '招商引资“打出组合拳”' })
  await expect(removed).toHaveAttribute('data-status', 'removed')
  await expect(removed.locator('.compared-status')).toHaveText('今年删去')
  await expect(removed.locator('ins')).toHaveCount(0)
  const order = await sections.evaluateAll((elements) =>
    elements.map((element) => element.textContent ?? ''),
  )
  const at = order.findIndex((text) => text.includes('招商引资“打出组合拳”'))
  expect(order[at - 1]).toContain('项目建设“跑出加速度”')
  expect(order[at + 1]).toContain('服务保障“跑出温度感”')

  // Several sections show changes: the rolled-forward figures wait to be filled.
  await expect(sections.filter({ has: page.locator('del') })).not.toHaveCount(0)
  expect(await sections.filter({ has: page.locator('ins') }).count()).toBeGreaterThan(5)
  await expect(view.getByTestId('compare-figures')).toContainText('原煤产量')
  await expect(view.getByTestId('report-compare-summary')).toContainText('删去 1 节')
  await page.screenshot({ path: testInfo.outputPath('report-compare.png') })

  // Printing shows only the compare page, without its buttons.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('report-view')).toBeHidden()
  await expect(view.getByRole('button', { name: '打印' })).toBeHidden()
  await expect(science).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('report-compare-print.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  const printed = await page.evaluate(() => {
    let called = false
    window.print = () => {
      called = true
    }
    return new Promise<boolean>((done) => {
      document.querySelector<HTMLButtonElement>('[data-testid="report-compare"] button')?.click()
      setTimeout(() => done(called), 0)
    })
  })
  expect(printed).toBe(true)

  // 只看有改动的节 hides the sections as they were.
  await view.getByLabel('只看有改动的节').check()
  await expect(view.locator('[data-status="unchanged"]')).toHaveCount(0)

  const download = page.waitForEvent('download')
  await view.getByRole('button', { name: '导出 Word 修订稿' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(
    '2026年 上党区高质量发展答卷（2025年 → 2026年 对比稿）.docx',
  )
  const saved = testInfo.outputPath('redline.docx')
  await file.saveAs(saved)
  expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK')
  await expect(view.getByRole('status')).toContainText('接受或拒绝修订')

  await page.keyboard.press('Escape')
  await expect(view).toHaveCount(0)
})

test('a first-year report offers no whole-report compare', async ({ page, app }) => {
  await page.goto(app.url)
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /上党区高质量发展答卷/ })
    .click()
  await expect(page.getByTestId('outline')).toBeVisible()
  await expect(page.getByRole('button', { name: '全文对比稿' })).toHaveCount(0)
})
