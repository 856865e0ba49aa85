import { expect, openSeededReport, test } from './app-server'

test('write in the full-text view across two sections; both are saved and the place is kept', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await page.getByTestId('view-full').click()
  const view = page.getByTestId('full-text')
  await expect(view).toBeVisible()
  // The whole report reads top to bottom: masthead, title, lead, sections, closing, credits.
  await expect(view.locator('[data-block-id]')).toHaveCount(
    await page.getByTestId('outline-row').count(),
  )
  await expect(view.locator('[data-kind="credits"]')).toContainText('版式/翟志慧')

  const lead = view.locator('[data-kind="lead"] .ProseMirror')
  await lead.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('（全文视图补记一）')
  // Clicking the outline scrolls the page to a section; its editor mounts when it comes near.
  await page
    .getByTestId('outline-row')
    .filter({ hasText: '生态环境持续向好' })
    .getByTestId('outline-item')
    .click()
  const ecology = view.locator('[data-block-id]').filter({ hasText: '生态环境持续向好' })
  await expect(ecology.locator('.ProseMirror')).toBeVisible()
  await ecology.locator('.ProseMirror').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('（全文视图补记二）')
  // The outline follows the caret.
  await expect(
    page.getByTestId('outline-row').filter({ hasText: '生态环境持续向好' }),
  ).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('status')).toContainText('已保存')
  await page.screenshot({ path: testInfo.outputPath('full-text.png') })

  await page.reload()
  await expect(page.getByTestId('full-text')).toBeVisible()
  await expect(page.getByTestId('full-text')).toContainText('（全文视图补记一）')
  await expect(page.getByTestId('full-text')).toContainText('（全文视图补记二）')
  await expect(
    page.getByTestId('outline-row').filter({ hasText: '生态环境持续向好' }),
  ).toHaveAttribute('aria-selected', 'true')

  await page.getByTestId('view-single').click()
  await expect(page.getByTestId('editor')).toContainText('（全文视图补记二）')
  await page
    .getByTestId('outline-row')
    .filter({ hasText: '冬日的太行' })
    .getByTestId('outline-item')
    .click()
  await expect(page.getByTestId('editor')).toContainText('（全文视图补记一）')
})
