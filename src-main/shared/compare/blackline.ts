import { diffArrays } from 'diff'
import type { z } from 'zod'
import type { blacklinePartSchema } from './comparison-schema'

/** What a stretch of a blackline is: shared by both versions, or only in the newer or the older. */
export const blacklinePartKinds = ['same', 'added', 'removed'] as const

/** A stretch of a blackline (see blacklinePartSchema). */
export type BlacklinePart = z.output<typeof blacklinePartSchema>

const tokenPattern = /\d+(?:[.,]\d+)*|【[^】\n]*】|[A-Za-z]+|[\s\S]/gu

/** Numbers, placeholders and Latin words are whole tokens, so a changed figure reads as one change. */
function tokens(text: string): string[] {
  return text.match(tokenPattern) ?? []
}

/** The changes from `before` to `after`, token by token, with neighbouring parts of a kind joined. */
export function blackline(before: string, after: string): BlacklinePart[] {
  const parts: BlacklinePart[] = []
  for (const change of diffArrays(tokens(before), tokens(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts.at(-1)
    if (last?.kind === kind) {
      last.text += text
    } else if (text) {
      parts.push({ kind, text })
    }
  }
  return parts
}
