import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hostileInputs } from '../security/hostile-import-corpus'
import { hostileRequests } from '../security/hostile-requests'
import { sendRawRequest } from '../security/send-raw-request'
import { startAppServer } from '../server/app-server-process'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { spawnBenchChild } from './spawn-bench-child'

/** The targets for every hostile input: a clear answer within 10 s and 512 MiB over idle. */
const targetSeconds = 10
const targetGrowthMiB = 512

/** Peak (VmHWM) and current (VmRSS) resident memory of a process, from /proc, in MiB. */
function processMemoryMiB(pid: number): { peak: number; now: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024
    return { peak: field('VmHWM'), now: field('VmRSS') }
  } catch {
    return undefined
  }
}

/**
 * R1 … R20: each input of the hostile corpus read once, through the channel the app reads it
 * with, in a fresh Node process (the bench re-run with --child) on an empty workspace: its
 * outcome, its time and its peak RSS (process.resourceUsage().maxRSS, the reading
 * worker thread included), next to the same process idle (modules loaded, workspace opened).
 */
function measureInputs(folder: string, log: (message: string) => void): Measurement[] {
  const db = join(folder, 'hostile.sqlite')
  const idle = spawnBenchChild('idle', { db, reportId: 0, file: '' }).maxRssKiB / 1024
  return hostileInputs.map((hostile) => {
    log(`${hostile.id} ${hostile.name}`)
    const file = join(folder, hostile.fileName)
    writeFileSync(file, hostile.bytes())
    const report = spawnBenchChild('hostile', { db, reportId: 0, file })
    rmSync(file)
    const peak = report.maxRssKiB / 1024
    const seconds = report.seconds ?? Number.NaN
    const outcome = report.outcome ?? 'none'
    const expected = hostile.expected === 'read' ? ['read'] : [...hostile.expected.refusedWith]
    return {
      id: hostile.id,
      operation: `${hostile.name} → ${outcome}`,
      value: roundFigure(seconds),
      unit: 's',
      reference: { operation: 'the same process idle', value: roundFigure(idle), unit: 'MiB' },
      target: `${expected.join(' or ')}; ≤ ${targetSeconds} s; peak ≤ idle + ${targetGrowthMiB} MiB`,
      pass:
        expected.includes(outcome) && seconds <= targetSeconds && peak - idle <= targetGrowthMiB,
      runs: 1,
      note: `peak ${roundFigure(peak)} MiB, +${roundFigure(peak - idle)} MiB over idle`,
    }
  })
}

/**
 * R21: the malformed-request corpus sent over raw sockets to the app in browser mode: the worst
 * time one request took to be answered, the server's peak memory over its memory before, and
 * whether it still serves the app afterwards.
 */
async function measureRequests(builtMain: string, folder: string): Promise<Measurement> {
  const server = await startAppServer(builtMain, join(folder, 'requests.sqlite'))
  try {
    const url = new URL(server.url)
    const port = Number(url.port)
    const token = /token=([\w-]+)/.exec(url.hash)![1]!
    const before = processMemoryMiB(server.pid)
    const requests = hostileRequests(port, token)
    let worst = 0
    let unexpected = 0
    for (const hostile of requests) {
      const started = performance.now()
      const reply = await sendRawRequest(port, hostile.bytes)
      worst = Math.max(worst, (performance.now() - started) / 1000)
      const closed = reply.status === undefined || reply.status === 400
      const matched = hostile.expected === 'closed' ? closed : reply.status === hostile.expected
      unexpected += matched ? 0 : 1
    }
    const page = await sendRawRequest(
      port,
      Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    )
    const after = processMemoryMiB(server.pid)
    const growth = before && after ? after.peak - before.now : Number.NaN
    return {
      id: 'R21',
      operation: `${requests.length} malformed request lines, headers and bodies over raw sockets, then the page (browser mode)`,
      value: roundFigure(worst),
      unit: 's (worst request)',
      reference: before
        ? { operation: 'the server before the corpus', value: roundFigure(before.now), unit: 'MiB' }
        : undefined,
      target: 'every answer as expected; still serves; ≤ 10 s; peak ≤ +512 MiB',
      pass:
        unexpected === 0 &&
        page.status === 200 &&
        worst <= targetSeconds &&
        !(growth > targetGrowthMiB),
      runs: 1,
      note: `${unexpected} unexpected answers; page afterwards: ${page.status ?? 'no answer'}; peak +${roundFigure(growth)} MiB`,
    }
  } finally {
    await server.stop()
  }
}

/** The R rows: the hostile-input corpus and the malformed-request corpus. */
export async function measureHostileInputs(
  builtMain: string,
  folder: string,
  log: (message: string) => void,
): Promise<Measurement[]> {
  const inputs = measureInputs(folder, log)
  log('R21 malformed requests')
  return [...inputs, await measureRequests(builtMain, folder)]
}
