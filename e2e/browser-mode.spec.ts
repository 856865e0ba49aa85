import { expect, test } from './app-server'

test('a second tab or a bookmark of the same address works; a tab without access says how to open the app', async ({
  page,
  app,
  browser,
}, testInfo) => {
  await page.goto(app.url)
  await expect(page.getByTestId('report-card')).toHaveCount(1)
  // The token leaves the address bar once the session cookie is set.
  await expect.poll(() => new URL(page.url()).hash).toBe('')
  const address = new URL(app.url).origin + '/'

  const second = await page.context().newPage()
  await second.goto(address)
  await expect(second.getByTestId('report-card')).toHaveCount(1)
  await second.close()

  const stranger = await browser.newContext()
  const elsewhere = await stranger.newPage()
  await elsewhere.goto(address)
  await expect(elsewhere.getByTestId('access-denied')).toContainText('这个页面还不能打开答卷')
  await expect(elsewhere.getByTestId('access-denied')).toContainText('#token=')
  await expect(elsewhere.getByTestId('report-card')).toHaveCount(0)
  await elsewhere.screenshot({ path: testInfo.outputPath('access-denied.png') })
  await stranger.close()
})

test('Ctrl+S saves at once and says so; the browser’s own “save page” does not run', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /2025年/ })
    .click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('End')
  await page.keyboard.type('（立即保存）')
  const downloads: string[] = []
  page.on('download', (download) => downloads.push(download.suggestedFilename()))
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('status')).toContainText('已保存')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  const sections = await app.call<{ sections: { doc: unknown }[] }>('reports.open', { id: 1 })
  expect(JSON.stringify(sections.value.sections)).toContain('（立即保存）')
  expect(downloads).toEqual([])
})
