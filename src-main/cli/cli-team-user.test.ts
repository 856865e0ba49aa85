import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createLoginThrottle } from '../team/login-throttle'
import { verifyTeamLogin } from '../team/team-account-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from '../workspace/workspace'
import { runCli } from './cli'
import { readHiddenLine } from './read-hidden-line'

const tempFolder = useTempFolder()

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

function passwordFile(folder: string, content: string): string {
  const file = join(folder, 'password.txt')
  writeFileSync(file, content)
  return file
}

describe('cli team-user', () => {
  it('adds accounts whose password then logs in, and lists them', async () => {
    const folder = tempFolder()
    const db = join(folder, 'team.sqlite')
    const file = passwordFile(folder, '张三的密码 2026\n')
    const added = await cli(
      'team-user',
      'add',
      '--name',
      '张三',
      '--role',
      'writer',
      '--db',
      db,
      '--password-file',
      file,
    )
    expect(added.code).toBe(0)
    expect(added.stderr).toBe('')
    expect(added.stdout).toMatch(/^已添加账号：1\t张三\twriter（记者）\t\d{4}-\d\d-\d\dT/)
    const editor = await cli(
      'team-user',
      'add',
      '--name',
      '李四',
      '--role',
      'editor',
      '--db',
      db,
      '--password-file',
      file,
      '--json',
    )
    expect(JSON.parse(editor.stdout)).toMatchObject({
      id: 2,
      name: '李四',
      role: 'editor',
      disabled: false,
    })

    const listed = await cli('team-user', 'list', '--db', db, '--json')
    expect(listed.code).toBe(0)
    expect(
      JSON.parse(listed.stdout).map((user: { name: string; role: string }) => [
        user.name,
        user.role,
      ]),
    ).toEqual([
      ['张三', 'writer'],
      ['李四', 'editor'],
    ])
    expect(listed.stdout).not.toContain('scrypt')
    expect((await cli('team-user', 'list', '--db', db)).stdout.split('\n')).toHaveLength(2)

    const workspace = openWorkspace(db)
    try {
      const deps = {
        users: createTeamUserRepository(workspace.db),
        throttle: createLoginThrottle(),
      }
      const input = { name: '张三', password: '张三的密码 2026', address: '127.0.0.1' }
      await expect(verifyTeamLogin(deps, input)).resolves.toMatchObject({ id: 1 })
      await expect(
        verifyTeamLogin(deps, { ...input, password: '张三的密码 2026\n' }),
      ).rejects.toMatchObject({
        code: 'team_login_failed',
      })
    } finally {
      workspace.close()
    }
  })

  it('says when there are no accounts', async () => {
    const db = join(tempFolder(), 'team.sqlite')
    expect(await cli('team-user', 'list', '--db', db)).toEqual({
      code: 0,
      stdout: '还没有团队账号。',
      stderr: '',
    })
    expect(await cli('team-user', 'list', '--db', db, '--json')).toEqual({
      code: 0,
      stdout: '[]',
      stderr: '',
    })
  })

  it('refuses a name that exists with exit 1, keeping the first account', async () => {
    const folder = tempFolder()
    const db = join(folder, 'team.sqlite')
    const file = passwordFile(folder, 'first-password')
    await cli(
      'team-user',
      'add',
      '--name',
      '张三',
      '--role',
      'writer',
      '--db',
      db,
      '--password-file',
      file,
    )
    const again = await cli(
      'team-user',
      'add',
      '--name',
      '张三',
      '--role',
      'admin',
      '--db',
      db,
      '--password-file',
      file,
    )
    expect(again).toEqual({ code: 1, stdout: '', stderr: '账号“张三”已存在，请换一个名字。' })
    expect(JSON.parse((await cli('team-user', 'list', '--db', db, '--json')).stdout)).toMatchObject(
      [{ name: '张三', role: 'writer' }],
    )
  })

  it.each([
    [['team-user', '--db', 'DB'], 2, /请指明 add 或 list/],
    [['team-user', 'remove', '--db', 'DB'], 2, /请指明 add 或 list/],
    [['team-user', 'list'], 2, /请用 --db 指定团队工作区文件/],
    [['team-user', 'add', '--role', 'writer', '--db', 'DB', '--password-file', 'PW'], 2, /--name/],
    [['team-user', 'add', '--name', '张三', '--db', 'DB', '--password-file', 'PW'], 2, /--role/],
    [
      [
        'team-user',
        'add',
        '--name',
        '张三',
        '--role',
        'chief',
        '--db',
        'DB',
        '--password-file',
        'PW',
      ],
      2,
      /没有“chief”这个角色/,
    ],
    [
      ['team-user', 'add', '--name', '张三', '--role', 'writer', '--db', 'DB'],
      2,
      /--password-file/,
    ],
    [
      [
        'team-user',
        'add',
        '--name',
        '张三',
        '--role',
        'writer',
        '--db',
        'DB',
        '--password-file',
        '/no/such/file',
      ],
      1,
      /找不到文件/,
    ],
    [
      [
        'team-user',
        'add',
        '--name',
        '张三',
        '--role',
        'writer',
        '--db',
        'DB',
        '--password-file',
        'SHORT',
      ],
      1,
      /密码须为 8 至 1024 个字符/,
    ],
    [
      [
        'team-user',
        'add',
        '--name',
        '张三',
        '--role',
        'writer',
        '--db',
        'DB',
        '--password-file',
        'PW',
        '--bogus',
      ],
      2,
      /参数有误/,
    ],
  ])(
    'refuses %j with exit %i and a clear message, adding nobody',
    async (argv, exitCode, message) => {
      const folder = tempFolder()
      const db = join(folder, 'team.sqlite')
      const password = passwordFile(folder, 'long-enough-password')
      const short = join(folder, 'short.txt')
      writeFileSync(short, 'short\n')
      const replacements: Record<string, string> = { DB: db, PW: password, SHORT: short }
      const result = await cli(...(argv as string[]).map((arg) => replacements[arg] ?? arg))
      expect(result.code).toBe(exitCode)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message as RegExp)
      const listed = await cli('team-user', 'list', '--db', db, '--json')
      expect(JSON.parse(listed.stdout)).toEqual([])
    },
  )
})

