import type { DetectedSection } from './detected-outline'
import { buildOutline } from './structure/build-outline'
import { classifyLines } from './structure/classify-lines'
import { findClosingStart } from './structure/find-closing'
import { findLeadIndex } from './structure/find-lead'
import { readFrontMatter } from './structure/read-front-matter'
import { findFirstProse, readLines } from './structure/read-lines'
import type { SourceBlock } from './source-paragraph'

/** The report's outline in reading order; its rules, each with an example, are detect-structure.test.ts's table. */
export function detectStructure(blocks: SourceBlock[]): DetectedSection[] {
  const reading = readLines(blocks)
  if (!reading) {
    return []
  }
  const roles = classifyLines(reading)
  const firstProse = findFirstProse(reading)
  const front = readFrontMatter(reading, roles, firstProse)
  const leadIndex = findLeadIndex(roles, front.bodyStart, firstProse, reading.creditsStart)
  if (leadIndex !== undefined) {
    roles[leadIndex] = { kind: 'body' }
  }
  const closingStart = findClosingStart(reading, roles, front.bodyStart, leadIndex)
  return buildOutline(reading, roles, { front, leadIndex, closingStart })
}
