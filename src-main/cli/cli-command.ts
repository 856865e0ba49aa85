import type { ChannelInput, ChannelName, ChannelOutput } from '../contract/channels'

/** Calls a contract channel and returns its value, throwing a CliError with the Chinese message on failure. */
export type CallChannel = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>

export interface CliCommandContext {
  positionals: string[]
  options: Record<string, string | boolean | undefined>
  call: CallChannel
}

/** What a command prints: `json` with --json, `text` otherwise; `warnings` go to stderr either way. */
export interface CliOutput {
  json: unknown
  text: string
  warnings?: string[]
}

export interface CliCommand {
  usage: string
  /** Option names (without --) this command accepts besides --db and --json, and whether they take a value. */
  options: Record<string, 'string' | 'boolean'>
  run: (context: CliCommandContext) => Promise<CliOutput>
}

/** A failure the CLI reports on stderr with a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}
