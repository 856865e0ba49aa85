import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test as base, expect as baseExpect } from '@playwright/test'
import type { AppServerProcess } from '../src-main/server/app-server-process'
import { startAppServer } from '../src-main/server/app-server-process'

/** The real app in browser mode, on a fresh SQLite workspace file, restartable. */
export class AppServer {
  readonly folder = mkdtempSync(join(tmpdir(), 'dajuan-e2e-'))
  readonly dbFile = join(this.folder, 'workspace.sqlite')
  url = ''
  private server: AppServerProcess | undefined

  async start(): Promise<string> {
    this.server = await startAppServer(join(__dirname, '..', 'out', 'main'), this.dbFile)
    this.url = this.server.url
    return this.url
  }

  async stop(): Promise<void> {
    await this.server?.stop()
    this.server = undefined
  }

  /** The API origin and token of the running server, for arranging state directly. */
  get apiBase(): { origin: string; token: string } {
    const url = new URL(this.url)
    return { origin: url.origin, token: /token=([\w-]+)/.exec(url.hash)![1] }
  }

  /** Calls a contract channel of the running server directly, as the app's API client does. */
  async call<T>(channel: string, input: unknown): Promise<{ ok: boolean; value: T }> {
    const { origin, token } = this.apiBase
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    return (await response.json()) as { ok: boolean; value: T }
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true })
  }
}

export const test = base.extend<{ app: AppServer }>({
  // oxlint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  app: async ({}, use) => {
    const app = new AppServer()
    await app.start()
    await use(app)
    await app.stop()
    app.dispose()
  },
})

export { expect } from '@playwright/test'

/** Opens the seeded 2025 sample report from the library. */
export async function openSeededReport(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page
    .getByTestId('report-card')
    .getByRole('button', { name: /上党区高质量发展答卷/ })
    .click()
  await baseExpect(page.getByTestId('outline')).toBeVisible()
  await baseExpect(page.getByTestId('metrics-panel')).toBeVisible()
}

/** From the library (already open), rolls the seeded 2025 sample forward and waits for 2026. */
export async function rollSampleForward(page: Page): Promise<void> {
  await page
    .getByTestId('report-card')
    .filter({ hasText: '2025年 上党区高质量发展答卷' })
    .getByRole('button', { name: '生成下一年' })
    .click()
  await baseExpect(page.getByTestId('report-title')).toHaveText('2026年 上党区高质量发展答卷')
}

/**
 * Resolves when the server has answered the editor's next save. Start it before typing: the
 * save-state badge alone can read "saved" before the keystroke has marked the text dirty.
 */
export function nextSave(page: Page): Promise<unknown> {
  return page.waitForResponse(
    (response) => response.url().endsWith('/api/sections.save') && response.ok(),
    { timeout: 30_000 },
  )
}
