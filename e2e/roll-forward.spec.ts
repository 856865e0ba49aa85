import { expect, rollSampleForward, test } from './app-server'

test('roll the sample forward, fill a value, accept the year suggestions and compare with last year', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  const card = page.getByTestId('report-card').filter({ hasText: '2025年 上党区高质量发展答卷' })
  await card.getByRole('button', { name: '生成下一年' }).click()

  await expect(page.getByTestId('report-title')).toHaveText('2026年 上党区高质量发展答卷')
  await expect(page.getByTestId('suggestions-panel')).toBeVisible()
  const suggestions = page.getByTestId('suggestion')
  await expect(suggestions.first()).toBeVisible()
  const total = await suggestions.count()
  expect(total).toBeGreaterThan(5)
  await expect(suggestions.filter({ hasText: '2025年' }).first()).toContainText('2026年')

  await page.getByRole('tab', { name: '指标' }).click()
  const pending = page.getByTestId('pending-figures')
  await expect(pending).toHaveText('待填 48 处')
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  const editor = page.getByTestId('editor')
  await expect(editor).toContainText('【待填·原煤产量·上年3598万吨】')
  const coal = page
    .getByTestId('metric-row')
    .filter({ has: page.locator('.metric-label', { hasText: /^原煤产量$/ }) })
  await coal.getByTestId('metric-value').click()
  await coal.getByTestId('metric-value-input').fill('3700万吨')
  await coal.getByTestId('metric-value-input').press('Enter')
  await expect(editor).toContainText('3700万吨原煤产量')
  await expect(pending).toHaveText('待填 47 处')

  await page.getByRole('button', { name: '从统计表导入…' }).click()
  const sheet = page.getByRole('dialog', { name: '从统计表导入数值' })
  await sheet.getByLabel('统计表文件').setInputFiles({
    name: '2026年统计快报.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('指标名称,2026年,计量单位\n洗精煤,2200,万吨\n粮食产量,12.5,万吨\n', 'utf8'),
  })
  await expect(sheet.getByTestId('spreadsheet-row').filter({ hasText: '洗精煤' })).toBeVisible()
  await expect(
    sheet.getByTestId('spreadsheet-problem').filter({ hasText: '粮食产量' }),
  ).toBeVisible()
  await sheet.getByRole('button', { name: '导入 1 个数值' }).click()
  await expect(editor).toContainText('2200万吨洗精煤')
  await expect(pending).toHaveText('待填 46 处')

  await page.getByRole('tab', { name: '年份建议' }).click()
  await page.getByRole('button', { name: /^全部接受/ }).click()
  await expect(page.getByTestId('suggestions-pending')).toContainText('待处理 0 条')
  await expect(page.locator('[data-testid="suggestion"][data-status="accepted"]')).toHaveCount(
    total,
  )
  await expect(editor).toContainText('2026年，3700万吨原煤产量')
  await page.screenshot({ path: testInfo.outputPath('suggestions.png'), fullPage: true })

  await page.getByRole('button', { name: '对比上年' }).click()
  const compare = page.getByTestId('compare-dialog')
  await expect(compare.getByTestId('blackline').locator('del', { hasText: '3598' })).toBeVisible()
  await expect(compare.getByTestId('blackline').locator('ins', { hasText: '3700' })).toBeVisible()
  await expect(compare.getByTestId('compare-figures')).toContainText('原煤产量')
  await expect(
    compare.getByTestId('compare-figures').locator('tr', { hasText: '原煤产量' }),
  ).toContainText('+2.8%')
  await page.screenshot({ path: testInfo.outputPath('compare.png'), fullPage: true })
  await compare.getByRole('button', { name: '关闭' }).click()

  await page.reload()
  await page.getByTestId('outline-item').filter({ hasText: '传统产业焕发绿色生机' }).click()
  await expect(page.getByTestId('editor')).toContainText('2026年，3700万吨原煤产量')

  await page.getByRole('button', { name: /返回/ }).click()
  await page
    .getByTestId('report-card')
    .filter({ hasText: '2025年 上党区高质量发展答卷' })
    .getByRole('button', { name: '生成下一年' })
    .click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('2026年的报告已经存在')
  // Nothing is being made while the person decides, and nothing after they cancel.
  await expect(page.getByText('正在生成 2026 年报告')).toHaveCount(0)
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('report-card')).toHaveCount(2)
  await expect(page.getByText('正在生成 2026 年报告')).toHaveCount(0)
})

test('the checks panel finds a planted error as the user types, fixes it, and records a dismissal', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)
  await page.getByRole('tab', { name: '检查' }).click()
  const summary = page.getByTestId('checks-summary')
  await expect(summary).toContainText('48 个错误')
  const findings = page.getByTestId('finding')
  await expect(findings.filter({ hasText: '年份未顺延' }).first()).toBeVisible()

  await page.getByTestId('outline-item').filter({ hasText: '项目是发展的“生命线”' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.type('新增就业4千人,')
  const planted = findings.filter({ hasText: '“4千”应写作“4000”' })
  await expect(planted).toBeVisible()
  await planted.getByRole('button', { name: '改为“4000”' }).click()
  await expect(planted).toHaveCount(0)
  await expect(page.getByTestId('editor')).toContainText('新增就业4000人')

  const comma = findings
    .filter({ has: page.locator('.finding-message', { hasText: '，' }) })
    .filter({ hasText: '全角标点' })
    .first()
  await comma.getByRole('button', { name: '忽略…' }).click()
  await comma.getByRole('combobox', { name: '忽略理由' }).fill('原文如此')
  await comma.getByRole('button', { name: '确认忽略' }).click()
  await expect(page.getByRole('button', { name: '已忽略 1 条' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('checks.png'), fullPage: true })

  const yearFinding = findings.filter({ hasText: '年份未顺延' }).first()
  await yearFinding.getByRole('button', { name: '对比上年' }).click()
  await expect(page.getByTestId('compare-dialog').getByTestId('blackline')).toBeVisible()
})

test('the word list flags a wrong form as the user types and fixes it in one click', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await rollSampleForward(page)
  await page.getByRole('tab', { name: '检查' }).click()
  await page.getByTestId('outline-item').filter({ hasText: '项目是发展的“生命线”' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.type('区委统筹布署各项工作。')
  const finding = page.getByTestId('finding').filter({ hasText: '“布署”宜写作“部署”' })
  await expect(finding).toBeVisible()
  await expect(finding).toContainText('规范表述')
  await page.screenshot({ path: testInfo.outputPath('wording.png'), fullPage: true })
  await finding.getByRole('button', { name: '改为“部署”' }).click()
  await expect(finding).toHaveCount(0)
  await expect(editor).toContainText('区委统筹部署各项工作。')
})
