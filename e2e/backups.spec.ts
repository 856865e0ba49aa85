import { closeSync, existsSync, openSync, readdirSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openSeededReport, test, nextSave } from './app-server'

const subsection = '科技创新点燃发展引擎'

async function typeIntoSubsection(page: Page, text: string): Promise<void> {
  await page.getByTestId('outline-item').filter({ hasText: subsection }).click()
  const editor = page.getByTestId('editor')
  await expect(editor).toContainText(subsection)
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  const saved = nextSave(page)
  await page.keyboard.insertText(text)
  await saved
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', {
    timeout: 5000,
  })
}

/** The backup the server makes at start runs in the background: wait until it is on disk. */
async function waitForStartupBackup(folder: string): Promise<void> {
  const backups = join(folder, 'backups')
  await expect
    .poll(() =>
      existsSync(backups)
        ? readdirSync(backups).filter((name) => name.endsWith('.sqlite')).length
        : 0,
    )
    .toBe(1)
}

async function backUpNow(page: Page): Promise<void> {
  await page.getByTestId('open-backups').click()
  const dialog = page.getByTestId('backups-dialog')
  // Count only once the list has loaded: a count taken while it loads would be 0.
  await expect(dialog.getByTestId('backup-list')).toHaveAttribute('aria-busy', 'false')
  const before = await dialog.getByTestId('backup').count()
  await dialog.getByTestId('create-backup').click()
  await expect(dialog.getByRole('status')).toContainText('已备份：workspace-')
  await expect(dialog.getByTestId('backup')).toHaveCount(before + 1)
  await dialog.getByRole('button', { name: '关闭' }).click()
}

async function expectSubsectionText(page: Page, present: string, absent?: string): Promise<void> {
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /上党区高质量发展答卷/ })
    .click()
  await page.getByTestId('outline-item').filter({ hasText: subsection }).click()
  await expect(page.getByTestId('editor')).toContainText(present)
  if (absent) {
    await expect(page.getByTestId('editor')).not.toContainText(absent)
  }
}

test('a damaged workspace is moved aside at start-up and the latest backup is restored from the banner', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await waitForStartupBackup(app.folder)
  await typeIntoSubsection(page, '损坏之前写下的一句。')
  await backUpNow(page)
  await app.stop()

  const fd = openSync(app.dbFile, 'r+')
  writeSync(fd, Buffer.from('this is not a SQLite file'), 0, 25, 0)
  closeSync(fd)

  await app.start()
  await page.goto(app.url)
  const banner = page.getByTestId('recovery-banner')
  await expect(banner).toContainText('工作区文件已损坏')
  await expect(banner).toContainText('workspace.sqlite.corrupt-')
  await expect(banner).toContainText('最近的备份')
  await expect(page.getByTestId('report-card')).toHaveCount(0)
  const movedAside = readdirSync(app.folder).filter((name) =>
    /^workspace\.sqlite\.corrupt-\d{8}-\d{6}$/.test(name),
  )
  expect(movedAside).toHaveLength(1)
  await page.screenshot({ path: testInfo.outputPath('recovery-banner.png'), fullPage: true })

  await banner.getByRole('button', { name: '恢复最近的备份' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已从' })).toContainText('的备份恢复')
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0)
  await expectSubsectionText(page, '损坏之前写下的一句。')
  expect(existsSync(join(app.folder, movedAside[0]))).toBe(true)
  await page.screenshot({ path: testInfo.outputPath('after-restore.png'), fullPage: true })
})

test('restoring an older backup from the dialog brings its text back and keeps the replaced workspace aside', async ({
  page,
  app,
}, testInfo) => {
  await openSeededReport(page, app.url)
  await waitForStartupBackup(app.folder)
  await typeIntoSubsection(page, '第一稿：备份里有这句。')
  await backUpNow(page)
  await typeIntoSubsection(page, '第二稿：备份之后才写。')

  await page.getByTestId('open-backups').click()
  const dialog = page.getByTestId('backups-dialog')
  await expect(dialog).toContainText(join(app.folder, 'backups'))
  await expect(dialog.getByTestId('backup')).toHaveCount(2)
  await page.screenshot({ path: testInfo.outputPath('backups-dialog.png'), fullPage: true })
  await dialog.getByTestId('backup').first().getByRole('button', { name: '恢复' }).click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('当前的工作区文件会先移到一旁保存')
  await confirm.getByRole('button', { name: '恢复' }).click()

  await expect(page.getByRole('status').filter({ hasText: '已从' })).toContainText(
    'workspace.sqlite.before-restore-',
  )
  await expectSubsectionText(page, '第一稿：备份里有这句。', '第二稿：备份之后才写。')
  expect(
    readdirSync(app.folder).some((name) =>
      /^workspace\.sqlite\.before-restore-\d{8}-\d{6}$/.test(name),
    ),
  ).toBe(true)
})
