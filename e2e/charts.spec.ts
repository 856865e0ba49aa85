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
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
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

test('an imported 2024 report linked as the previous year gives the 2025 trend chart its earlier value', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await expect(page.getByTestId('report-card').first()).toBeVisible()
  const imported = await app.call<{ reportId: number }>('import.text', {
    text: [
      '某区交出发展答卷',
      '2024年，全区经济运行稳中向好。',
      '能源保供有力有效',
      '全年原煤产量3400万吨，煤炭保供能力持续增强。',
    ].join('\n'),
    year: 2024,
  })
  expect(imported.ok).toBe(true)
  const metrics = await app.call<{
    rows: { id: number; label: string; current: { value: number } | null }[]
  }>('metrics.list', { reportId: imported.value.reportId })
  const coal2024 = metrics.value.rows.find((row) => row.current?.value === 34_000_000)!
  if (coal2024.label !== '原煤产量') {
    await app.call('metrics.relabel', {
      reportId: imported.value.reportId,
      seriesId: coal2024.id,
      label: '原煤产量',
    })
  }
  await page.reload()

  await page
    .getByTestId('report-card')
    .filter({ hasText: '2025年 上党区高质量发展答卷' })
    .getByRole('button', { name: '链接上一年…' })
    .click()
  const dialog = page.getByTestId('link-previous-dialog')
  const coalPair = dialog.getByTestId('link-pair').filter({ hasText: '原煤产量' }).first()
  await expect(coalPair).toHaveAttribute('data-match', 'exact')
  await expect(coalPair.getByRole('checkbox')).toBeChecked()
  await expect(coalPair).toContainText('2024：3400万吨 补入')
  await page.screenshot({ path: testInfo.outputPath('link-preview.png'), fullPage: true })
  await dialog.getByRole('button', { name: /^链接并合并/ }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByText(/已链接《/)).toBeVisible()

  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /2025年 上党区高质量发展答卷/ })
    .click()
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page
    .getByRole('button', { name: '插入数说图表（数说卡片、趋势图、柱状图、环形图）' })
    .click()
  const chartDialog = page.getByTestId('chart-dialog')
  await chartDialog.getByRole('radio', { name: '柱状图（按年份）' }).check()
  await chartDialog.locator('select').selectOption({ label: '2024—2025年（2年）' })
  await chartDialog.getByLabel('搜索指标').fill('原煤产量')
  await chartDialog.getByRole('checkbox', { name: /^原煤产量/ }).check()
  await expect(chartDialog.getByTestId('chart-preview').locator('img')).toHaveAttribute(
    'alt',
    /原煤产量：2024年3400，2025年3598/,
  )
  await chartDialog.getByRole('button', { name: '插入图表' }).click()
  await expect(editor.getByTestId('report-chart').locator('img')).toHaveAttribute(
    'alt',
    /2024年3400，2025年3598/,
  )
  await page.screenshot({ path: testInfo.outputPath('linked-chart.png'), fullPage: true })
})
