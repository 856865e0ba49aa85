import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { checkText } from '../checks/check-text'
import { extractFigures } from '../shared/extraction/extract-figures'
import { toPublicFigure } from '../shared/extraction/public-figure'
import type { LabelledFigure, PlantedError } from './eval-corpus'
import { readEvalCorpus } from './eval-corpus'
import { evalTargets } from './eval-targets'
import type { CheckScore } from './score-checks'
import { scoreChecks } from './score-checks'
import type { ExtractionScore } from './score-extraction'
import { scoreExtraction } from './score-extraction'

interface TextResult {
  name: string
  extraction: ExtractionScore
  checks: CheckScore
}

const projectRoot = join(__dirname, '..', '..')

function evaluate(
  name: string,
  text: string,
  figures: readonly LabelledFigure[],
  planted: readonly PlantedError[],
  year: number,
): TextResult {
  return {
    name,
    extraction: scoreExtraction(figures, extractFigures(text).map(toPublicFigure)),
    checks: scoreChecks(text, planted, checkText(text, { year })),
  }
}

function pool(results: TextResult[], name = 'pooled'): TextResult {
  const sum = <T>(pick: (result: TextResult) => T[]) => results.flatMap(pick)
  const total = (pick: (result: TextResult) => number) =>
    results.reduce((count, result) => count + pick(result), 0)
  const matched = total((result) => result.extraction.matched)
  const extracted = total((result) => result.extraction.extracted)
  const labelled = total((result) => result.extraction.labelled)
  return {
    name,
    extraction: {
      labelled,
      extracted,
      matched,
      precision: extracted === 0 ? 1 : matched / extracted,
      recall: labelled === 0 ? 1 : matched / labelled,
      kindsAgreeing: total((result) => result.extraction.kindsAgreeing),
      labelsAgreeing: total((result) => result.extraction.labelsAgreeing),
      genericLabels: total((result) => result.extraction.genericLabels),
      missed: sum((result) => result.extraction.missed.map((item) => `${result.name} ${item}`)),
      spurious: sum((result) => result.extraction.spurious.map((item) => `${result.name} ${item}`)),
    },
    checks: {
      planted: total((result) => result.checks.planted),
      caught: total((result) => result.checks.caught),
      fixedRight: total((result) => result.checks.fixedRight),
      findings: total((result) => result.checks.findings),
      falseAlarms: total((result) => result.checks.falseAlarms),
      cleanSentences: total((result) => result.checks.cleanSentences),
      cleanSentencesFlagged: total((result) => result.checks.cleanSentencesFlagged),
      missed: sum((result) => result.checks.missed.map((item) => `${result.name} ${item}`)),
      alarms: sum((result) => result.checks.alarms.map((item) => `${result.name} ${item}`)),
    },
  }
}

const fixed = (value: number) => value.toFixed(3)

function extractionRow({ name, extraction: score }: TextResult): string {
  return [
    name.padEnd(16),
    String(score.labelled).padStart(8),
    String(score.extracted).padStart(9),
    String(score.matched).padStart(7),
    fixed(score.precision).padStart(9),
    fixed(score.recall).padStart(6),
    `${score.kindsAgreeing}/${score.matched}`.padStart(7),
    `${score.labelsAgreeing}/${score.matched}`.padStart(7),
    String(score.genericLabels).padStart(7),
  ].join(' ')
}

function checksRow({ name, checks: score }: TextResult): string {
  const rate = score.planted === 0 ? '—' : fixed(score.caught / score.planted)
  return [
    name.padEnd(16),
    String(score.planted).padStart(7),
    String(score.caught).padStart(6),
    rate.padStart(6),
    `${score.fixedRight}/${score.caught}`.padStart(10),
    String(score.falseAlarms).padStart(12),
    `${score.cleanSentencesFlagged}/${score.cleanSentences}`.padStart(13),
  ].join(' ')
}

function main(): void {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, details: { type: 'boolean' } },
  })
  const corpus = readEvalCorpus(join(projectRoot, 'eval-corpus'))
  const heldOut = corpus.map((entry) =>
    evaluate(entry.name, entry.text, entry.figures, entry.planted, entry.year),
  )
  const pooled = pool(heldOut)
  const batches = (['first', 'late'] as const).map((batch) =>
    pool(
      heldOut.filter((_, index) => corpus[index].batch === batch),
      `pooled ${batch}`,
    ),
  )
  const sample = readFileSync(join(projectRoot, 'resources', 'shangdang-2025.txt'), 'utf8')
  const sampleFigures = JSON.parse(
    readFileSync(join(projectRoot, 'resources', 'shangdang-2025.figures.json'), 'utf8'),
  ) as LabelledFigure[]
  const dev = evaluate('shangdang-2025', sample, sampleFigures, [], 2025)
  const extraction = pooled.extraction
  const checks = pooled.checks
  const catchRate = checks.planted === 0 ? 1 : checks.caught / checks.planted
  const met = {
    precision: extraction.precision >= evalTargets.precision,
    recall: extraction.recall >= evalTargets.recall,
    catchRate: catchRate >= evalTargets.catchRate,
    falseAlarms: checks.falseAlarms <= evalTargets.falseAlarms,
  }
  const lines = [
    'Extraction, strict (span, value, unit, qualifier); kind and label agreement of the matches;',
    'generic: figures labelled with a generic head alone (项目, 金额, 数量)',
    `${'text'.padEnd(16)} labelled extracted matched precision recall   kinds  labels generic`,
    ...heldOut.map(extractionRow),
    ...batches.map(extractionRow),
    extractionRow({ ...pooled, name: 'pooled held-out' }),
    extractionRow({ ...dev, name: 'dev: shangdang' }),
    '',
    'Checks (plain text, report year given): planted errors caught, false alarms',
    `${'text'.padEnd(16)} planted caught  rate fixes right false alarms clean flagged`,
    ...heldOut.map(checksRow),
    ...batches.map(checksRow),
    checksRow({ ...pooled, name: 'pooled held-out' }),
    checksRow({ ...dev, name: 'dev: shangdang' }),
    '',
    `Targets (pooled held-out): precision ≥ ${evalTargets.precision} ${met.precision ? 'met' : 'MISSED'}, ` +
      `recall ≥ ${evalTargets.recall} ${met.recall ? 'met' : 'MISSED'}, ` +
      `catch ≥ ${evalTargets.catchRate} ${met.catchRate ? 'met' : 'MISSED'}, ` +
      `false alarms ≤ ${evalTargets.falseAlarms} ${met.falseAlarms ? 'met' : 'MISSED'}`,
  ]
  if (values.details) {
    lines.push('', 'Missed figures:', ...extraction.missed, '', 'Spurious figures:')
    lines.push(...extraction.spurious, '', 'Missed errors:', ...checks.missed, '', 'False alarms:')
    lines.push(...checks.alarms)
  }
  console.log(lines.join('\n'))
  const file = join(process.cwd(), 'bench', values.quick ? 'eval-quick.json' : 'eval.json')
  mkdirSync(join(file, '..'), { recursive: true })
  const results = {
    date: new Date().toISOString(),
    corpus: 'eval-corpus/ (held out; see its README)',
    targets: evalTargets,
    met,
    pooled: { ...pooled, checks: { ...checks, catchRate } },
    batches,
    texts: heldOut.map((result, index) => ({ batch: corpus[index].batch, ...result })),
    dev,
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  if (Object.values(met).includes(false)) {
    process.exitCode = 1
  }
}

main()
