import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckRule } from '../shared/checks/check-rule-info'
import type { PublicFigure } from '../shared/extraction/public-figure'

/** A figure as labelled by hand: the public fields without link and duration (not scored). */
export type LabelledFigure = Omit<PublicFigure, 'linkedTo' | 'duration'>

/** An error written into a text on purpose, with the rule that should catch it. */
export interface PlantedError {
  rule: CheckRule
  start: number
  end: number
  text: string
  /** The right form, as the labeller wrote it; '' when a person has to decide. */
  suggestion: string
}

/** One held-out text with its labels. */
export interface EvalText {
  name: string
  place: string
  kind: string
  /** The year the text reports on: a shortened "24年" is completed from it. */
  year: number
  /**
   * first: written and labelled before issue 17's rules were written; late: written after they
   * were frozen and scored once, as a check on texts the rules' author had not seen them run on.
   */
  batch: 'first' | 'late'
  text: string
  figures: LabelledFigure[]
  planted: PlantedError[]
}

interface CorpusIndex {
  texts: { name: string; place: string; kind: string; year: number; batch: string }[]
}

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
}

/**
 * Finds a span written as `text` or with context as `before[text]after`, at or after `from`.
 * Throws when it is not there: a label that points nowhere is a broken corpus.
 */
function locate(
  text: string,
  spec: string,
  from: number,
  where: string,
): { start: number; end: number } {
  const bracket = /^(.*)\[(.+)\](.*)$/u.exec(spec)
  const [before, span, after] = bracket ? [bracket[1], bracket[2], bracket[3]] : ['', spec, '']
  const whole = before + span + after
  let at = text.indexOf(whole, Math.max(0, from - before.length))
  while (at >= 0 && at + before.length < from) {
    at = text.indexOf(whole, at + 1)
  }
  if (at < 0) {
    throw new Error(`${where}: “${spec}” is not in the text after offset ${from}`)
  }
  const start = at + before.length
  return { start, end: start + span.length }
}

function readFigures(folder: string, name: string, text: string): LabelledFigure[] {
  let cursor = 0
  return rows(join(folder, `${name}.figures.tsv`)).map((columns, index) => {
    const [spec, value, unit, displayUnit, qualifier, kind, label] = columns
    const where = `${name}.figures.tsv row ${index + 1}`
    if (columns.length !== 7 || Number.isNaN(Number(value))) {
      throw new Error(`${where}: expected 7 columns with a numeric value`)
    }
    const { start, end } = locate(text, spec, cursor, where)
    cursor = end
    return {
      text: text.slice(start, end),
      start,
      end,
      value: Number(value),
      unit,
      displayUnit,
      qualifier: qualifier as LabelledFigure['qualifier'],
      kind: kind as LabelledFigure['kind'],
      label,
    }
  })
}

function readPlanted(folder: string, name: string, text: string): PlantedError[] {
  let cursor = 0
  return rows(join(folder, `${name}.checks.tsv`)).map((columns, index) => {
    const [rule, spec, suggestion = ''] = columns
    const { start, end } = locate(text, spec, cursor, `${name}.checks.tsv row ${index + 1}`)
    cursor = start
    return { rule: rule as CheckRule, start, end, text: text.slice(start, end), suggestion }
  })
}

/** Reads the held-out corpus in `folder` (eval-corpus/ of the repository): texts and labels. */
export function readEvalCorpus(folder: string): EvalText[] {
  const index = JSON.parse(readFileSync(join(folder, 'corpus.json'), 'utf8')) as CorpusIndex
  return index.texts.map((entry) => {
    const text = readFileSync(join(folder, `${entry.name}.txt`), 'utf8')
    return {
      ...entry,
      batch: entry.batch === 'late' ? ('late' as const) : ('first' as const),
      text,
      figures: readFigures(folder, entry.name, text),
      planted: readPlanted(folder, entry.name, text),
    }
  })
}
