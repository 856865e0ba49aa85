import { z } from 'zod'
import type { CallContext, Failure, Handlers, Result } from '../contract/channels'
import { channels, isChannelName } from '../contract/channels'
import { AppError, errorMessage } from '../shared/errors/app-error'
import zhCN from '../../resources/locales/zh-CN.json'

function failure(code: string, params: Record<string, string | number> = {}): Failure {
  return { ok: false, code, message: errorMessage(code, params), params }
}

/** zod's own Chinese messages, for the issues the contract gives no message of its own. */
const chineseIssueMessages = z.locales.zhCN().localeError

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '（整体）'}：${issue.message}`)
    .join('；')
}

/** Why a write failed, by SQLite error code prefix (SQLITE_IOERR_WRITE → SQLITE_IOERR). */
const storageFailures: Record<string, string> = zhCN.storageFailures

/** Channels whose failed write the editor retries with its text kept: they say "保存失败". */
const editorSaves = new Set<string>(['sections.save', 'sections.restoreRevision'])

function storageFailure(channel: string, error: unknown): Failure | undefined {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') {
    return undefined
  }
  const reason = Object.entries(storageFailures).find(([prefix]) => code.startsWith(prefix))?.[1]
  if (!reason) {
    return undefined
  }
  return failure(editorSaves.has(channel) ? 'save_failed' : 'write_failed', { reason })
}

/** Deeper than any real input (a 32-level document is about 70); zod would overflow the stack. */
const maxInputDepth = 128

/** Whether objects and arrays nest deeper than `limit`; walked without recursion, a cycle is deep. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]]
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) {
      continue
    }
    if (depth > limit) {
      return true
    }
    for (const inner of Object.values(current)) {
      pending.push([inner, depth + 1])
    }
  }
  return false
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
  if (nestsDeeperThan(rawInput, maxInputDepth)) {
    return failure('input_too_deep', { limit: maxInputDepth })
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {}, { error: chineseIssueMessages })
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
    const storage = storageFailure(channel, error)
    if (storage) {
      return storage
    }
    console.error(`[dajuan] ${channel} failed:`, error)
    return failure('internal')
  }
}
