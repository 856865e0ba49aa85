import type { Page } from '@playwright/test'
import type { AppServer } from './app-server'
import { expect, rollSampleForward, test } from './app-server'

function row(page: Page, label: string) {
  return page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: new RegExp(`^${label}$`) }) })
}

async function fill(page: Page, label: string, text: string) {
  await row(page, label).getByTestId('metric-value').click()
  const input = row(page, label).getByTestId('metric-value-input')
  await input.fill(text)
  await input.press('Enter')
  await expect(row(page, label).getByTestId('metric-value')).toBeVisible()
}

/** Every stored value of the report family, as the metrics channel lists them. */
async function storedValues(app: AppServer, reportId: number) {
  const listed = await app.call<{ rows: { id: number; current: unknown; previous: unknown }[] }>(
    'metrics.list',
    { reportId },
  )
  return listed.value.rows.map((item) => [item.id, item.current, item.previous])
}

test('roll forward, fill and check the sample: no path writes a wrong number', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)
  const reports = await app.call<{ id: number; year: number }[]>('reports.list', {})
  const reportId = reports.value.find((report) => report.year === 2026)!.id

  await page.getByRole('tab', { name: '指标' }).click()
  await fill(page, '城镇新增就业', '5800人')
  await fill(page, '城镇居民人均可支配收入增幅', '6.8%')
  await expect(row(page, '城镇居民人均可支配收入增幅').getByTestId('metric-value')).toHaveText(
    '增长6.8%',
  )
  await expect(row(page, '城镇居民人均可支配收入增幅').getByTestId('metric-change')).toHaveText(
    '-0.2个百分点',
  )

  // The income rates stand alone: the text never said they are about 城镇新增就业.
  await row(page, '城镇居民人均可支配收入增幅').getByTestId('series-manage').click()
  const details = page.getByTestId('series-details')
  await expect(details.getByTestId('series-link')).toHaveValue('')
  await expect(details.getByTestId('occurrence-sentence').first()).toContainText(
    '城乡居民人均可支配收入分别增长',
  )
  await details.screenshot({ path: testInfo.outputPath('series-details.png') })
  await row(page, '城镇居民人均可支配收入增幅').getByTestId('series-manage').click()

  // A fall stays a fall: a bare number takes the direction the text states.
  await fill(page, 'PM2.5浓度降幅', '10.5')
  await expect(row(page, 'PM2.5浓度降幅').getByTestId('metric-value')).toHaveText('下降10.5%')
  await expect(row(page, 'PM2.5浓度降幅').getByTestId('metric-change')).toHaveText('+1.3个百分点')
  // Typing the opposite direction asks first; saying no keeps the value.
  await row(page, 'PM2.5浓度降幅').getByTestId('metric-value').click()
  await row(page, 'PM2.5浓度降幅').getByTestId('metric-value-input').fill('增长3%')
  await row(page, 'PM2.5浓度降幅').getByTestId('metric-value-input').press('Enter')
  const ask = page.getByTestId('confirm-dialog')
  await expect(ask).toContainText('方向相反')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(row(page, 'PM2.5浓度降幅').getByTestId('metric-value')).toHaveText('下降10.5%')

  await page.getByRole('tab', { name: '检查' }).click()
  const findings = page.getByTestId('finding')
  await expect(page.getByTestId('checks-summary')).toContainText('个错误')
  await expect(findings.first()).toBeVisible()
  await expect(findings.filter({ hasText: '5580' })).toHaveCount(0)
  await expect(findings.filter({ hasText: '5800' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /采用计算值/ })).toHaveCount(0)
  const fixButtons = page.getByTestId('checks-panel').getByRole('button', { name: /^改为/ })
  const valuesBefore = await storedValues(app, reportId)

  // Plant a slip and fix it from the panel: only the text changes, and Ctrl+Z takes it back.
  await page.getByTestId('outline-item').filter({ hasText: '项目是发展的“生命线”' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.type('全区上下,再接再厉')
  const comma = findings
    .filter({ hasText: '全角标点' })
    .filter({ has: page.getByTestId('fix-preview').filter({ hasText: ',' }) })
    .first()
  await expect(comma).toBeVisible()
  await expect(comma.getByTestId('fix-preview')).toContainText('将改为：, → ，')
  await page.screenshot({ path: testInfo.outputPath('fix-preview.png') })
  await comma.getByRole('button', { name: '改为“，”' }).click()
  await expect(editor).toContainText('全区上下，再接再厉')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  expect(await storedValues(app, reportId)).toEqual(valuesBefore)
  expect(await fixButtons.count()).toBeGreaterThan(0)

  await page.keyboard.press('Control+z')
  await expect(editor).toContainText('全区上下,再接再厉')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.getByRole('tab', { name: '历史' }).click()
  await expect(page.getByTestId('history-panel')).toContainText('校对修正')
  expect(await storedValues(app, reportId)).toEqual(valuesBefore)
})
