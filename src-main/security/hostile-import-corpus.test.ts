import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Result } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { databaseFingerprint } from './database-fingerprint'
import { hostileInputs } from './hostile-import-corpus'

const mebibyte = 1024 * 1024
/** The bound on the app process while one input is read, above what it used before. */
const maxMemoryGrowth = 512 * mebibyte

let folder = ''
let workspace: Workspace

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dajuan-hostile-corpus-'))
  workspace = openWorkspace(join(folder, 'workspace.sqlite'))
  seedSampleOnFirstLaunch(workspace)
})
afterAll(() => {
  workspace.close()
  rmSync(folder, { recursive: true, force: true })
})

/**
 * Calls a channel as the app does, sampling the whole process's resident memory meanwhile: the
 * file is read in a worker thread of this process, so this thread stays free to sample it.
 */
async function callSampled(channel: string, input: unknown) {
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  const started = performance.now()
  try {
    const result = (await dispatch(createHandlers(workspace), channel, input, {
      mode: 'browser',
    })) as Result<unknown>
    return { result, seconds: (performance.now() - started) / 1000, growth: peak - before }
  } finally {
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage.rss())
  }
}

describe('the hostile-input corpus through the app’s own channels', () => {
  it.each(hostileInputs)(
    '$id $name: ends as expected, in bounded memory, storing nothing',
    async (hostile) => {
      const dataBase64 = Buffer.from(hostile.bytes()).toString('base64')
      const before = databaseFingerprint(workspace)
      const input = { fileName: hostile.fileName, dataBase64, year: 2025 }
      const { result, seconds, growth } = await callSampled(hostile.channel, input)
      console.log(
        `${hostile.id}: ${result.ok ? 'read' : result.code} in ${seconds.toFixed(2)} s, ` +
          `+${Math.round(growth / mebibyte)} MiB`,
      )

      expect(growth).toBeLessThan(maxMemoryGrowth)
      if (hostile.expected === 'read') {
        expect(result.ok).toBe(true)
      } else {
        expect(result.ok).toBe(false)
        const { code, message } = result as { code: string; message: string }
        // On a loaded machine the reader's time limit may come first; that is a clean refusal too.
        expect([...hostile.expected.refusedWith, 'file_timeout']).toContain(code)
        expect(message).toMatch(/\p{Script=Han}/u)
        expect(message).not.toMatch(/\{\{|Error|undefined/)
      }
      // Nothing in the corpus may become a report, and reading a table writes nothing.
      expect(databaseFingerprint(workspace)).toEqual(before)
    },
    60_000,
  )

  it('still imports the sample and reads a table afterwards', async () => {
    const sample = await dispatch(
      createHandlers(workspace),
      'import.text',
      { text: '测试区交出高质量发展答卷\n全年完成地区生产总值319.6亿元。', year: 2024 },
      { mode: 'browser' },
    )
    expect(sample).toMatchObject({ ok: true })
    expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
