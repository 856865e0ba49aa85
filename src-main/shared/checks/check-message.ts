import zhCN from '../../../resources/locales/zh-CN.json'
import type { ErrorParams } from '../errors/app-error'
import { interpolate } from '../errors/app-error'

type CheckMessages = typeof zhCN.checks

/** A message under "checks" in the locale files, as i18next names it: "punctuation.halfWidth". */
export type CheckMessageKey = {
  [Group in keyof CheckMessages]: `${Group}.${keyof CheckMessages[Group] & string}`
}[keyof CheckMessages]

/**
 * The Chinese message for a check finding, read from the "checks" object of
 * resources/locales/zh-CN.json with {{name}} placeholders filled the way errorMessage does.
 */
export function checkMessage(key: CheckMessageKey, params: ErrorParams = {}): string {
  const [group, name] = key.split('.') as [keyof CheckMessages, string]
  const messages = zhCN.checks[group] as Record<string, string>
  return interpolate(messages[name], params)
}

/** A finding's message: the Chinese text (CLI, exports) and the key and parameters the UI translates. */
export interface FindingMessage {
  message: string
  messageKey: CheckMessageKey
  messageParams: ErrorParams
}

/** The message fields of a finding, for `{ ...findingMessage(key, params) }`. */
export function findingMessage(key: CheckMessageKey, params: ErrorParams = {}): FindingMessage {
  return { message: checkMessage(key, params), messageKey: key, messageParams: params }
}
