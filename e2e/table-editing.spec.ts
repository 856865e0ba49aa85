import type { Page } from '@playwright/test'
import { expect, openSeededReport, test } from './app-server'

/** A 3×3 table typed into 科技创新点燃发展引擎: a header row, then 原煤 and 洗煤. */
async function typeTable(page: Page): Promise<void> {
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.getByRole('button', { name: '插入表格' }).click()
  for (const [index, text] of [
    '指标',
    '2025年',
    '2026年',
    '原煤',
    '3598',
    '3700',
    '洗煤',
    '2154',
    '2200',
  ].entries()) {
    if (index > 0) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.insertText(text)
  }
}

/** The table's rows as the text of their cells. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('editor')
    .locator('table tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    )
}

function cell(page: Page, text: string) {
  return page.getByTestId('editor').locator('td, th').filter({ hasText: text })
}

test('table toolbar and context menu: delete a row, insert one, merge and split cells, delete the table', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await typeTable(page)
  const toolbar = page.getByTestId('table-toolbar')
  await expect(toolbar).toBeVisible()
  await expect(toolbar.getByRole('button', { name: '合并单元格' })).toBeDisabled()

  // Delete the 原煤 row from the table toolbar.
  await cell(page, '原煤').click()
  await toolbar.getByRole('button', { name: '删除行' }).click()
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['指标', '2025年', '2026年'],
      ['洗煤', '2154', '2200'],
    ])
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.screenshot({ path: testInfo.outputPath('table-row-deleted.png') })

  await page.reload()
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['指标', '2025年', '2026年'],
      ['洗煤', '2154', '2200'],
    ])

  // Right click a cell: the menu acts there, chosen with the keyboard.
  await cell(page, '2154').click({ button: 'right' })
  const menu = page.getByTestId('table-menu')
  await expect(menu.getByRole('menuitem', { name: '上方插入行' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: '下方插入行' })).toBeFocused()
  await page.screenshot({ path: testInfo.outputPath('table-context-menu.png') })
  await page.keyboard.press('Enter')
  await expect(menu).toHaveCount(0)
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['指标', '2025年', '2026年'],
      ['洗煤', '2154', '2200'],
      ['', '', ''],
    ])

  // Shift+F10 opens the same menu at the caret; Escape closes it and the text keeps the focus.
  await cell(page, '2200').click()
  await page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await page.keyboard.insertText('吨')
  await expect(cell(page, '2200吨')).toHaveCount(1)

  // Alt+F10 moves the focus to the table toolbar; ← → walk it; Escape goes back to the text.
  await page.keyboard.press('Alt+F10')
  await expect(toolbar.getByRole('button', { name: '上方插入行' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: '下方插入行' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('editor')).toBeFocused()

  // Drag across two cells to select them, then merge from the menu and split again.
  const from = await cell(page, '2025年').boundingBox()
  const to = await cell(page, '2026年').boundingBox()
  await page.mouse.move(from!.x + 10, from!.y + from!.height / 2)
  await page.mouse.down()
  await page.mouse.move(to!.x + 20, to!.y + to!.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect(page.getByTestId('editor').locator('.selectedCell')).toHaveCount(2)
  await cell(page, '2026年').click({ button: 'right' })
  await menu.getByRole('menuitem', { name: '合并单元格' }).click()
  const merged = page.getByTestId('editor').locator('th[colspan="2"]')
  await expect(merged).toContainText('2025年')
  await expect(merged).toContainText('2026年')
  await page.screenshot({ path: testInfo.outputPath('table-merged.png') })
  await merged.click()
  await toolbar.getByRole('button', { name: '拆分单元格' }).click()
  await expect(page.getByTestId('editor').locator('th[colspan="2"]')).toHaveCount(0)
  await expect(page.getByTestId('editor').locator('tr').first().locator('th')).toHaveCount(3)

  // Delete the whole table from the menu; the section's text stays.
  await cell(page, '洗煤').click({ button: 'right' })
  await menu.getByRole('menuitem', { name: '删除表格' }).click()
  await expect(page.getByTestId('editor').locator('table')).toHaveCount(0)
  await expect(toolbar).toHaveCount(0)
  await expect(page.getByTestId('editor')).toContainText('科技创新点燃发展引擎')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
})

test('in the full-text view the shared toolbar carries the table tools of the section with the caret', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await typeTable(page)
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.getByTestId('view-full').click()
  const view = page.getByTestId('full-text')
  const table = view.locator('table')
  await expect(table.locator('td').filter({ hasText: '原煤' })).toBeVisible()
  await table.locator('td').filter({ hasText: '原煤' }).click()
  const toolbar = page.getByTestId('table-toolbar')
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: '删除行' }).click()
  await expect(table.locator('tr')).toHaveCount(2)
  await expect(table).not.toContainText('原煤')
  await page.screenshot({ path: testInfo.outputPath('full-text-table.png') })
  // The caret leaves the table: the table tools go.
  await view.locator('[data-kind="lead"] .ProseMirror').click()
  await expect(toolbar).toHaveCount(0)
})
