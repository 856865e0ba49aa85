import type { Role } from './classify-lines'
import { isProse, leadSentenceLength } from './line-shapes'
import type { Line, Reading } from './read-lines'

/**
 * Pass 3: where the closing starts, the last prose paragraph before the credits when it is no
 * subsection and follows body text; the credits' start when there is no closing.
 */
export function findClosingStart(
  reading: Reading,
  roles: (Role | undefined)[],
  bodyStart: number,
  leadIndex: number | undefined,
): number {
  const { items, creditsStart, style } = reading
  let last: number | undefined
  for (let index = creditsStart - 1; index >= bodyStart && last === undefined; index--) {
    if (isProse(style, items[index])) {
      last = index
    }
  }
  if (
    last === undefined ||
    last === leadIndex ||
    !hasBodyText(roles[last]) ||
    leadSentenceLength((items[last] as Line).text) > 0
  ) {
    return creditsStart
  }
  for (let index = last - 1; index >= bodyStart; index--) {
    if (items[index].kind === 'paragraph') {
      return hasBodyText(roles[index]) ? last : creditsStart
    }
  }
  return creditsStart
}

function hasBodyText(role: Role | undefined): boolean {
  return role?.kind === 'body' || role?.kind === 'leadParagraph'
}