/** A stand-in terminal: what is typed arrives as data events; raw mode is recorded. */
function fakeTerminal() {
  const emitter = new EventEmitter()
  const rawModes: boolean[] = []
  const terminal = {
    isTTY: true,
    setRawMode: (raw: boolean) => rawModes.push(raw),
    on: (event: 'data', listener: (chunk: string) => void) => emitter.on(event, listener),
    off: (event: 'data', listener: (chunk: string) => void) => emitter.off(event, listener),
    resume: () => undefined,
    pause: () => undefined,
    type: (text: string) => emitter.emit('data', Buffer.from(text)),
  }
  return { terminal, rawModes, listeners: () => emitter.listenerCount('data') }
}

describe('reading a password on the terminal', () => {
  it('shows nothing typed, honours Backspace and ends at Enter', async () => {
    const { terminal, rawModes, listeners } = fakeTerminal()
    const shown: string[] = []
    const line = readHiddenLine('密码：', terminal, { write: (text) => shown.push(text) })
    terminal.type('张三x')
    terminal.type('\u007f的密码')
    terminal.type('2026\r')
    expect(await line).toBe('张三的密码2026')
    expect(shown).toEqual(['密码：', '\n'])
    expect(rawModes).toEqual([true, false])
    expect(listeners()).toBe(0)
  })

  it('gives up on Ctrl-C, and reads nothing where the input is not a terminal', async () => {
    const { terminal } = fakeTerminal()
    const line = readHiddenLine('密码：', terminal, { write: () => undefined })
    terminal.type('abc\u0003')
    expect(await line).toBeUndefined()
    const notTerminal = { ...terminal, isTTY: false }
    expect(await readHiddenLine('密码：', notTerminal, { write: () => undefined })).toBeUndefined()
  })
})
