import type { CallContext, Failure, Handlers, Result } from '../contract/channels'
import { channels, isChannelName } from '../contract/channels'
import { AppError, errorMessage } from '../errors/app-error'

function failure(code: string, params: Record<string, string | number> = {}): Failure {
  return { ok: false, code, message: errorMessage(code, params), params }
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '（整体）'}：${issue.message}`)
    .join('；')
}

const storageFailures: Record<string, string> = {
  SQLITE_FULL: '磁盘已满',
  SQLITE_READONLY: '工作区文件是只读的',
  SQLITE_IOERR: '读写磁盘出错',
  SQLITE_BUSY: '工作区正被另一个程序占用',
  SQLITE_CANTOPEN: '无法打开工作区文件',
}

function storageFailure(error: unknown): Failure | undefined {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') {
    return undefined
  }
  const reason = Object.entries(storageFailures).find(([prefix]) => code.startsWith(prefix))?.[1]
  return reason ? failure('save_failed', { reason }) : undefined
}

/**
 * Validates a call's input against the contract, runs its handler and turns every failure
 * into a value; nothing thrown crosses the boundary.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return failure('unknown_channel', { channel: channel.slice(0, 80) })
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return failure('invalid_input', { details: describeIssues(parsed.error.issues) })
  }
  try {
    const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown
    return { ok: true, value: await handler(parsed.data, context) }
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, params: error.params }
    }
    const storage = storageFailure(error)
    if (storage) {
      return storage
    }
    console.error(`[dajuan] ${channel} failed:`, error)
    return failure('internal')
  }
}
