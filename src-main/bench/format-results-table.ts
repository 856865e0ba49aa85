import type { Measurement } from './measurement'

function verdict(pass: boolean | null): string {
  if (pass === null) {
    return '—'
  }
  return pass ? 'yes' : '**no**'
}

function figure(value: number, unit: string, p95?: number): string {
  return p95 === undefined ? `${value} ${unit}` : `${value} ${unit} (p95 ${p95})`
}

/** The results as a Markdown table: the app's figure next to its reference, the ratio and the target. */
export function formatResultsTable(measurements: Measurement[]): string {
  return [
    '| # | operation | app | reference (floor) | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
    ...measurements.map((item) =>
      [
        '',
        item.id,
        item.note ? `${item.operation} — ${item.note}` : item.operation,
        figure(item.value, item.unit, item.p95),
        item.reference
          ? `${item.reference.value} ${item.reference.unit}: ${item.reference.operation}`
          : '—',
        item.ratio === undefined ? '—' : `${item.ratio}×`,
        item.target,
        verdict(item.pass),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ].join('\n')
}
