import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test as base, expect as baseExpect } from '@playwright/test'

/** The real app in browser mode, on a fresh SQLite workspace file, restartable. */
export class AppServer {
  readonly folder = mkdtempSync(join(tmpdir(), 'dajuan-e2e-'))
  readonly dbFile = join(this.folder, 'workspace.sqlite')
  url = ''
  private child: ChildProcessWithoutNullStreams | undefined

  async start(): Promise<string> {
    const child = spawn(process.execPath, [
      join(__dirname, '..', 'out', 'main', 'serve.js'),
      '--db',
      this.dbFile,
    ])
    this.child = child
    this.url = await new Promise<string>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15_000)
      child.stdout.setEncoding('utf8')
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => (output += chunk))
      child.stdout.on('data', (chunk: string) => {
        output += chunk
        const match = /DAJUAN_URL=(\S+)/.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(match[1])
        }
      })
      child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)))
    })
    return this.url
  }

  async stop(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) {
      return
    }
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
    this.child = undefined
  }

  /** The API origin and token of the running server, for arranging state directly. */
  get apiBase(): { origin: string; token: string } {
    const url = new URL(this.url)
    return { origin: url.origin, token: /token=([\w-]+)/.exec(url.hash)![1] }
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
