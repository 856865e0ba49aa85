import { join } from 'node:path'
import { hostileRequests } from '../src-main/security/hostile-requests'
import { sendRawRequest } from '../src-main/security/send-raw-request'
import { startAppServer } from '../src-main/server/app-server-process'
import { expect, openSeededReport, test, nextSave } from './app-server'

test('after the malformed-request corpus the app still loads and saves', async ({ page, app }) => {
  const { origin, token } = app.apiBase
  const port = Number(new URL(origin).port)
  for (const hostile of hostileRequests(port, token)) {
    const reply = await sendRawRequest(port, hostile.bytes)
    const closed = reply.status === undefined || reply.status === 400
    expect({
      name: hostile.name,
      outcome: hostile.expected === 'closed' && closed ? 'closed' : reply.status,
    }).toEqual({
      name: hostile.name,
      outcome: hostile.expected,
    })
  }
  // The same malformed address the way any web page could send it: as a picture.
  await page.goto('about:blank')
  await page.setContent(`<img src="${origin}/%ff"><img src="${origin}//[">`)

  await openSeededReport(page, app.url)
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  const editor = page.getByTestId('editor')
  await editor
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
  const saved = nextSave(page)
  await page.keyboard.insertText('请求语料之后照常保存。')
  await saved
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', {
    timeout: 5000,
  })
  await page.reload()
  await page.getByTestId('outline-item').filter({ hasText: '科技创新点燃发展引擎' }).click()
  await expect(page.getByTestId('editor')).toContainText('请求语料之后照常保存。')
})

test('a second browser-mode server on the same workspace is refused and says where the first is', async ({
  app,
}) => {
  const second = startAppServer(join(__dirname, '..', 'out', 'main'), app.dbFile)
  await expect(second).rejects.toThrow(/已经由另一个答卷打开/)
  await expect(second).rejects.toThrow(app.url)
})
