import { expect, rollSampleForward, test } from './app-server'

test('a trend chart of 原煤产量 across two linked years redraws when this year is filled in', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  const editor = page.getByTestId('editor')
  await expect(editor).toContainText('【待填·原煤产量·上年3598万吨】')

  // From the metrics panel: 数说 on the 原煤产量 row opens the dialog with the series chosen.
  await page.getByRole('tab', { name: '指标' }).click()
  const coal = page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: /^原煤产量$/ }) })
  await editor.locator('p').first().click()
  await coal.getByTestId('series-chart').click()
  const dialog = page.getByTestId('chart-dialog')
  await expect(dialog).toBeVisible()
  await dialog.locator('select').selectOption({ label: '2025—2026年（2年）' })
  const preview = dialog.getByTestId('chart-preview').locator('img')
  await expect(preview).toHaveAttribute('alt', /原煤产量：2025年3598，2026年待填/)
  await dialog.getByRole('button', { name: '插入图表' }).click()

  const chart = editor.getByTestId('report-chart')
  await expect(chart).toHaveCount(1)
  await expect(chart.locator('img')).toHaveAttribute('alt', /2025年3598，2026年待填/)
  await expect(chart.locator('figcaption')).toHaveText('原煤产量（2025—2026年）')
  await expect(chart).toHaveClass(/pending/)
  await page.screenshot({ path: testInfo.outputPath('chart-pending.png'), fullPage: true })

  await coal.getByTestId('metric-value').click()
  await coal.getByTestId('metric-value-input').fill('3700万吨')
  await coal.getByTestId('metric-value-input').press('Enter')
  await expect(editor).toContainText('3700万吨原煤产量')
  await expect(chart.locator('img')).toHaveAttribute('alt', /2025年3598，2026年3700/)
  await expect(chart).not.toHaveClass(/pending/)
  const svg = decodeURIComponent(
    (await chart.locator('img').getAttribute('src'))!.replace(
      /^data:image\/svg\+xml;charset=utf-8,/,
      '',
    ),
  )
  expect(svg).toContain('>3700</text>')
  expect(svg).toContain('>3598</text>')
  expect(svg).not.toContain('待填')
  await page.screenshot({ path: testInfo.outputPath('chart-filled.png'), fullPage: true })

  // The chart is stored with the section: it is there after a reload, drawn from the values.
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await expect(page.getByTestId('report-chart').locator('img')).toHaveAttribute('alt', /2026年3700/)
})
