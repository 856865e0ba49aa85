import type { Page } from '@playwright/test'
import { expect, openSeededReport, test } from './app-server'

function coalRow(page: Page) {
  return page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: /^原煤产量$/ }) })
}

test('changing 原煤产量 in the metrics panel changes the sentence and survives a reload', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  const editor = page.getByTestId('editor')
  await expect(editor).toContainText('3598万吨原煤产量')
  await expect(editor.locator('.metric').first()).toHaveText('3598万吨')

  const shown = coalRow(page).getByTestId('metric-value')
  await expect(shown).toHaveText('3598万吨')
  // Focusing the value (Tab or a click) turns it into a field holding the value, focused.
  await shown.focus()
  const input = coalRow(page).getByTestId('metric-value-input')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('3598万吨')
  await input.fill('abc')
  await input.press('Enter')
  await expect(coalRow(page).getByRole('alert')).toContainText('无法识别的数值')
  await expect(editor).toContainText('3598万吨原煤产量')

  await input.fill('3700万吨')
  await input.press('Enter')
  await expect(editor).toContainText('3700万吨原煤产量')
  await page.screenshot({ path: testInfo.outputPath('metrics-panel.png'), fullPage: true })

  await coalRow(page).getByTestId('series-manage').click()
  const remove = page.getByTestId('series-details').getByRole('button', { name: '删除指标' })
  await expect(remove).toBeDisabled()
  await expect(remove).toHaveAttribute('title', '正文中仍在使用，不能删除')
  await coalRow(page).getByTestId('series-manage').click()

  await coalRow(page).getByTestId('review-toggle').click()
  await expect(coalRow(page).getByTestId('review-toggle')).toHaveText('已核对')

  await page.reload()
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await expect(page.getByTestId('editor')).toContainText('3700万吨原煤产量')
  await expect(coalRow(page).getByTestId('review-toggle')).toHaveText('已核对')
  await expect(coalRow(page).getByTestId('metric-value')).toHaveText('3700万吨')
})

test('a figure in the text leads to its row, and a row leads to its figures', async ({
  page,
  app,
}) => {
  await openSeededReport(page, app.url)
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await page.getByTestId('editor').locator('.metric', { hasText: '3598万吨' }).click()
  await expect(coalRow(page)).toHaveClass(/highlight/)

  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  await coalRow(page)
    .getByRole('button', { name: /传统产业/ })
    .click()
  await expect(page.getByTestId('editor')).toContainText('传统产业焕发绿色生机')
  await expect(page.getByTestId('editor').locator('.metric.flash')).toHaveText('3598万吨')
})

test('the review list after a paste import: confirm, rename, reject, reopen', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: '导入报告' }).click()
  const dialog = page.getByTestId('import-dialog')
  await dialog
    .locator('textarea[name="text"]')
    .fill(
      [
        '某县交出发展答卷',
        '——某县交出二〇二四年发展答卷',
        '2024年，某县坚持稳中求进，经济社会发展取得新成效，全县上下凝心聚力，以实干实绩交出了一份亮眼答卷。',
        '产业升级蹄疾步稳',
        '工业经济量质齐升。全年规模以上工业增加值增长8.2%，新增规上企业12家。',
        '农业基础更加巩固。粮食总产量稳定在30万吨以上，建成高标准农田5.2万亩。',
      ].join('\n'),
    )
  await dialog.locator('input[name="year"]').fill('2024')
  await dialog.getByRole('button', { name: '导入' }).click()

  const review = page.getByTestId('import-review')
  await expect(review).toBeVisible()
  const rows = review.getByTestId('review-row')
  await expect(rows).toHaveCount(4)
  // Each figure is shown in its sentence, the figure highlighted.
  await expect(rows.first().getByTestId('occurrence-sentence')).toContainText(
    '全年规模以上工业增加值增长8.2%',
  )
  await expect(rows.first().locator('mark')).toHaveText('8.2%')
  await page.screenshot({ path: testInfo.outputPath('import-review.png'), fullPage: true })

  // Renaming is not confirming: the figure stays on the list until it is confirmed.
  const grain = rows.filter({ has: page.locator('mark', { hasText: '30万吨' }) })
  await grain.getByRole('textbox').fill('粮食总产量（全县）')
  await grain.getByRole('textbox').blur()
  await expect(grain.getByRole('textbox')).toHaveValue('粮食总产量（全县）')
  await expect(rows).toHaveCount(4)
  await grain.getByRole('button', { name: '确认' }).click()
  await expect(rows).toHaveCount(3)
  await rows
    .filter({ has: page.locator('mark', { hasText: '12家' }) })
    .getByRole('button', { name: '确认' })
    .click()
  await expect(rows).toHaveCount(2)

  const farmland = rows.filter({ has: page.locator('mark', { hasText: '5.2万亩' }) })
  await farmland.getByRole('button', { name: '驳回' }).click()
  await expect(rows).toHaveCount(1)
  await review.getByRole('button', { name: '稍后再确认' }).click()
  await expect(review).toHaveCount(0)

  // The list can be reopened at any time from the metrics panel.
  await page.getByTestId('review-open').click()
  await expect(review).toBeVisible()
  await expect(rows).toHaveCount(1)
  await review.getByRole('button', { name: '全部确认' }).click()
  await expect(review).toHaveCount(0)
  await expect(page.getByTestId('review-open')).toHaveText('待确认 0')

  await expect(
    page.getByTestId('metric-row').locator('.metric-label', { hasText: '粮食总产量（全县）' }),
  ).toHaveCount(1)
  await expect(page.getByTestId('metric-row')).toHaveCount(3)
  await page.getByTestId('outline-item').filter({ hasText: '农业基础更加巩固' }).click()
  await expect(page.getByTestId('editor')).toContainText('建成高标准农田5.2万亩')
  await expect(page.getByTestId('editor').locator('.metric')).toHaveCount(1)
})

test('insert a metric with the picker, turn a typed number into a metric and a metric back into text', async ({
  page,
  app,
}) => {
  await openSeededReport(page, app.url)
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('全年原煤产量')
  await page.keyboard.type('{{')
  const picker = page.getByTestId('metric-picker')
  await expect(picker).toBeVisible()
  await picker.getByRole('searchbox').fill('原煤产量')
  await picker.getByRole('button', { name: /^原煤产量/ }).click()
  await expect(editor).toContainText('全年原煤产量3598万吨')
  await expect(editor).toBeFocused()

  await page.keyboard.insertText('，新建数据中心12个。')
  await editor.getByText('新建数据中心12个').click()
  await page.keyboard.press('End')
  const paragraph = editor.locator('p').last()
  await paragraph.evaluate((element) => {
    const text = element.lastChild!
    const offset = text.textContent!.indexOf('12个')
    const range = document.createRange()
    range.setStart(text, offset)
    range.setEnd(text, offset + 3)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  })
  await page.getByRole('button', { name: '转为指标' }).click()
  await expect(editor.locator('.metric', { hasText: '12个' })).toHaveCount(1)
  await expect(
    page.getByTestId('metric-row').locator('.metric-label', { hasText: '新建数据中心' }),
  ).toHaveCount(1)

  await editor.locator('.metric', { hasText: '12个' }).click()
  await page.getByRole('button', { name: '转为文字' }).click()
  await expect(editor.locator('.metric', { hasText: '12个' })).toHaveCount(0)
  await expect(editor).toContainText('新建数据中心12个。')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
})
