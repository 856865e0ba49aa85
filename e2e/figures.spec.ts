import type { Page } from '@playwright/test'
import { expect, openSeededReport, rollSampleForward, test } from './app-server'

function row(page: Page, label: string) {
  return page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: new RegExp(`^${label}$`) }) })
}

async function openSection(page: Page, title: string) {
  await page.getByTestId('outline-item').filter({ hasText: title }).click()
}

test('typing on a selected figure edits its value in place; the figure stays bound', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await openSection(page, '传统产业焕发绿色生机')
  const editor = page.getByTestId('editor')
  const coal = editor.locator('.metric', { hasText: '3598万吨' })
  await coal.click()
  await page.keyboard.press('2')
  const input = page.getByTestId('figure-editor-input')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('2')
  await page.keyboard.type('300万吨')
  await page.screenshot({ path: testInfo.outputPath('figure-editor.png') })
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('figure-editor')).toHaveCount(0)
  await expect(editor.locator('.metric', { hasText: '2300万吨' })).toHaveCount(1)
  await expect(editor).toContainText('2300万吨原煤产量')
  await expect(editor).not.toContainText('3598')
  await expect(row(page, '原煤产量').getByTestId('metric-value')).toHaveText('2300万吨')

  // A bad value is refused where it was typed, and nothing changes.
  await editor.locator('.metric', { hasText: '2300万吨' }).click()
  await page.keyboard.press('9')
  await page.getByTestId('figure-editor-input').fill('九千万元')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('figure-editor').getByRole('alert')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('figure-editor')).toHaveCount(0)
  await expect(editor).toContainText('2300万吨原煤产量')

  await page.reload()
  await openSection(page, '传统产业焕发绿色生机')
  await expect(page.getByTestId('editor').locator('.metric', { hasText: '2300万吨' })).toHaveCount(
    1,
  )
})

test('double-clicking a figure opens its value; nothing next to it is touched', async ({
  page,
  app,
}) => {
  await openSeededReport(page, app.url)
  await openSection(page, '传统产业焕发绿色生机')
  const editor = page.getByTestId('editor')
  const before = await editor.locator('p').first().innerText()
  await editor.locator('.metric', { hasText: '3598万吨' }).dblclick()
  const input = page.getByTestId('figure-editor-input')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('3598万吨')
  await page.keyboard.type('3750万吨')
  await page.keyboard.press('Enter')
  await expect(editor.locator('.metric', { hasText: '3750万吨' })).toHaveCount(1)
  const after = await editor.locator('p').first().innerText()
  expect(after).toBe(before.replace('3598万吨', '3750万吨'))
  expect(after.match(/3750万吨/g)).toHaveLength(1)
})

test('转为文字 unbinds a figure, and next year the plain number is flagged', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await openSection(page, '传统产业焕发绿色生机')
  const editor = page.getByTestId('editor')
  await editor.locator('.metric', { hasText: '2154万吨' }).click()
  await page.getByRole('button', { name: '转为文字' }).click()
  await expect(editor.locator('.metric', { hasText: '2154万吨' })).toHaveCount(0)
  await expect(editor).toContainText('2154万吨洗精煤')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  await page.getByRole('button', { name: /返回/ }).click()
  await rollSampleForward(page)
  await page.getByRole('tab', { name: '检查' }).click()
  const stale = page
    .getByTestId('finding')
    .filter({ hasText: '“2154万吨”与上年同一节中的数字相同' })
  await expect(stale).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('stale-after-unbind.png') })
})
