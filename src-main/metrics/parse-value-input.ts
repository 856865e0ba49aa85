import { AppError } from '../shared/errors/app-error'
import { extractFigures } from '../shared/extraction/extract-figures'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { unitScale } from '../shared/metrics/unit-scale'

const bareNumber = /^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

function normalizeDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/^[−－]/, '-')
    .trim()
}

/**
 * A value typed for a series, in base units: "3700万吨" → 37000000 for a 吨 series; a bare
 * number is read in the series' display unit ("3700" → 3700万吨). Anything else is refused.
 */
export function parseValueInput(
  text: string,
  series: Pick<MetricSeries, 'unit' | 'displayUnit' | 'kind'>,
): number {
  const input = normalizeDigits(text)
  if (bareNumber.test(input)) {
    const value = Number(input.replace(/,/g, '')) * unitScale(series.displayUnit, series.unit)
    return Number(value.toPrecision(15))
  }
  const signed = /^[-+]/.test(input)
  const negative = input.startsWith('-')
  const body = signed ? input.slice(1) : input
  const figures = extractFigures(body)
  const figure = figures.length === 1 ? figures[0] : undefined
  if (!figure || figure.start !== 0 || figure.end !== body.length) {
    throw new AppError('invalid_value', { text: text.slice(0, 40) })
  }
  if (figure.unit !== series.unit) {
    throw new AppError('unit_mismatch', {
      text: text.slice(0, 40),
      unit: series.unit || '（无单位）',
    })
  }
  const value = negative ? -Math.abs(figure.value) : figure.value
  return Number(value.toPrecision(15))
}
