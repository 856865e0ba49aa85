import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from '../workspace/workspace'
import { expectedDocument } from './expected-document.mjs'
import { openSampleWorkspace } from './sample-workspace'

const tempFolder = useTempFolder()
const kills = Number(process.env.DAJUAN_KILLS ?? 50)
const seed = Number(process.env.DAJUAN_KILL_SEED ?? Date.now() % 1_000_000)
const childScript = join(__dirname, 'save-loop-child.mjs')
const keptRevisions = 100

/** A small seeded generator (mulberry32), so a failing run can be repeated with DAJUAN_KILL_SEED. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Run {
  committed: [sectionId: number, version: number][]
  signal: NodeJS.Signals | null
  sawReady: boolean
}

/** Starts the child, kills it with SIGKILL `delayMs` after it is ready (or after spawning), and collects what it reported. */
function runAndKill(
  file: string,
  sectionIds: number[],
  delayMs: number,
  waitForReady: boolean,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, ...sectionIds.map(String)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let errors = ''
    let sawReady = false
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs)
    const startup = setTimeout(() => reject(new Error(`child not ready: ${errors}`)), 15_000)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (errors += chunk))
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (!sawReady && output.startsWith('ready\n')) {
        sawReady = true
        clearTimeout(startup)
        if (waitForReady) {
          kill()
        }
      }
    })
    if (!waitForReady) {
      clearTimeout(startup)
      kill()
    }
    child.on('close', (_code, signal) => {
      clearTimeout(startup)
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (${signal ?? _code}): ${errors}`))
        return
      }
      const committed = output
        .split('\n')
        .filter((line) => line.startsWith('committed '))
        .map((line) => line.split(' ').slice(1).map(Number) as [number, number])
      resolve({ committed, signal, sawReady })
    })
  })
}

/**
 * What must hold after every kill: SQLite finds the file whole, no reported save is missing,
 * at most the one save between COMMIT and its report is extra, and every stored body is
 * byte for byte the one written for its version.
 */
function verify(file: string, reported: Map<number, number>, readOnly: boolean): number {
  const db = new Database(file, { readonly: readOnly })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    let unreported = 0
    const section = db.prepare('SELECT version, doc FROM sections WHERE id = ?')
    const revisions = db.prepare(
      'SELECT version, doc FROM section_revisions WHERE section_id = ? ORDER BY version',
    )
    for (const [sectionId, reportedVersion] of reported) {
      const row = section.get(sectionId) as { version: number; doc: string }
      expect(row.version).toBeGreaterThanOrEqual(reportedVersion)
      unreported += row.version - reportedVersion
      if (row.version > 1) {
        expect(row.doc).toBe(expectedDocument(sectionId, row.version))
      }
      const stored = revisions.all(sectionId) as { version: number; doc: string }[]
      const oldest = Math.max(1, row.version - keptRevisions + 1)
      expect(stored.map((revision) => revision.version)).toEqual(
        Array.from({ length: row.version - oldest + 1 }, (_, index) => oldest + index),
      )
      for (const revision of stored.filter((item) => item.version > 1)) {
        expect(revision.doc).toBe(expectedDocument(sectionId, revision.version))
      }
    }
    expect(unreported).toBeLessThanOrEqual(1)
    return unreported
  } finally {
    db.close()
  }
}

describe('kill -9 while saving', () => {
  it(
    `loses no committed save and never damages the workspace (${kills} kills)`,
    async () => {
      const file = join(tempFolder(), 'workspace.sqlite')
      const { workspace, reportId } = openSampleWorkspace(file)
      const sectionIds = workspace.sections
        .listByReport(reportId)
        .slice(1, 4)
        .map((section) => section.id)
      workspace.close()

      const next = random(seed)
      const reported = new Map(sectionIds.map((id) => [id, 1]))
      const started = Date.now()
      let saves = 0
      let largestWal = 0
      let unreportedCommits = 0
      for (let kill = 0; kill < kills; kill++) {
        const duringStartup = kill % 10 === 9
        const delayMs = duringStartup ? Math.floor(next() * 80) : 50 + Math.floor(next() * 250)
        const run = await runAndKill(file, sectionIds, delayMs, !duringStartup)
        for (const [sectionId, version] of run.committed) {
          expect(version).toBe(reported.get(sectionId)! + 1)
          reported.set(sectionId, version)
        }
        saves += run.committed.length
        largestWal = Math.max(
          largestWal,
          statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0,
        )
        const extra = verify(file, reported, kill % 2 === 1)
        unreportedCommits += extra
        if (extra > 0) {
          const db = new Database(file, { readonly: true })
          for (const sectionId of sectionIds) {
            reported.set(
              sectionId,
              (
                db.prepare('SELECT version FROM sections WHERE id = ?').get(sectionId) as {
                  version: number
                }
              ).version,
            )
          }
          db.close()
        }
      }

      const reopened = openWorkspace(file)
      for (const sectionId of sectionIds) {
        const section = reopened.sections.get(sectionId)!
        expect(section.version).toBe(reported.get(sectionId))
        expect(JSON.stringify(section.doc)).toBe(expectedDocument(sectionId, section.version))
      }
      reopened.close()
      console.log(
        `kill test: ${kills} kills, ${saves} reported saves, ${unreportedCommits} committed-but-unreported, ` +
          `largest -wal ${(largestWal / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}`,
      )
      expect(saves).toBeGreaterThan(kills)
    },
    30_000 + kills * 2_000,
  )
})
