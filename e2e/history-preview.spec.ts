import { expect, openSeededReport, test } from './app-server'

test('history: preview a revision with its difference from the current text, then restore it', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('（第二稿：科创飞地）')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  await page.getByRole('tab', { name: '历史' }).click()
  const revisions = page.getByTestId('revision')
  await expect(revisions).toHaveCount(2)
  await expect(revisions.nth(0).getByRole('button', { name: /预览/ })).toHaveCount(0)
  await revisions.nth(1).getByRole('button', { name: /预览/ }).click()

  const preview = page.getByTestId('revision-preview')
  await expect(preview.getByRole('heading', { name: '第 1 版预览' })).toBeVisible()
  await expect(preview.getByTestId('revision-text')).toContainText('北上深杭科创中心引来40家企业')
  await expect(preview.getByTestId('revision-text')).not.toContainText('第二稿')
  const difference = preview.getByTestId('revision-difference')
  await expect(difference.locator('del')).toHaveText(['（第二稿：科创飞地）'])
  await expect(difference.locator('ins')).toHaveCount(0)
  await expect(preview).toContainText('与当前内容（第 2 版）相比')
  await page.screenshot({ path: testInfo.outputPath('history-preview.png') })

  // Restoring from the preview still asks first; cancelling goes back to the preview.
  await preview.getByRole('button', { name: '恢复此版本' }).click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('用第 1 版替换当前内容吗？当前内容会保留在历史中。')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(preview).toBeVisible()
  await expect(editor).toContainText('（第二稿：科创飞地）')

  await preview.getByRole('button', { name: '恢复此版本' }).click()
  await confirm.getByRole('button', { name: '确定' }).click()
  await expect(page.getByRole('status')).toContainText('已恢复第 1 版')
  await expect(preview).toHaveCount(0)
  await expect(editor).not.toContainText('第二稿')
  await expect(revisions).toHaveCount(3)
  await expect(revisions.nth(0)).toContainText('恢复')

  // The text that was current stays in the history: its preview shows it coming back.
  await revisions.nth(1).getByRole('button', { name: /预览/ }).click()
  await expect(preview.getByTestId('revision-text')).toContainText('（第二稿：科创飞地）')
  await expect(preview.getByTestId('revision-difference').locator('ins')).toHaveText([
    '（第二稿：科创飞地）',
  ])
  await page.screenshot({ path: testInfo.outputPath('history-after-restore.png') })
  await preview.getByRole('button', { name: '关闭' }).click()
  await expect(preview).toHaveCount(0)
})
