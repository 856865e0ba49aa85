import type { Browser, Page } from '@playwright/test'
import WebSocket from 'ws'
import { expect, test } from '@playwright/test'
import { connectCollabClient } from '../src-main/bench/team/collab-client'
import { execFileSync } from 'node:child_process'
import { TeamDeployment, freePort, signIn, teamPassword } from './team-server'

const subsection = '科技创新点燃发展引擎'
const otherSubsection = '传统产业焕发绿色生机'

function hasRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'])
    return true
  } catch {
    console.log('team-mode: redis-server not found, the two-instance test is skipped')
    return false
  }
}

let team: TeamDeployment
test.beforeEach(() => {
  team = TeamDeployment.withAccounts([
    ['张三', 'writer'],
    ['李四', 'writer'],
    ['赵编辑', 'editor'],
    ['王审核', 'reviewer'],
    ['钱总编', 'reviewer'],
  ])
})
test.afterEach(async () => {
  await team.dispose()
})

/** A signed-in page of its own browser context (its own cookies): one person at one PC. */
async function personAt(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, url, name)
  return page
}

async function openSection(page: Page, title = subsection): Promise<void> {
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /上党区高质量发展答卷/ })
    .click()
  await page.getByTestId('outline-item').filter({ hasText: title }).click()
  await expect(page.getByTestId('editor')).toContainText(title)
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', /true|false/)
}

async function typeAtStart(page: Page, text: string): Promise<void> {
  await page
    .getByTestId('editor')
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Home')
  await page.keyboard.insertText(text)
}

/** The session cookie of a signed-in account, for direct HTTP and WebSocket calls. */
async function cookieOf(url: string, name: string): Promise<string> {
  const response = await fetch(new URL('/auth/login', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: teamPassword }),
  })
  expect(response.status).toBe(200)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

test('two writers type in one section and see each other’s text and named carets', async ({
  browser,
}, testInfo) => {
  const server = await team.start()
  const zhang = await personAt(browser, server.url, '张三')
  const li = await personAt(browser, server.url, '李四')
  await openSection(zhang)
  await openSection(li)
  await expect(zhang.getByTestId('editor')).toHaveAttribute('contenteditable', 'true')

  await typeAtStart(zhang, '（张三补记）')
  await expect(li.getByTestId('editor')).toContainText('（张三补记）')
  await typeAtStart(li, '【李四核实】')
  await expect(zhang.getByTestId('editor')).toContainText('【李四核实】')
  // Each sees the other's caret, labelled with the account's name.
  await expect(li.locator('.collaboration-carets__label', { hasText: '张三' })).toBeVisible()
  await expect(zhang.locator('.collaboration-carets__label', { hasText: '李四' })).toBeVisible()
  // The outline marks the section the other person is in.
  await expect(zhang.getByRole('img', { name: '李四 正在编辑' })).toBeVisible()
  await li.screenshot({ path: testInfo.outputPath('two-writers.png'), fullPage: true })
  // 撤销 takes back one's own typing only: Zhang's insertion goes, Li's stays, for both of them.
  await zhang.getByRole('button', { name: '撤销' }).click()
  await expect(li.getByTestId('editor')).not.toContainText('（张三补记）')
  await expect(li.getByTestId('editor')).toContainText('【李四核实】')
  await expect(zhang.getByRole('button', { name: '重做' })).toBeEnabled()
})

test('a reviewer reads but cannot change text, over the page, the API or the socket', async ({
  browser,
}) => {
  const server = await team.start()
  const reviewer = await personAt(browser, server.url, '王审核')
  const writer = await personAt(browser, server.url, '张三')
  await openSection(reviewer)
  await openSection(writer)
  await expect(reviewer.getByTestId('editor')).toHaveAttribute('contenteditable', 'false')
  await expect(reviewer.getByTestId('live-readonly')).toBeVisible()
  // The toolbar's text commands are off for the reviewer, on for the writer.
  await expect(reviewer.getByRole('button', { name: '插入指标' })).toBeDisabled()
  await expect(reviewer.getByRole('button', { name: /加粗/ })).toBeDisabled()
  await expect(writer.getByRole('button', { name: /加粗/ })).toBeEnabled()
  // Metric values are the editor's desk: the reviewer and the writer read them, no field offered.
  for (const page of [reviewer, writer]) {
    await expect(page.getByTestId('metric-value-readonly').first()).toBeVisible()
    await expect(page.getByTestId('metric-value')).toHaveCount(0)
    await expect(page.getByTestId('series-manage')).toHaveCount(0)
  }

  // Straight at the socket with the reviewer's session: the update is refused, nobody gets it.
  const cookie = await cookieOf(server.url, '王审核')
  const sections = await (
    await fetch(new URL('/api/reports.list', server.url), {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    })
  ).json()
  expect(sections.ok).toBe(true)
  const sectionId = await writer
    .getByTestId('editor')
    .evaluate((element) =>
      Number(element.closest('[data-section-id]')?.getAttribute('data-section-id')),
    )
  const client = await connectCollabClient({
    url: server.url.replace(/^http/, 'ws').replace(/\/?$/, '/collab'),
    name: `section:${sectionId}`,
    cookie,
    origin: new URL(server.url).origin,
  })
  client.type('审核偷改')
  await writer.waitForTimeout(1500)
  await expect(writer.getByTestId('editor')).not.toContainText('审核偷改')
  client.close()

  // And over HTTP: the role table refuses a save.
  const save = await fetch(new URL('/api/sections.save', server.url), {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sectionId, baseVersion: 1, doc: { type: 'doc', content: [] } }),
  })
  expect(save.status).toBe(403)
})

