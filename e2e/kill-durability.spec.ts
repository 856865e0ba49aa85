import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import JSZip from 'jszip'
import { expect, test } from '@playwright/test'

const cliScript = join(__dirname, '..', 'out', 'main', 'cli.js')
const sample = readFileSync(join(__dirname, '..', 'resources', 'shangdang-2025.txt'), 'utf8')

/** The sample with its four themed sections repeated, so a roll forward or an export takes a while. */
function largeReport(copies: number): string {
  const lines = sample.split('\n')
  const bodyStart = lines.findIndex((line) => line.startsWith('从“煤字号”'))
  const closingStart = lines.findIndex((line) => line.startsWith('太行巍巍启新程'))
  const body = lines.slice(bodyStart, closingStart)
  const repeated = Array.from({ length: copies }, () => body).flat()
  return [...lines.slice(0, bodyStart), ...repeated, ...lines.slice(closingStart)].join('\n')
}

function cli(...args: string[]): string {
  return execFileSync(process.execPath, [cliScript, ...args], { encoding: 'utf8' })
}

/**
 * Runs a CLI command with DAJUAN_CRASH_AT naming a crash point, so the process kills itself at
 * that point of the write; resolves with the signal that ended it.
 */
function crashAt(point: string, args: string[]): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [cliScript, ...args], {
    stdio: 'ignore',
    env: { ...process.env, DAJUAN_CRASH_AT: point },
  })
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
}

/** Starts a CLI command and kills it with SIGKILL after `afterMs`; resolves when it is gone. */
function killLater(args: string[], afterMs: number): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, [cliScript, ...args], { stdio: 'ignore' })
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
  return new Promise((resolve) => {
    child.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

let folder: string
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'dajuan-kill-'))
})
test.afterEach(() => rmSync(folder, { recursive: true, force: true }))

test('a roll forward killed at random moments leaves the next year whole or not at all', async () => {
  test.setTimeout(120_000)
  const db = join(folder, 'w.sqlite')
  const input = join(folder, 'large.txt')
  writeFileSync(input, largeReport(12))
  cli('import', input, '--year', '2025', '--db', db, '--json')
  const check = () => {
    const database = new Database(db, { readonly: true })
    try {
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok')
      const count = (reportId: number) =>
        (
          database
            .prepare('SELECT COUNT(*) AS n FROM sections WHERE report_id = ?')
            .get(reportId) as { n: number }
        ).n
      const sourceSections = count(1)
      const successors = database
        .prepare('SELECT id FROM reports WHERE predecessor_id = 1')
        .all() as { id: number }[]
      for (const { id } of successors) {
        expect(count(id)).toBe(sourceSections)
      }
      return successors.length
    } finally {
      database.close()
    }
  }
  // Killed after every row of the next year is written but before the commit: nothing of it stays.
  expect(
    await crashAt('roll-forward', ['rollforward', '--report', '1', '--db', db, '--json']),
  ).toBe('SIGKILL')
  expect(check()).toBe(0)
  let whole = 0
  for (let attempt = 0; attempt < 12; attempt++) {
    await killLater(
      ['rollforward', '--report', '1', '--force', '--db', db, '--json'],
      150 + Math.random() * 900,
    )
    whole = check()
  }
  const finished = JSON.parse(cli('rollforward', '--report', '1', '--force', '--db', db, '--json'))
  expect(finished.pending).toBeGreaterThan(400)
  expect(check()).toBe(whole + 1)
})

test('an export killed at random moments leaves the previous file or the complete new one', async () => {
  test.setTimeout(120_000)
  const db = join(folder, 'w.sqlite')
  const input = join(folder, 'large.txt')
  writeFileSync(input, largeReport(12))
  cli('import', input, '--year', '2025', '--db', db, '--json')
  const target = join(folder, '答卷.docx')
  writeFileSync(target, 'previous version')
  // Killed with half of the new file written: the previous file is untouched.
  const exportArgs = ['export', '--report', '1', '--format', 'docx', '--out', target, '--db', db]
  expect(await crashAt('export-write', exportArgs)).toBe('SIGKILL')
  expect(readFileSync(target, 'utf8')).toBe('previous version')
  for (let attempt = 0; attempt < 12; attempt++) {
    await killLater(
      ['export', '--report', '1', '--format', 'docx', '--out', target, '--db', db],
      150 + Math.random() * 1200,
    )
    const bytes = readFileSync(target)
    if (bytes.toString('utf8') !== 'previous version') {
      const zip = await JSZip.loadAsync(bytes)
      expect(await zip.file('word/document.xml')?.async('string')).toContain('3598万吨')
    }
  }
})
