import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import type { ServerProcess } from '../src-main/bench/team/spawn-server-process'
import { spawnServerProcess } from '../src-main/bench/team/spawn-server-process'

const builtMain = join(__dirname, '..', 'out', 'main')

/** A free TCP port on loopback (so a killed server can come back on the same address). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export const teamPassword = 'team-e2e-password'

type Role = 'writer' | 'editor' | 'reviewer' | 'admin'

/**
 * Workspaces that hold only the given accounts, made once per test worker with the CLI: each
 * account costs a process start and a password hash, and every team test needs the same five.
 */
const accountTemplates = new Map<string, string>()
process.once('exit', () => {
  for (const file of accountTemplates.values()) {
    rmSync(join(file, '..'), { recursive: true, force: true })
  }
})

/** A team deployment for a test: a workspace file, its accounts, team servers and maybe Redis. */
export class TeamDeployment {
  readonly folder = mkdtempSync(join(tmpdir(), 'dajuan-team-e2e-'))
  readonly dbFile = join(this.folder, 'workspace.sqlite')
  private readonly servers: ServerProcess[] = []
  private redis: ChildProcess | undefined

  /** A deployment whose workspace starts with these accounts (added with the CLI, as an admin would). */
  static withAccounts(accounts: [name: string, role: Role][]): TeamDeployment {
    const key = JSON.stringify(accounts)
    let template = accountTemplates.get(key)
    if (template === undefined) {
      const maker = new TeamDeployment()
      for (const [name, role] of accounts) {
        maker.addUser(name, role)
      }
      template = maker.dbFile
      accountTemplates.set(key, template)
    }
    const deployment = new TeamDeployment()
    copyFileSync(template, deployment.dbFile)
    return deployment
  }

  /** Adds an account with the CLI, as an admin would. */
  addUser(name: string, role: Role): void {
    const passwordFile = join(this.folder, 'password.txt')
    writeFileSync(passwordFile, `${teamPassword}\n`)
    execFileSync(process.execPath, [
      join(builtMain, 'cli.js'),
      'team-user',
      'add',
      '--name',
      name,
      '--role',
      role,
      '--db',
      this.dbFile,
      '--password-file',
      passwordFile,
    ])
  }

  /** Starts a team server on `port` (a free one when omitted); resolves with its address. */
  async start(port?: number, extra: string[] = []): Promise<ServerProcess> {
    const server = await spawnServerProcess(
      [
        join(builtMain, 'team-server.js'),
        '--db',
        this.dbFile,
        '--port',
        String(port ?? (await freePort())),
        ...extra,
      ],
      'DAJUAN_TEAM_URL',
    )
    this.servers.push(server)
    return server
  }

  /** Starts a throwaway redis-server on loopback; resolves with its redis:// address. */
  async startRedis(): Promise<string> {
    const port = await freePort()
    this.redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    await new Promise<void>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`redis did not start: ${output}`)), 15_000)
      this.redis!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer)
          resolve()
        }
      })
      this.redis!.once('exit', (code) => reject(new Error(`redis exited ${code}: ${output}`)))
    })
    return `redis://127.0.0.1:${port}`
  }

  async dispose(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.stop()))
    this.redis?.kill('SIGTERM')
    rmSync(this.folder, { recursive: true, force: true })
  }
}

/** Signs in on the team server's login page. */
export async function signIn(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url)
  await page.getByLabel('账号').fill(name)
  await page.getByLabel('密码').fill(teamPassword)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('team-user')).toContainText(name)
}
