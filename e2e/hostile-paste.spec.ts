import fc from 'fast-check'
import type { Page } from '@playwright/test'
import { documentSchemaInput } from '../src-main/contract/document-json-schema'
import type { DocumentNode } from '../src-main/shared/document/document-json'
import { markNames, nodeNames } from '../src-main/shared/document/node-names'
import { hostileHtml } from '../src-main/security/hostile-html'
import { hostileHtmlFragments } from '../src-main/security/hostile-html-fragments'
import type { AppServer } from './app-server'
import { expect, openSeededReport, test } from './app-server'

const subsection = '科技创新点燃发展引擎'
const scriptUrl = /^(javascript|vbscript|data|file):/i

interface SectionValue {
  id: number
  title: string
  version: number
  doc: DocumentNode
}

interface Reply<T> {
  ok: boolean
  value: T
}

function callApi<T>(app: AppServer, channel: string, input: unknown): Promise<Reply<T>> {
  return app.call<T>(channel, input)
}

async function sectionIdOf(app: AppServer, title: string): Promise<number> {
  const reports = await callApi<{ id: number }[]>(app, 'reports.list', {})
  const id = reports.value[0]!.id
  const opened = await callApi<{ sections: SectionValue[] }>(app, 'reports.open', { id })
  return opened.value.sections.find((section) => section.title.includes(title))!.id
}

/**
 * Everything a page should never do while text is pasted: run script, alert, throw, load from
 * elsewhere, or have CSP stop anything but the compiling of an inline handler. Chromium reports
 * that one for every on* attribute parsed in any document of the page, including the inert one
 * ProseMirror parses clipboard HTML in; the runs with CSP switched off show none of them ran.
 */
function watchPage(page: Page): string[] {
  const incidents: string[] = []
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    const text = message.text()
    const compiling = text.startsWith('Executing inline event handler')
    if (/Content Security Policy|Refused to/i.test(text) && !compiling) {
      incidents.push(`CSP: ${text}`)
    }
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') {
      incidents.push(`request: ${request.url()}`)
    }
  })
  return incidents
}

/** Whether an inline handler put into the live page runs: the control that sentinels can fire. */
function inlineHandlersRun(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const image = document.createElement('img')
        image.setAttribute('onerror', 'window.__controlRan = true')
        const ran = () => resolve('__controlRan' in window)
        image.addEventListener('error', () => setTimeout(ran, 50))
        image.src = 'data:image/png;base64,broken'
        document.body.append(image)
      }),
  )
}

async function openSubsection(page: Page) {
  await page.getByTestId('outline-item').filter({ hasText: subsection }).click()
  await expect(page.getByTestId('editor')).toContainText(subsection)
  await page
    .getByTestId('editor')
    .locator('p')
    .last()
    .click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+End')
}

/**
 * Pastes raw clipboard HTML the way a native app puts it on the clipboard (a paste event carrying
 * text/html, no browser sanitizing on the way), then lists what in the editor's DOM is hostile.
 */
function pasteAndInspect(page: Page, html: string): Promise<string[]> {
  return page.getByTestId('editor').evaluate((editor, pasted) => {
    const data = new DataTransfer()
    data.setData('text/html', pasted)
    data.setData('text/plain', '粘贴')
    const init = { clipboardData: data, bubbles: true, cancelable: true }
    editor.dispatchEvent(new ClipboardEvent('paste', init))
    const problems: string[] = []
    const forbidden = [
      'script, style, iframe, object, embed, svg, math, form, button, base, meta, link, template',
      'video, audio, source, details, input:not(.caption-input):not(.credit-input)',
    ].join(', ')
    for (const element of editor.querySelectorAll(forbidden)) {
      problems.push(`<${element.localName}>`)
    }
    // The table view's widths and Tiptap's node view wrappers: the only styles the editor writes.
    const ownStyle = /^((min-)?width: \d+px;|white-space: (normal|inherit);)( min-width: \d+px;)?$/
    for (const element of editor.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const value = attribute.value.trim()
        if (attribute.name.startsWith('on')) {
          problems.push(`${attribute.name} on <${element.localName}>`)
        }
        const isUrl = ['href', 'src', 'action', 'formaction', 'cite'].includes(attribute.name)
        if (isUrl && /^(javascript|vbscript|data|file):/i.test(value)) {
          problems.push(`${attribute.name}="${value}" on <${element.localName}>`)
        }
        if (attribute.name === 'style' && !ownStyle.test(value)) {
          problems.push(`style="${value}" on <${element.localName}>`)
        }
      }
    }
    if ((window as { __pwned?: unknown }).__pwned !== undefined) {
      problems.push(`window.__pwned = ${String((window as { __pwned?: unknown }).__pwned)}`)
    }
    return problems
  }, html)
}

