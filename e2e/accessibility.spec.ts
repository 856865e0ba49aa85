import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openSeededReport, rollSampleForward, test } from './app-server'

/** The serious and critical WCAG 2 A/AA violations axe finds on the page (or in one part of it). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) {
    builder = builder.include(include)
  }
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    )
}

// axe reads the whole page several times: these tests take longer than the others.
test.describe.configure({ timeout: 180_000 })

async function expectAccessible(page: Page, what: string, include?: string) {
  expect(await seriousViolations(page, include), what).toEqual([])
}

test('the library and its dialogs have no serious accessibility violations', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.getByTestId('report-card')).toHaveCount(1)
  await expectAccessible(page, 'library')
  for (const [open, testId] of [
    [() => page.getByRole('button', { name: '新建报告' }).first().click(), 'new-report-dialog'],
    [() => page.getByRole('button', { name: '导入报告' }).click(), 'import-dialog'],
    [() => page.getByTestId('open-settings').click(), 'settings-dialog'],
    [() => page.getByTestId('open-backups').click(), 'backups-dialog'],
  ] as const) {
    await open()
    const dialog = page.getByTestId(testId)
    await expect(dialog).toBeVisible()
    await expectAccessible(page, testId, `[data-testid="${testId}"]`)
    // Focus stays in the dialog: Tab from its last control comes back to its first.
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
  }
})

test('the report view, its panels and dialogs have no serious accessibility violations', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await rollSampleForward(page)
  await expectAccessible(page, 'report view')
  // Switching tabs changes only the side pane: axe reads that, not the whole report again.
  for (const tab of ['检查', '年份建议', '历史', '批注']) {
    await page.getByRole('tab', { name: tab }).click()
    await expectAccessible(page, `report view, ${tab}`, '.right-pane')
  }
  await page.getByTestId('view-full').click()
  await expect(page.getByTestId('full-text')).toBeVisible()
  await expectAccessible(page, 'full-text view')
  await page.getByTestId('view-single').click()

  const dialogs: [string, () => Promise<void>][] = [
    ['export-dialog', () => page.getByRole('button', { name: '导出…' }).click()],
    ['save-template', () => page.getByRole('button', { name: '存为模板…' }).click()],
    ['section-trash', () => page.getByTestId('outline-trash').click()],
    [
      'compare-dialog',
      async () => {
        await page
          .getByTestId('outline-row')
          .filter({ hasText: '传统产业焕发绿色生机' })
          .getByTestId('outline-item')
          .click()
        await page.getByRole('button', { name: '对比上年' }).click()
      },
    ],
    [
      'import-review',
      async () => {
        await page.getByRole('tab', { name: '指标' }).click()
        await page.getByTestId('review-open').click()
      },
    ],
    ['metric-picker', () => page.getByRole('button', { name: '插入指标' }).click()],
  ]
  for (const [testId, open] of dialogs) {
    await open()
    await expect(page.getByTestId(testId)).toBeVisible()
    await expectAccessible(page, testId, `[data-testid="${testId}"]`)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId(testId)).toHaveCount(0)
  }
})

test('a modal dialog keeps the focus inside and gives it back when it closes', async ({
  page,
  app,
}) => {
  await openSeededReport(page, app.url)
  const opener = page.getByRole('button', { name: '存为模板…' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('save-template')
  await expect(dialog.locator('input')).toBeFocused()
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(opener).toBeFocused()
})
