import type { SectionKind } from '../../shared/sections/section-kind'
import type { DetectedSection } from '../detected-outline'
import type { SourceAttachment } from '../source-paragraph'
import { numberingRank } from './line-shapes'
import type { Line } from './read-lines'
import { bracketedLead } from './structure-lexicon'
import { sectionLabelMaxLength } from './structure-thresholds'

/** Collects sections in reading order and knows which one receives the next block. */
export class OutlineBuilder {
  private readonly sections: DetectedSection[] = []
  private receiver: DetectedSection | undefined
  private lastReceiver: DetectedSection | undefined
  private pending: SourceAttachment[] = []
  private heading: { section: DetectedSection; line: Line } | undefined
  private inLineSubsection = false

  start(kind: SectionKind, title: string, parent?: DetectedSection): DetectedSection {
    const section: DetectedSection = { kind, title, blocks: [], children: [] }
    if (parent) {
      parent.children.push(section)
    } else {
      this.sections.push(section)
    }
    if (kind === 'title' || kind === 'subtitle') {
      this.receiver = undefined
      return section
    }
    section.blocks.push(...this.pending)
    this.pending = []
    this.receiver = section
    this.lastReceiver = section
    this.inLineSubsection = false
    return section
  }

  addMastheadLine(text: string) {
    if (this.receiver?.kind !== 'masthead') {
      this.start('masthead', shortLabel(text))
    }
    this.paragraph(text, 0)
  }

  addHeadingLine(line: Line) {
    if (this.heading && isDeeperHeading(line, this.heading.line)) {
      this.start('subsection', leadTitle(line.text), this.heading.section)
      this.paragraph(line.text, line.text.length)
      this.inLineSubsection = true
      return
    }
    this.heading = { section: this.start('heading', line.text), line }
  }

  startLeadSubsection(text: string, leadLength: number) {
    this.start('subsection', leadTitle(text.slice(0, leadLength)), this.heading?.section)
    this.paragraph(text, leadLength)
  }

  /** Adds a paragraph to the open section, opening the lead when none is open. */
  paragraph(text: string, leadLength: number) {
    const section = this.receiver ?? this.start('lead', shortLabel(text))
    section.blocks.push({ kind: 'paragraph', text, leadLength })
  }

  attach(attachment: SourceAttachment) {
    if (this.receiver) {
      this.receiver.blocks.push(attachment)
    } else {
      this.pending.push(attachment)
    }
  }

  isInHeadingIntro(): boolean {
    return this.heading !== undefined && this.receiver === this.heading.section
  }

  isInLineSubsection(): boolean {
    return this.inLineSubsection
  }

  isBeforeFirstHeading(): boolean {
    return this.heading === undefined
  }

  finish(): DetectedSection[] {
    if (this.pending.length > 0) {
      const section = this.lastReceiver ?? this.start('lead', '')
      section.blocks.push(...this.pending)
      this.pending = []
    }
    return this.sections
  }
}

function isDeeperHeading(line: Line, heading: Line): boolean {
  const level = line.hints?.headingLevel
  const headingLevel = heading.hints?.headingLevel
  if (level !== undefined && headingLevel !== undefined) {
    return level > headingLevel
  }
  const rank = numberingRank(line.text)
  if (rank === undefined) {
    return false
  }
  const headingRank = numberingRank(heading.text)
  return headingRank === undefined ? rank >= 1 : rank > headingRank
}

/** The first clause of `text`, at most `sectionLabelMaxLength` characters: the title of a section without a line. */
export function shortLabel(text: string): string {
  const clause = text.split(/[，。；！？,;!?]/u).find((part) => part.trim() !== '') ?? ''
  return Array.from(clause.trim()).slice(0, sectionLabelMaxLength).join('')
}

function leadTitle(lead: string): string {
  const bracketed = bracketedLead.exec(lead.trim())
  return bracketed ? bracketed[1].trim() : lead.trim().replace(/[。！!，,；;：:]+$/u, '')
}
