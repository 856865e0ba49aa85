import { join } from 'node:path'
import { documentTextMap } from '../../shared/document/document-text-map'
import { addTeamUser } from '../../team/team-account-service'
import { createTeamUserRepository } from '../../team/team-user-repository'
import { openWorkspace } from '../../workspace/workspace'
import type { ServerProcess } from './spawn-server-process'
import { spawnServerProcess } from './spawn-server-process'

/** A cheap password hash for the bench's accounts: it measures editing, not logging in. */
const benchScryptCost = { N: 2 ** 10, r: 8, p: 1 }
const benchPassword = 'bench-password-2026'

/** The built team server running on a copy of the bench's workspace, and its writers' cookies. */
export interface TeamBenchServer {
  server: ServerProcess
  /** ws://…/collab */
  collabUrl: string
  origin: string
  cookies: string[]
  stop: () => Promise<void>
}

/** Adds `writers` writer accounts to the workspace file, starts the team server and logs each in. */
export async function startTeamBenchServer(
  builtFolder: string,
  db: string,
  writers: number,
): Promise<TeamBenchServer> {
  const workspace = openWorkspace(db)
  try {
    const users = createTeamUserRepository(workspace.db)
    for (let index = 0; index < writers; index++) {
      const name = `记者${index + 1}`
      if (!users.findUserByName(name)) {
        await addTeamUser(
          users,
          { name, role: 'writer', password: benchPassword },
          { cost: benchScryptCost },
        )
      }
    }
  } finally {
    workspace.close()
  }
  const server = await spawnServerProcess(
    [join(builtFolder, 'team-server.js'), '--db', db, '--port', '0'],
    'DAJUAN_TEAM_URL',
  )
  const base = server.url.endsWith('/') ? server.url : `${server.url}/`
  const origin = base.replace(/\/$/, '')
  const cookies: string[] = []
  for (let index = 0; index < writers; index++) {
    const response = await fetch(`${base}auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ name: `记者${index + 1}`, password: benchPassword }),
    })
    const cookie = response.headers.get('set-cookie')?.split(';')[0]
    if (!response.ok || !cookie) {
      await server.stop()
      throw new Error(`login failed (${response.status})`)
    }
    cookies.push(cookie)
  }
  return {
    server,
    collabUrl: `${base.replace(/^http/, 'ws')}collab`,
    origin,
    cookies,
    stop: () => server.stop(),
  }
}

/** The stored text of some sections, read from the workspace file after the server stopped. */
export function storedSectionTexts(db: string, sectionIds: number[]): Map<number, string> {
  const workspace = openWorkspace(db)
  try {
    return new Map(
      sectionIds.map((id) => [
        id,
        documentTextMap(workspace.sections.get(id)?.doc ?? { type: 'doc' }).text,
      ]),
    )
  } finally {
    workspace.close()
  }
}