test('without a session the HTTP API and the document socket give nothing', async () => {
  const server = await team.start()
  const api = await fetch(new URL('/api/reports.list', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  })
  expect(api.status).toBe(401)
  const body = await api.json()
  expect(body.code).toBe('team_login_required')
  expect(JSON.stringify(body)).not.toContain('上党区')

  const refused = await new Promise<string>((resolve) => {
    const socket = new WebSocket(server.url.replace(/^http/, 'ws').replace(/\/?$/, '/collab'))
    socket.on('unexpected-response', (_request, response) => resolve(`http ${response.statusCode}`))
    socket.on('open', () => resolve('open'))
    socket.on('error', (error) => resolve(`error ${error.message}`))
  })
  expect(refused).toBe('http 401')

  const forged = await new Promise<string>((resolve) => {
    const socket = new WebSocket(server.url.replace(/^http/, 'ws').replace(/\/?$/, '/collab'), {
      headers: { Cookie: 'dajuan_team=forged-token' },
    })
    socket.on('unexpected-response', (_request, response) => resolve(`http ${response.statusCode}`))
    socket.on('open', () => resolve('open'))
    socket.on('error', (error) => resolve(`error ${error.message}`))
  })
  expect(forged).toBe('http 401')
})

test('the team server killed mid-typing loses nothing it acknowledged; the rest merges on reconnect', async ({
  browser,
}) => {
  const port = await freePort()
  let server = await team.start(port)
  const zhang = await personAt(browser, server.url, '张三')
  await openSection(zhang)
  await typeAtStart(zhang, '甲乙丙')
  // Acknowledged: the page says every change reached the server.
  await expect(zhang.getByTestId('save-state')).toHaveAttribute('data-state', 'synced')
  await zhang.keyboard.insertText('丁戊己')
  server.child.kill('SIGKILL')
  await new Promise((resolve) => server.child.once('exit', resolve))
  await expect(zhang.getByTestId('save-state')).toHaveAttribute('data-state', 'offline')
  // Typed while the server is down: kept in the page, also when the writer moves to another section.
  await zhang.keyboard.insertText('庚辛')
  await zhang.getByTestId('outline-item').filter({ hasText: otherSubsection }).click()
  // That section has not come from the server yet: named, but empty until the server is back.
  await expect(zhang.getByTestId('editor')).toHaveAttribute(
    'aria-label',
    new RegExp(otherSubsection),
  )
  // Closing the page now would lose those edits: the page asks first.
  const asked = new Promise<string>((resolve) =>
    zhang.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.dismiss()
    }),
  )
  await zhang.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
  expect(zhang.isClosed()).toBe(false)

  server = await team.start(port)
  const li = await personAt(browser, server.url, '李四')
  await openSection(li)
  await expect(li.getByTestId('editor')).toContainText('甲乙丙')
  // Zhang's page reconnects by itself and merges what the server never acknowledged.
  await expect(li.getByTestId('editor')).toContainText('甲乙丙丁戊己庚辛', { timeout: 20_000 })
  await expect(zhang.getByTestId('editor')).toContainText(otherSubsection)
  await expect(zhang.getByTestId('save-state')).toHaveAttribute('data-state', 'synced')
  // Everything has arrived: the page closes without asking.
  await zhang.close({ runBeforeUnload: true })
  await expect.poll(() => zhang.isClosed()).toBe(true)
})

