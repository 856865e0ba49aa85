import { genericHeads } from '../shared/extraction/label-lexicon'
import type { PublicFigure } from '../shared/extraction/public-figure'
import type { LabelledFigure } from './eval-corpus'

/** How extracted figures compare with hand labels, strictly: span, value, unit and qualifier. */
export interface ExtractionScore {
  labelled: number
  extracted: number
  matched: number
  precision: number
  recall: number
  /** Of the matched figures, how many carry the hand label's kind, and its label word for word. */
  kindsAgreeing: number
  labelsAgreeing: number
  /** Extracted figures labelled with a generic head alone (项目, 金额, 数量): a label that says nothing. */
  genericLabels: number
  /** Labelled figures not found, and extracted ones no label has, as "start text". */
  missed: string[]
  spurious: string[]
}

type Scored = Pick<PublicFigure, 'start' | 'end' | 'text' | 'value' | 'unit' | 'qualifier'>

function key(figure: Scored): string {
  // Values in base units can be large (2.36e9): compare them at twelve significant digits.
  const value = Number(figure.value.toPrecision(12))
  return [figure.start, figure.end, value, figure.unit, figure.qualifier].join('|')
}

/** Precision is 1 when nothing is extracted from a text with nothing labelled, likewise recall. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}

/** Scores `extracted` against `labelled` (both of one text). */
export function scoreExtraction(
  labelled: readonly LabelledFigure[],
  extracted: readonly PublicFigure[],
): ExtractionScore {
  const byKey = new Map(labelled.map((figure) => [key(figure), figure]))
  const extractedKeys = new Set(extracted.map(key))
  let matched = 0
  let kindsAgreeing = 0
  let labelsAgreeing = 0
  const spurious: string[] = []
  for (const figure of extracted) {
    const hand = byKey.get(key(figure))
    if (!hand) {
      spurious.push(`${figure.start} ${figure.text}`)
      continue
    }
    matched++
    kindsAgreeing += hand.kind === figure.kind ? 1 : 0
    labelsAgreeing += hand.label === figure.label ? 1 : 0
  }
  const missed = labelled
    .filter((figure) => !extractedKeys.has(key(figure)))
    .map((figure) => `${figure.start} ${figure.text}`)
  const genericLabels = extracted.filter((figure) => genericHeads.has(figure.label)).length
  return {
    labelled: labelled.length,
    extracted: extracted.length,
    matched,
    precision: ratio(matched, extracted.length),
    recall: ratio(matched, labelled.length),
    kindsAgreeing,
    labelsAgreeing,
    genericLabels,
    missed,
    spurious,
  }
}
