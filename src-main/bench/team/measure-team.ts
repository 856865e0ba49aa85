import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { roundFigure } from '../measurement'
import type { Measurement } from '../measurement'
import { percentile } from '../percentile'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import type { CollabClient } from './collab-client'
import { connectCollabClient } from './collab-client'
import { measurePropagation } from './measure-propagation'
import { countOf, simulateWriters, writerCharacter } from './simulate-writers'
import { spawnServerProcess } from './spawn-server-process'
import { startTeamBenchServer, storedSectionTexts } from './team-bench-server'

/** The sizes of the team rows: T1's edit count, T2's writers, sections, rate and duration. */
export interface TeamBenchSize {
  edits: number
  writers: number
  sections: number
  rate: number
  seconds: number
}

export const teamBenchSizes: Record<'full' | 'quick', TeamBenchSize> = {
  full: { edits: 400, writers: 20, sections: 10, rate: 5, seconds: 60 },
  quick: { edits: 80, writers: 20, sections: 10, rate: 5, seconds: 10 },
}

const warmupEdits = 30

/** Leaf sections with text, the ones writers type into. */
function sectionsToType(workspace: Workspace, reportId: number, count: number): number[] {
  return workspace.sections
    .listByReport(reportId)
    .filter((section) => section.kind === 'subsection')
    .slice(0, count)
    .map((section) => section.id)
}

async function pairOn(url: string, name: string, cookies: [string?, string?], origin?: string) {
  const a = await connectCollabClient({ url, name, cookie: cookies[0], origin })
  const b = await connectCollabClient({ url, name, cookie: cookies[1], origin })
  return [a, b] as const
}

async function propagationP95(a: CollabClient, b: CollabClient, edits: number) {
  await measurePropagation(a, b, warmupEdits)
  const samples = await measurePropagation(a, b, edits)
  return { median: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length }
}

/**
 * T1: an edit's trip from one client to another through the team server (session cookie, role
 * scope, durable update log, revisions), against the same clients on a bare Hocuspocus server.
 * Both servers run in their own process on loopback; the clients are Yjs documents edited the way
 * the Tiptap binding edits them.
 */
async function measureT1(
  builtFolder: string,
  benchScript: string,
  db: string,
  sectionId: number,
  edits: number,
): Promise<Measurement> {
  const bare = await spawnServerProcess([benchScript, '--bare-collab-server'], 'BARE_URL')
  let reference: { median: number; p95: number; runs: number }
  try {
    const [a, b] = await pairOn(bare.url, `section:${sectionId}`, [])
    reference = await propagationP95(a, b, edits)
    a.close()
    b.close()
  } finally {
    await bare.stop()
  }
  const team = await startTeamBenchServer(builtFolder, db, 2)
  let ours: { median: number; p95: number; runs: number }
  try {
    const [a, b] = await pairOn(
      team.collabUrl,
      `section:${sectionId}`,
      [team.cookies[0], team.cookies[1]],
      team.origin,
    )
    ours = await propagationP95(a, b, edits)
    a.close()
    b.close()
  } finally {
    await team.stop()
  }
  const ratio = ours.p95 / reference.p95
  return {
    id: 'T1',
    operation: 'live edit, one client to another through the team server (p95)',
    value: roundFigure(ours.median),
    unit: 'ms',
    p95: roundFigure(ours.p95),
    reference: {
      operation: 'bare Hocuspocus 3.4 server, same clients (p95)',
      value: roundFigure(reference.p95),
      unit: 'ms',
    },
    ratio: roundFigure(ratio),
    target: '≤ 1.5× bare Hocuspocus (p95)',
    pass: ratio <= 1.5,
    runs: ours.runs,
  }
}

/**
 * T2: `writers` writers typing `rate` characters a second for `seconds` into `sections` sections
 * (two or more to a section): every keystroke must reach every client of its section and the
 * stored section; the server's CPU and memory and the propagation p95 are reported.
 */
