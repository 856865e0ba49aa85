import { describe, expect, it } from 'vitest'
import { openInBrowser } from './open-in-browser'

describe('openInBrowser', () => {
  it('answers false, without throwing, when the platform has no opener on this machine', async () => {
    const previousPath = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      expect(await openInBrowser('http://127.0.0.1:1/#token=x', 'linux')).toBe(false)
      expect(await openInBrowser('http://127.0.0.1:1/#token=x', 'darwin')).toBe(false)
    } finally {
      process.env.PATH = previousPath
    }
  })
})
