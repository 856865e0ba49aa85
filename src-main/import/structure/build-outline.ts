import type { DetectedSection } from '../detected-outline'
import type { Role } from './classify-lines'
import type { LeadSizes } from './find-run-in-lead'
import { findRunInLead, measureLeadSizes } from './find-run-in-lead'
import { formattedLeadLength } from './line-shapes'
import { OutlineBuilder, shortLabel } from './outline-builder'
import type { FrontMatter } from './read-front-matter'
import type { Item, Line, Reading } from './read-lines'

/** Where the passes put the report's parts: its front matter, lead and closing. */
export interface OutlineParts {
  front: FrontMatter
  leadIndex: number | undefined
  closingStart: number
}

/** Pass 4: the outline, with every line and attachment placed in reading order. */
export function buildOutline(
  reading: Reading,
  roles: (Role | undefined)[],
  parts: OutlineParts,
): DetectedSection[] {
  const { front, leadIndex, closingStart } = parts
  const builder = new OutlineBuilder()
  addFrontMatter(builder, reading.items, front)
  addBody(builder, reading, roles, { start: front.bodyStart, end: closingStart, leadIndex })
  addClosing(builder, reading, roles, closingStart)
  addCredits(builder, reading)
  return builder.finish()
}

function addFrontMatter(builder: OutlineBuilder, items: Item[], front: FrontMatter) {
  for (let index = 0; index < front.bodyStart; index++) {
    const item = items[index]
    if (item.kind === 'attachment') {
      builder.attach(item)
    } else if (index === front.title) {
      builder.start('title', item.text)
    } else if (index === front.subtitle) {
      builder.start('subtitle', item.text)
    } else {
      builder.addMastheadLine(item.text)
    }
  }
}

interface BodyRange {
  start: number
  end: number
  leadIndex: number | undefined
}

function addBody(
  builder: OutlineBuilder,
  reading: Reading,
  roles: (Role | undefined)[],
  range: BodyRange,
) {
  const { items } = reading
  const hasHeadings = roles.slice(range.start, range.end).some((role) => role?.kind === 'heading')
  const leadSizes = measureLeadSizes(reading, roles, range)
  for (let index = range.start; index < range.end; index++) {
    const item = items[index]
    if (item.kind === 'attachment') {
      builder.attach(item)
      continue
    }
    const role = roles[index] ?? { kind: 'body' }
    if (role.kind === 'heading') {
      builder.addHeadingLine(item)
      continue
    }
    if (role.kind === 'body') {
      const leadLength = index === range.leadIndex ? formattedLeadLength(item) : 0
      if (builder.isInHeadingIntro() && headingHasLeadLater(roles, index, range.end)) {
        addIntroParagraph(builder, item.text, leadSizes)
      } else {
        builder.paragraph(item.text, leadLength)
      }
      continue
    }
    const leadLength = role.kind === 'leadLine' ? item.text.length : role.leadLength
    if (builder.isInLineSubsection()) {
      builder.paragraph(item.text, leadLength)
    } else if (builder.isBeforeFirstHeading() && hasHeadings) {
      builder.paragraph(item.text, formattedLeadLength(item))
    } else {
      builder.startLeadSubsection(item.text, leadLength)
    }
  }
}

function headingHasLeadLater(roles: (Role | undefined)[], index: number, end: number): boolean {
  for (let next = index + 1; next < end; next++) {
    const kind = roles[next]?.kind
    if (kind === 'heading') {
      return false
    }
    if (kind === 'leadLine' || kind === 'leadParagraph') {
      return true
    }
  }
  return false
}

function addIntroParagraph(
  builder: OutlineBuilder,
  text: string,
  leadSizes: LeadSizes | undefined,
) {
  const split = leadSizes && findRunInLead(text, leadSizes)
  if (!split) {
    builder.paragraph(text, 0)
    return
  }
  builder.paragraph(split.intro, 0)
  builder.startLeadSubsection(split.rest, split.leadLength)
}

function addClosing(
  builder: OutlineBuilder,
  reading: Reading,
  roles: (Role | undefined)[],
  closingStart: number,
) {
  const { items, creditsStart } = reading
  if (closingStart >= creditsStart) {
    return
  }
  const closing = items[closingStart] as Line
  const role = roles[closingStart]
  builder.start('closing', shortLabel(closing.text))
  builder.paragraph(closing.text, role?.kind === 'leadParagraph' ? role.leadLength : 0)
  addPlainItems(builder, items.slice(closingStart + 1, creditsStart))
}

function addCredits(builder: OutlineBuilder, reading: Reading) {
  const { items, creditsStart } = reading
  if (creditsStart >= items.length) {
    return
  }
  builder.start('credits', shortLabel((items[creditsStart] as Line).text))
  addPlainItems(builder, items.slice(creditsStart))
}

function addPlainItems(builder: OutlineBuilder, items: Item[]) {
  for (const item of items) {
    if (item.kind === 'attachment') {
      builder.attach(item)
    } else {
      builder.paragraph(item.text, 0)
    }
  }
}
