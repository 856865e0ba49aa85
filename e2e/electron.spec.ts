import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectron } from '../src-main/launch/find-electron.mjs'

const root = join(__dirname, '..')
const binary = findElectron(root)
const reason =
  'no Electron binary on this machine (its download is unreachable); the Electron shell is tested where one is installed'

test.describe('Electron shell', () => {
  test.skip(!binary, reason)
  if (!binary) {
    console.log(`[e2e] skipping the Electron spec: ${reason}`)
  }

  test('opens the library in a hardened window', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [root],
      env: { ...process.env, XDG_CONFIG_HOME: join(root, 'test-results', 'electron-home') },
    })
    const window = await app.firstWindow()
    await expect(window.getByTestId('library')).toBeVisible()
    const nodeVisible = await window.evaluate(
      () => typeof (globalThis as { require?: unknown }).require,
    )
    expect(nodeVisible).toBe('undefined')
    await app.close()
  })
})
