import type { TeamRole } from '../shared/team/team-roles'
import { teamRoles } from '../shared/team/team-roles'
import type { TeamUser } from '../team/team-account-service'
import { addTeamUser, listTeamUsers } from '../team/team-account-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import { startWorkspace } from '../workspace/start-workspace'
import type { CliCommand } from './cli-command'
import { CliError } from './cli-command'
import type { HiddenInput } from './read-hidden-line'
import { readHiddenLine } from './read-hidden-line'
import { readTextFile } from './read-input-file'

const usage =
  'team-user add --name <姓名> --role writer|editor|reviewer|admin --db PATH ' +
  '[--password-file <文件>] [--json] | team-user list --db PATH [--json]'

const roleNames: Record<TeamRole, string> = {
  writer: '记者',
  editor: '编辑',
  reviewer: '审核',
  admin: '管理员',
}

function describeUser(user: TeamUser): string {
  const disabled = user.disabled ? '\t已停用' : ''
  return `${user.id}\t${user.name}\t${user.role}（${roleNames[user.role]}）\t${user.createdAt}${disabled}`
}

function requireOption(value: string | boolean | undefined, message: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`${message}\n用法：npm run -s cli -- ${usage}`, 2)
  }
  return value
}

/** The password from the first line of --password-file, or typed twice on the terminal unseen. */
async function readNewPassword(passwordFile: string | undefined): Promise<string> {
  if (passwordFile !== undefined) {
    return readTextFile(passwordFile).split(/\r?\n/u)[0]
  }
  const terminal = process.stdin as HiddenInput
  const prompt = (text: string) => readHiddenLine(text, terminal, process.stderr)
  const first = await prompt('请输入新账号的密码（输入时不显示）：')
  if (first === undefined) {
    throw new CliError('没有终端可输入密码：请在终端中运行，或用 --password-file 指定密码文件。', 2)
  }
  const second = await prompt('请再输入一次：')
  if (second !== first) {
    throw new CliError('两次输入的密码不一致，未添加账号。', 2)
  }
  return first
}

/** `team-user add` and `team-user list`: the team server's accounts, in the workspace file. */
export const teamUserCommand: CliCommand = {
  usage,
  options: { name: 'string', role: 'string', 'password-file': 'string' },
  run: async ({ positionals, options }) => {
    const [action] = positionals
    if (action !== 'add' && action !== 'list') {
      throw new CliError(`请指明 add 或 list。\n用法：npm run -s cli -- ${usage}`, 2)
    }
    const file = requireOption(options.db, '请用 --db 指定团队工作区文件。')
    if (action === 'list') {
      const workspace = startWorkspace(file, { seedSample: false })
      try {
        const users = listTeamUsers(createTeamUserRepository(workspace.db))
        return { json: users, text: users.map(describeUser).join('\n') || '还没有团队账号。' }
      } finally {
        workspace.close()
      }
    }
    const name = requireOption(options.name, '请用 --name 指定账号名，例如 --name 张三')
    const role = requireOption(
      options.role,
      '请用 --role 指定角色：writer、editor、reviewer 或 admin',
    )
    if (!teamRoles.includes(role as TeamRole)) {
      throw new CliError(
        `没有“${role}”这个角色。角色只能是 writer（记者）、editor（编辑）、reviewer（审核）或 admin（管理员）。`,
        2,
      )
    }
    const password = await readNewPassword(options['password-file'] as string | undefined)
    const workspace = startWorkspace(file, { seedSample: false })
    try {
      const user = await addTeamUser(createTeamUserRepository(workspace.db), {
        name,
        role,
        password,
      })
      return { json: user, text: `已添加账号：${describeUser(user)}` }
    } finally {
      workspace.close()
    }
  },
}