test('two team servers sharing Redis: a writer on each converges', async ({ browser }) => {
  test.skip(!hasRedis(), 'redis-server is not installed (.ci/run installs it)')
  const redis = await team.startRedis()
  const first = await team.start(undefined, ['--redis', redis])
  const second = await team.start(undefined, ['--redis', redis])
  const zhang = await personAt(browser, first.url, '张三')
  const li = await personAt(browser, second.url, '李四')
  await openSection(zhang)
  await openSection(li)
  await typeAtStart(zhang, '（一号实例）')
  await expect(li.getByTestId('editor')).toContainText('（一号实例）')
  await typeAtStart(li, '（二号实例）')
  await expect(zhang.getByTestId('editor')).toContainText('（二号实例）')
  // The text without the other person's caret (its name label sits inside the editor).
  const text = async (page: Page) =>
    page.getByTestId('editor').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return copy.textContent
    })
  await expect.poll(async () => (await text(zhang)) === (await text(li))).toBe(true)
})

test('a reviewer comments on a range, the writer replies and resolves it', async ({ browser }) => {
  const server = await team.start()
  const reviewer = await personAt(browser, server.url, '王审核')
  const writer = await personAt(browser, server.url, '张三')
  await openSection(reviewer)
  await openSection(writer)

  // Select the section's first few characters and comment on them.
  // A reviewer cannot type, but selects text with the mouse (a triple click takes the paragraph).
  const paragraph = reviewer.getByTestId('editor').locator('p').first()
  await paragraph.click({ clickCount: 3, position: { x: 2, y: 2 } })
  await reviewer.keyboard.press('Control+Alt+m')
  await reviewer.getByLabel('批注内容').fill('请核实这组数据的来源。')
  await reviewer.getByRole('dialog').getByRole('button', { name: '添加', exact: true }).click()

  await writer.getByRole('tab', { name: /批注/ }).click()
  const thread = writer.getByTestId('comment-thread').filter({ hasText: '请核实这组数据的来源。' })
  await expect(thread).toBeVisible({ timeout: 15_000 })
  await expect(thread).toContainText('王审核')
  // The range stays anchored while the writer types before it.
  await typeAtStart(writer, '前置文字')
  await thread.getByRole('textbox').fill('已与统计局核对。')
  await thread.getByRole('button', { name: '回复' }).click()
  await expect(thread).toContainText('已与统计局核对。')
  await thread.getByRole('button', { name: '解决' }).click()
  await expect(writer.getByText(/已解决（1）/)).toBeVisible()

  await reviewer.getByRole('tab', { name: /批注/ }).click()
  await expect(reviewer.getByText(/已解决（1）/)).toBeVisible({ timeout: 15_000 })
})

test('三审: 初审, 复审 and 终审 by three accounts lock the text; reopening is recorded', async ({
  browser,
}) => {
  const server = await team.start()
  const editor = await personAt(browser, server.url, '赵编辑')
  const reviewer = await personAt(browser, server.url, '王审核')
  const chief = await personAt(browser, server.url, '钱总编')
  const writer = await personAt(browser, server.url, '张三')
  await openSection(writer)

  const sign = async (page: Page, stage: string) => {
    await openSection(page)
    await page.getByRole('tab', { name: /审签/ }).click()
    await page.getByRole('button', { name: stage }).click()
  }
  await sign(editor, '签发初审')
  await expect(editor.getByTestId('review-panel')).toContainText('赵编辑')
  // The same person cannot sign a second stage.
  await editor.getByRole('button', { name: '签发复审' }).click()
  await expect(editor.getByRole('alert')).toBeVisible()
  await sign(reviewer, '签发复审')
  await sign(chief, '签发终审')
  await expect(chief.getByTestId('review-locked')).toContainText('已锁定')

  // The writer's open editor turns read-only once the report is locked.
  await expect(writer.getByTestId('editor')).toHaveAttribute('contenteditable', 'false', {
    timeout: 15_000,
  })
  await expect(writer.getByRole('button', { name: /加粗/ })).toBeDisabled()

  // The export dialog shows the record.
  await editor.getByRole('button', { name: /导出/ }).first().click()
  await expect(editor.getByTestId('export-review-record')).toContainText('钱总编')
  await editor.keyboard.press('Escape')

  // Reopening asks why, records it and makes the text editable again.
  await chief.getByRole('button', { name: '重新打开' }).click()
  await chief.getByLabel('重新打开的原因').fill('区统计局更新了全年数据。')
  await chief.getByRole('button', { name: '确认重新打开' }).click()
  await expect(chief.getByTestId('review-panel')).toContainText('区统计局更新了全年数据。')
  await expect(writer.getByTestId('editor')).toHaveAttribute('contenteditable', 'true', {
    timeout: 15_000,
  })
  // The editor fills metric values; the field is offered to that account.
  await editor.getByRole('tab', { name: '指标' }).click()
  await expect(editor.getByTestId('metric-value').first()).toBeVisible()
  await expect(editor.getByTestId('series-manage').first()).toBeVisible()
})
