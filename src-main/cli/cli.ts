import { parseArgs } from 'node:util'
import type { ChannelInput, ChannelName, ChannelOutput } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import type { Workspace } from '../workspace/workspace'
import { resolveWorkspaceFile, startWorkspace } from '../workspace/start-workspace'
import type { CallChannel } from './cli-command'
import { CliError } from './cli-command'
import { cliCommands } from './cli-commands'

function usage(): string {
  const lines = Object.values(cliCommands).map((command) => `  npm run -s cli -- ${command.usage}`)
  return ['用法：', ...lines].join('\n')
}

/** Runs one CLI invocation; returns the exit code. Output goes to the given streams. */
export async function runCli(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? cliCommands[name] : undefined
  if (!command) {
    io.err(name ? `未知命令：${name}\n${usage()}` : usage())
    return 2
  }
  let workspace: Workspace | undefined
  try {
    const optionSpec = Object.fromEntries(
      Object.entries(command.options).map(([option, type]) => [option, { type }]),
    )
    let parsed
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...optionSpec, db: { type: 'string' }, json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      })
    } catch (error) {
      throw new CliError(
        `参数有误：${(error as Error).message}\n用法：npm run -s cli -- ${command.usage}`,
        2,
      )
    }
    const call: CallChannel = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
      workspace ??= startWorkspace(resolveWorkspaceFile(parsed.values.db as string | undefined), {
        seedSample: false,
      })
      const result = await dispatch(createHandlers(workspace), channel, input, { mode: 'cli' })
      if (!result.ok) {
        throw new CliError(result.message)
      }
      return result.value as ChannelOutput<C>
    }
    const output = await command.run({
      positionals: parsed.positionals,
      options: parsed.values as Record<string, string | boolean | undefined>,
      call,
    })
    for (const warning of output.warnings ?? []) {
      io.err(warning)
    }
    io.out(parsed.values.json ? JSON.stringify(output.json) : output.text)
    return 0
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message)
      return error.exitCode
    }
    if (error instanceof AppError) {
      io.err(error.message)
      return 1
    }
    io.err(`出错了：${(error as Error).message}`)
    return 1
  } finally {
    workspace?.close()
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code
  })
}
