import type * as PlaywrightTest from '@playwright/test'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as Vite from 'vite'
import type { DocumentNode } from '../shared/document/document-json'
import { startAppServer } from '../server/app-server-process'
import {
  installKeystrokeProbe,
  installOpenProbe,
  placeCaretInLongestText,
  readOpenProbe,
  takeKeystrokeLatencies,
  waitForKeystrokes,
} from './browser-probes'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { serveFolder } from './serve-folder'

export interface BrowserBenchInput {
  projectRoot: string
  folder: string
  /** A workspace holding only the large report, for the app server. */
  dbFile: string
  keystrokes: number
  openRuns: number
  reportId: number
  /** The section the app's editor shows on opening the report, as a bare editor holds it. */
  openedSection: DocumentNode
  openedSectionId: number
  /**
   * The mid-report section typed into, as a bare editor holds it, where it sits in the outline,
   * and the start of its longest paragraph (to type into the same place on every page).
   */
  middleSection: {
    id: number
    bare: DocumentNode
    outlineIndex: number
    title: string
    snippet: string
  }
  /** The whole report as one bare document. */
  wholeReport: DocumentNode
}

/** Where Chromium is: $CHROMIUM_PATH or Debian's, as the e2e tests use it. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return existsSync(path) ? path : undefined
}

const typedText = '高质量发展答卷实干笃行向未来太行深处焕新颜'
const keystrokePauseMs = 30
const keystrokeBlocks = 4

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Builds the bare Tiptap reference page with Vite (a dev dependency, loaded only here). */
async function buildBarePage(projectRoot: string, outDir: string): Promise<void> {
  const vite = createRequire(join(projectRoot, 'package.json'))('vite') as typeof Vite
  await vite.build({
    root: join(projectRoot, 'src-main', 'bench', 'bare-editor'),
    configFile: false,
    logLevel: 'error',
    base: './',
    build: { outDir, emptyOutDir: true },
  })
}

async function heapUsedMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usage.usedSize / 1048576
}

/** Types `count` characters, each after the previous one was painted; fails unless they reached the text. */
async function typeKeystrokes(
  page: Page,
  count: number,
  offset: number,
  rootSelector = '.ProseMirror',
): Promise<void> {
  let typed = ''
  for (let index = 0; index < count; index++) {
    const character = typedText[(offset + index) % typedText.length]!
    await page.keyboard.insertText(character)
    typed += character
    await page.evaluate(waitForKeystrokes, index + 1)
    await sleep(keystrokePauseMs)
  }
  const arrived = await page.evaluate(
    ({ text, selector }) => document.querySelector(selector)?.textContent?.includes(text) ?? false,
    { text: typed, selector: rootSelector },
  )
  if (!arrived) {
    throw new Error(`P1: the typed text did not arrive in the editor of ${page.url()}`)
  }
}

/** A writer's mouse rests over the text while typing; both pages get it at the same spot. */
async function restMouseOnEditor(page: Page): Promise<void> {
  const box = await page.locator('.ProseMirror').boundingBox()
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200))
  }
}

async function openReportFromLibrary(
  page: Page,
  url: string,
): Promise<{ editable: number; loaded: number }> {
  await page.goto(url)
  await page.locator('.report-card-open').first().waitFor()
  await page.evaluate(installOpenProbe)
  await page.locator('.report-card-open').first().click()
  return page.evaluate(readOpenProbe)
}

async function bareSetContent(page: Page, doc: DocumentNode, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let index = 0; index < runs; index++) {
    await page.evaluate(() =>
      window.bareEditor.setContent({ type: 'doc', content: [{ type: 'paragraph' }] }),
    )
    samples.push(await page.evaluate((json) => window.bareEditor.setContent(json), doc))
  }
  return samples
}

/**
 * P10 and P11: the full-text view opened from the library until editable, and keystrokes into its
 * middle section, against a bare Tiptap page holding the whole report as one document.
 */