/** What in a stored section document is outside the schema or points at a script. */
function storedProblems(doc: DocumentNode): string[] {
  const problems: string[] = []
  const visit = (node: DocumentNode) => {
    if (!(nodeNames as readonly string[]).includes(node.type)) {
      problems.push(`node ${node.type}`)
    }
    for (const name of Object.keys(node.attrs ?? {}).filter((key) => key.startsWith('on'))) {
      problems.push(`attribute ${name} on ${node.type}`)
    }
    for (const mark of node.marks ?? []) {
      if (!(markNames as readonly string[]).includes(mark.type)) {
        problems.push(`mark ${mark.type}`)
      }
      const rawHref = mark.attrs?.href ?? ''
      if (typeof rawHref !== 'string') {
        problems.push(`link whose href is no text: ${JSON.stringify(rawHref)}`)
      }
      const href = (typeof rawHref === 'string' ? rawHref : '').replace(/[\u0000-\u0020]/g, '')
      if (scriptUrl.test(href)) {
        problems.push(`link ${href}`)
      }
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  if (!documentSchemaInput.safeParse(doc).success) {
    problems.push('refused by the sections.save contract')
  }
  return problems
}

/** The stored section passes the save contract and schema again: saving it as is succeeds. */
async function expectStoredSectionClean(app: AppServer, sectionId: number, mustContain: string[]) {
  const stored = await callApi<SectionValue>(app, 'sections.get', { sectionId })
  expect(stored.ok).toBe(true)
  const text = JSON.stringify(stored.value.doc)
  for (const landed of mustContain) {
    expect(text).toContain(landed)
  }
  expect(storedProblems(stored.value.doc)).toEqual([])
  const saved = await callApi<SectionValue>(app, 'sections.save', {
    sectionId,
    baseVersion: stored.value.version,
    doc: stored.value.doc,
  })
  const version = stored.value.version + 1
  expect(saved).toMatchObject({ ok: true, value: { version, doc: stored.value.doc } })
}

for (const bypassCSP of [true, false]) {
  const mode = bypassCSP ? 'with the app’s CSP off (sanitizing alone)' : 'with the app’s CSP'
  test.describe(mode, () => {
    test.use({ bypassCSP })

    test('a hostile paste runs nothing, leaves no script, handler or style, saves clean', async ({
      page,
      app,
    }, testInfo) => {
      const incidents = watchPage(page)
      await openSeededReport(page, app.url)
      const sectionId = await sectionIdOf(app, subsection)
      await openSubsection(page)

      const started = Date.now()
      expect(await pasteAndInspect(page, hostileHtmlFragments.join(''))).toEqual([])
      expect(Date.now() - started).toBeLessThan(5000)
      const editor = page.getByTestId('editor')
      for (const landed of [
        '脚本之后的文字',
        '正常链接',
        '整页遮罩段落',
        '巨大单元格',
        '引领句。',
      ]) {
        await expect(editor).toContainText(landed)
      }
      await expect(editor.locator('a[href="https://example.com/ok"]')).toHaveCount(1)
      const saveState = page.getByTestId('save-state')
      await expect(saveState).toHaveAttribute('data-state', 'saved', { timeout: 5000 })
      const screenshot = testInfo.outputPath(`after-hostile-paste-${bypassCSP ? 'no-' : ''}csp.png`)
      await page.screenshot({ path: screenshot, fullPage: true })

      await expectStoredSectionClean(app, sectionId, ['脚本之后的文字', '正常链接', '巨大单元格'])

      await page.reload()
      await openSubsection(page)
      await expect(editor).toContainText('脚本之后的文字')
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(incidents).toEqual([])
      expect(await inlineHandlersRun(page)).toBe(bypassCSP)
    })
  })
}

test.describe('with the app’s CSP off (sanitizing alone)', () => {
  test.use({ bypassCSP: true })

  test('fifty random hostile pastes in a row stay inert and save clean', async ({ page, app }) => {
    const incidents = watchPage(page)
    await openSeededReport(page, app.url)
    const sectionId = await sectionIdOf(app, subsection)
    await openSubsection(page)

    const pastes = fc.sample(hostileHtml(), { seed: 20250301, numRuns: 50 })
    for (const [index, html] of pastes.entries()) {
      expect([index, html, await pasteAndInspect(page, html)]).toEqual([index, html, []])
    }
    await page.keyboard.insertText('随机粘贴结束')
    const saveState = page.getByTestId('save-state')
    await expect(saveState).toHaveAttribute('data-state', 'saved', { timeout: 5000 })
    await expectStoredSectionClean(app, sectionId, ['随机粘贴结束'])
    expect(incidents).toEqual([])
  })
})