async function measureT2(
  builtFolder: string,
  db: string,
  sectionIds: number[],
  size: TeamBenchSize,
): Promise<Measurement[]> {
  const team = await startTeamBenchServer(builtFolder, db, size.writers)
  const sectionOf = Array.from({ length: size.writers }, (_, index) => index % sectionIds.length)
  const clients: CollabClient[] = []
  let run: Awaited<ReturnType<typeof simulateWriters>>
  let cpuSeconds: number
  let memory: { now: number; peak: number }
  try {
    for (let index = 0; index < size.writers; index++) {
      clients.push(
        await connectCollabClient({
          url: team.collabUrl,
          name: `section:${sectionIds[sectionOf[index]!]}`,
          cookie: team.cookies[index],
          origin: team.origin,
        }),
      )
    }
    const cpuBefore = team.server.cpuSeconds()
    run = await simulateWriters(clients, sectionOf, size.rate, size.seconds)
    cpuSeconds = team.server.cpuSeconds() - cpuBefore
    memory = team.server.memoryMiB()
    clients.forEach((client) => client.close())
    // The last writer leaving stores the document; give it a moment, then stop the server.
    await new Promise((resolve) => setTimeout(resolve, 3000))
  } finally {
    clients.forEach((client) => client.close())
    await team.stop()
  }
  const stored = storedSectionTexts(db, sectionIds)
  const lostInClients = run.typed.reduce(
    (sum, typed, index) => sum + typed - run.foundInClients[index]!,
    0,
  )
  const lostInStorage = run.typed.reduce(
    (sum, typed, index) =>
      sum +
      typed -
      countOf(stored.get(sectionIds[sectionOf[index]!]!) ?? '', writerCharacter(index)),
    0,
  )
  const keystrokes = run.typed.reduce((sum, typed) => sum + typed, 0)
  const shape = `${size.writers} writers × ${size.rate}/s × ${size.seconds} s into ${sectionIds.length} sections`
  return [
    {
      id: 'T2',
      operation: `${shape}: keystrokes lost (clients + stored)`,
      value: lostInClients + lostInStorage,
      unit: 'lost',
      target: '0 lost',
      pass: lostInClients === 0 && lostInStorage === 0,
      runs: keystrokes,
      note: `${keystrokes} keystrokes; lost in clients ${lostInClients}, in storage ${lostInStorage}`,
    },
    {
      id: 'T2p',
      operation: `${shape}: propagation`,
      value: roundFigure(percentile(run.latenciesMs, 50)),
      unit: 'ms',
      p95: roundFigure(percentile(run.latenciesMs, 95)),
      target: 'reported',
      pass: null,
      runs: run.latenciesMs.length,
    },
    {
      id: 'T2c',
      operation: `${shape}: team server CPU (share of one core)`,
      value: roundFigure((100 * cpuSeconds) / run.seconds),
      unit: '%',
      target: 'reported',
      pass: null,
      runs: 1,
    },
    {
      id: 'T2m',
      operation: `${shape}: team server memory (peak RSS)`,
      value: roundFigure(memory.peak),
      unit: 'MiB',
      target: 'reported',
      pass: null,
      runs: 1,
      note: `RSS at the end ${roundFigure(memory.now)} MiB`,
    },
  ]
}

/** T1 and T2 on copies of the bench's workspace, each with a team server of its own. */
export async function measureTeam(options: {
  builtFolder: string
  benchScript: string
  folder: string
  seededDb: string
  reportId: number
  size: TeamBenchSize
  wanted: (...ids: string[]) => boolean
}): Promise<Measurement[]> {
  const workspace = openWorkspace(options.seededDb)
  const sectionIds = sectionsToType(workspace, options.reportId, options.size.sections)
  workspace.close()
  const rows: Measurement[] = []
  if (options.wanted('T1')) {
    const db = join(options.folder, 'team-t1.sqlite')
    copyFileSync(options.seededDb, db)
    rows.push(
      await measureT1(
        options.builtFolder,
        options.benchScript,
        db,
        sectionIds[0]!,
        options.size.edits,
      ),
    )
  }
  if (options.wanted('T2', 'T2p', 'T2c', 'T2m')) {
    const db = join(options.folder, 'team-t2.sqlite')
    copyFileSync(options.seededDb, db)
    rows.push(...(await measureT2(options.builtFolder, db, sectionIds, options.size)))
  }
  return rows
}