async function measureFullText(
  appPage: Page,
  barePage: Page,
  input: BrowserBenchInput,
  url: string,
): Promise<{ open: number; opens: number; latencies: { app: number[]; bare: number[] } }> {
  await appPage.bringToFront()
  await appPage.goto(url)
  await appPage.evaluate(
    ({ reportId, sectionId }) =>
      localStorage.setItem(
        `dajuan.place.${reportId}`,
        JSON.stringify({ sectionId, caret: 0, mode: 'full' }),
      ),
    { reportId: input.reportId, sectionId: input.openedSectionId },
  )
  const opens: number[] = []
  for (let run = 0; run < input.openRuns; run++) {
    opens.push((await openReportFromLibrary(appPage, url)).editable)
  }
  const blockEditor = `[data-block-id="${input.middleSection.id}"] .ProseMirror`
  await appPage.getByTestId('outline-item').nth(input.middleSection.outlineIndex).click()
  await appPage.locator(blockEditor).waitFor()
  await appPage.evaluate(installKeystrokeProbe)
  await barePage.bringToFront()
  await barePage.evaluate((json) => window.bareEditor.setContent(json), input.wholeReport)
  const latencies = { app: [] as number[], bare: [] as number[] }
  const perBlock = Math.ceil(input.keystrokes / keystrokeBlocks)
  for (let block = 0; block < keystrokeBlocks; block++) {
    for (const [page, samples, root] of [
      [appPage, latencies.app, blockEditor],
      [barePage, latencies.bare, '.ProseMirror'],
    ] as const) {
      await page.bringToFront()
      await page.evaluate(placeCaretInLongestText, {
        rootSelector: root,
        snippet: input.middleSection.snippet,
      })
      await sleep(200)
      await page.evaluate(takeKeystrokeLatencies)
      await typeKeystrokes(page, perBlock, block * perBlock, root)
      samples.push(...(await page.evaluate(takeKeystrokeLatencies)))
    }
  }
  return { open: percentile(opens, 50), opens: opens.length, latencies }
}

/**
 * P1 (keystroke to painted frame, mid-report), P7 (opening the report until editable) and the
 * renderer's JS heap, in Chromium through Playwright: the real app in browser mode next to a bare
 * Tiptap page holding the same section.
 */
export async function measureInBrowser(
  input: BrowserBenchInput,
  executablePath: string,
): Promise<Measurement[]> {
  const load = createRequire(join(input.projectRoot, 'package.json'))
  const { chromium } = load('@playwright/test') as typeof PlaywrightTest
  const bareFolder = join(input.folder, 'bare-editor')
  await buildBarePage(input.projectRoot, bareFolder)
  writeFileSync(join(bareFolder, 'opened-section.json'), JSON.stringify(input.openedSection))
  writeFileSync(join(bareFolder, 'middle-section.json'), JSON.stringify(input.middleSection.bare))
  const bareServer = await serveFolder(bareFolder)
  const app = await startAppServer(join(input.projectRoot, 'out', 'main'), input.dbFile)
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Frames as soon as they are due, not at the next 60 Hz tick: latencies are the work done.
        '--disable-frame-rate-limit',
        '--disable-gpu-vsync',
      ],
    })
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
    })
    const appPage = await context.newPage()
    const barePage = await context.newPage()

    await appPage.bringToFront()
    const opens: { editable: number; loaded: number }[] = []
    await openReportFromLibrary(appPage, app.url)
    for (let run = 0; run < input.openRuns; run++) {
      opens.push(await openReportFromLibrary(appPage, app.url))
    }
    await sleep(500)
    const appHeap = await heapUsedMiB(await context.newCDPSession(appPage))

    const columnWidth = await appPage.evaluate(
      () => document.querySelector('.editor-page')!.getBoundingClientRect().width,
    )
    await barePage.bringToFront()
    await barePage.goto(bareServer.url)
    await barePage.waitForFunction(() => window.bareEditor !== undefined)
    await barePage.evaluate((width) => {
      document.querySelector<HTMLElement>('.editor-page')!.style.width = `${width}px`
    }, columnWidth)
    const openedFloor = percentile(
      await bareSetContent(barePage, input.openedSection, input.openRuns),
      50,
    )
    const wholeFloor = percentile(
      await bareSetContent(barePage, input.wholeReport, Math.min(3, input.openRuns)),
      50,
    )
    const bareWholeHeap = await heapUsedMiB(await context.newCDPSession(barePage))

    await barePage.evaluate((json) => window.bareEditor.setContent(json), input.middleSection.bare)
    await barePage.evaluate(installKeystrokeProbe)
    await appPage.bringToFront()
    await appPage.getByTestId('outline-item').nth(input.middleSection.outlineIndex).click()
    await appPage.waitForFunction(
      (title) => document.querySelector('.ProseMirror')?.textContent?.includes(title) ?? false,
      input.middleSection.title,
    )
    await appPage.evaluate(installKeystrokeProbe)

    const perBlock = Math.ceil(input.keystrokes / keystrokeBlocks)
    const latencies = { app: [] as number[], bare: [] as number[] }
    for (let block = 0; block < keystrokeBlocks; block++) {
      for (const [page, samples] of [
        [appPage, latencies.app],
        [barePage, latencies.bare],
      ] as const) {
        await page.bringToFront()
        await restMouseOnEditor(page)
        await page.evaluate(placeCaretInLongestText, {})
        await sleep(200)
        await page.evaluate(takeKeystrokeLatencies)
        await typeKeystrokes(page, perBlock, block * perBlock)
        samples.push(...(await page.evaluate(takeKeystrokeLatencies)))
      }
    }

    const full = await measureFullText(appPage, barePage, input, app.url)

    const appP50 = percentile(latencies.app, 50)
    const appP95 = percentile(latencies.app, 95)
    const bareP50 = percentile(latencies.bare, 50)
    const bareP95 = percentile(latencies.bare, 95)
    const editable = percentile(
      opens.map((open) => open.editable),
      50,
    )
    const loaded = percentile(
      opens.map((open) => open.loaded),
      50,
    )
    return [
      {
        id: 'P1',
        operation:
          `keystroke → painted frame, mid-report section "${input.middleSection.title}" ` +
          `(p50; ${latencies.app.length} keystrokes)`,
        value: roundFigure(appP50),
        unit: 'ms',
        p95: roundFigure(appP95),
        reference: {
          operation: `bare Tiptap StarterKit page holding the same section (p95 ${roundFigure(bareP95)} ms)`,
          value: roundFigure(bareP50),
          unit: 'ms',
        },
        ratio: roundFigure(appP50 / bareP50),
        target: 'ratio ≤ 1.2; p95 ≤ 16 ms',
        pass: appP50 <= 1.2 * bareP50 && appP95 <= 16,
        runs: latencies.app.length,
        note: `p95 ratio ${roundFigure(appP95 / bareP95)}`,
      },
      {
        id: 'P7',
        operation: 'open the report from the library until the editor is editable and painted',
        value: roundFigure(editable),
        unit: 'ms',
        reference: {
          operation:
            "bare Tiptap setContent of the same JSON (the section the app's editor opens on)",
          value: roundFigure(openedFloor),
          unit: 'ms',
        },
        ratio: roundFigure(editable / openedFloor),
        target: '≤ 1.5×',
        pass: editable <= 1.5 * openedFloor,
        runs: opens.length,
        note:
          `until the metrics panel's rows are painted too: ${roundFigure(loaded)} ms; ` +
          `bare setContent of the whole report as one document: ${roundFigure(wholeFloor)} ms`,
      },
      {
        id: 'P10',
        operation:
          'open the report in the full-text view until its first section is editable and painted',
        value: roundFigure(full.open),
        unit: 'ms',
        reference: {
          operation: 'bare Tiptap setContent of the whole report as one document',
          value: roundFigure(wholeFloor),
          unit: 'ms',
        },
        ratio: roundFigure(full.open / wholeFloor),
        target: '≤ 1.2×',
        pass: full.open <= 1.2 * wholeFloor,
        runs: full.opens,
      },
      {
        id: 'P11',
        operation:
          `keystroke → painted frame in the full-text view, mid-report section "${input.middleSection.title}" ` +
          `(p50; ${full.latencies.app.length} keystrokes)`,
        value: roundFigure(percentile(full.latencies.app, 50)),
        unit: 'ms',
        p95: roundFigure(percentile(full.latencies.app, 95)),
        reference: {
          operation: `bare Tiptap page holding the whole report, caret in the same paragraph (p95 ${roundFigure(percentile(full.latencies.bare, 95))} ms)`,
          value: roundFigure(percentile(full.latencies.bare, 50)),
          unit: 'ms',
        },
        ratio: roundFigure(
          percentile(full.latencies.app, 50) / percentile(full.latencies.bare, 50),
        ),
        target: 'ratio ≤ 1.2; p95 ≤ 16 ms',
        pass:
          percentile(full.latencies.app, 50) <= 1.2 * percentile(full.latencies.bare, 50) &&
          percentile(full.latencies.app, 95) <= 16,
        runs: full.latencies.app.length,
      },
      {
        id: 'M4',
        operation:
          'renderer JS heap after opening the report (CDP Runtime.getHeapUsage after a GC)',
        value: roundFigure(appHeap),
        unit: 'MiB',
        reference: {
          operation: 'bare Tiptap page holding the whole report as one document',
          value: roundFigure(bareWholeHeap),
          unit: 'MiB',
        },
        target: 'report',
        pass: null,
        runs: 1,
      },
    ]
  } finally {
    await browser?.close()
    await app.stop()
    await bareServer.close()
  }
}
