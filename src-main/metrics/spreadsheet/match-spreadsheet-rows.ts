import type { z } from 'zod'
import { defaultFigureStyle } from '../../shared/document/figure-style'
import { formatFigure } from '../../shared/document/format-figure'
import type { ErrorParams } from '../../shared/errors/app-error'
import { AppError, errorMessage } from '../../shared/errors/app-error'
import type { Workspace } from '../../workspace/workspace'
import type { MetricRow } from '../metric-service'
import { listReportMetrics } from '../metric-service'
import type { MetricSeries } from '../../shared/metrics/metric-series'
import { parseValueInput } from '../parse-value-input'
import { changeInWords, changeUnitWord } from '../../shared/metrics/series-change'
import { unitScale } from '../../shared/metrics/unit-scale'
import type { SpreadsheetMapping } from './guess-columns'
import { looksNumeric } from './guess-columns'
import type { ComparableLabel } from '../../shared/metrics/spreadsheet/label-similarity'
import {
  comparableLabel,
  fuzzyThreshold,
  labelSimilarity,
} from '../../shared/metrics/spreadsheet/label-similarity'
import type {
  spreadsheetPreviewInputSchema,
  spreadsheetPreviewRowSchema,
  spreadsheetRowStatuses,
  spreadsheetYearCellSchema,
} from '../../shared/metrics/spreadsheet/spreadsheet-schema'

export type SpreadsheetRowStatus = (typeof spreadsheetRowStatuses)[number]

/** An earlier year's cell of a table of years (see spreadsheetYearCellSchema). */
export type SpreadsheetYearCell = z.output<typeof spreadsheetYearCellSchema>

/** One data row of the table as it would be imported (see spreadsheetPreviewRowSchema). */
export type SpreadsheetPreviewRow = z.output<typeof spreadsheetPreviewRowSchema>

export type SpreadsheetPreviewInput = z.output<typeof spreadsheetPreviewInputSchema>

type Conversion =
  | { ok: true; value: number }
  | { ok: false; status: 'invalid' | 'unit-mismatch'; code: string; params: ErrorParams }

interface DataRow {
  rowNumber: number
  label: ComparableLabel
  valueText: string
  unit: string | undefined
  cells: string[]
}

interface Candidate {
  row: DataRow
  series: MetricRow
  exact: boolean
  similarity: number
  conversion: Conversion
}

function cleanUnit(unit: string): string {
  const plain = unit.normalize('NFKC').replace(/\s+/g, '')
  const unwrapped = plain.replace(/^[([【](.*)[)\]】]$/, '$1')
  return /^[-—–/\\]*$/.test(unwrapped) ? '' : unwrapped
}

/** What follows the number in a value cell: "万元" in "3700万元". */
function writtenUnit(valueText: string): string {
  return valueText.replace(/^[-+−]?[\d０-９,，.．]+/, '').slice(0, 20) || valueText.slice(0, 20)
}

function seriesUnitName(series: MetricSeries): string {
  return series.displayUnit || series.unit || '（无单位）'
}

/**
 * The row's value in the series' base unit: a bare number is read in the unit column's unit,
 * or without one in the series' display unit; a value written with its unit is read as written.
 */
function convertValue(valueText: string, unitText: string, series: MetricSeries): Conversion {
  if (valueText === '') {
    return { ok: false, status: 'invalid', code: 'spreadsheet_value_empty', params: {} }
  }
  const unit = cleanUnit(unitText)
  const composed = unit !== '' && looksNumeric(valueText) && !/[%％]$/.test(valueText)
  const text = composed ? `${valueText.replace(/[,，\s]/g, '')}${unit}` : valueText
  try {
    return { ok: true, value: parseValueInput(text, series) }
  } catch (error) {
    if (!(error instanceof AppError)) {
      throw error
    }
    if (composed || error.code === 'unit_mismatch') {
      return {
        ok: false,
        status: 'unit-mismatch',
        code: 'spreadsheet_unit_mismatch',
        params: {
          unit: composed ? unit : writtenUnit(valueText),
          seriesUnit: seriesUnitName(series),
        },
      }
    }
    const params = { text: valueText.slice(0, 40) }
    return { ok: false, status: 'invalid', code: 'spreadsheet_value_invalid', params }
  }
}

function displayText(series: MetricSeries, value: number | null | undefined): string | undefined {
  if (value === null || value === undefined) {
    return undefined
  }
  const scale = unitScale(series.displayUnit, series.unit)
  return formatFigure(value, { ...defaultFigureStyle, scale, template: `{v}${series.displayUnit}` })
}

function describeChange(value: number, series: MetricSeries): string {
  return changeInWords(value, `${Math.abs(value)}${changeUnitWord(series.unit)}`)
}

function readDataRows(rows: string[][], mapping: SpreadsheetMapping): DataRow[] {
  const { headerRow, labelColumn, valueColumn, unitColumn } = mapping
  if (labelColumn === valueColumn || unitColumn === labelColumn || unitColumn === valueColumn) {
    throw new AppError('spreadsheet_mapping_invalid')
  }
  const first = headerRow === null ? 0 : headerRow + 1
  return rows.slice(first).flatMap((cells, index) => {
    const label = (cells[labelColumn] ?? '').trim()
    if (label === '') {
      return []
    }
    return [
      {
        rowNumber: first + index + 1,
        label: comparableLabel(label),
        valueText: (cells[valueColumn] ?? '').trim(),
        unit: unitColumn === undefined ? undefined : (cells[unitColumn] ?? '').trim(),
        cells,
      },
    ]
  })
}

function candidatesOf(
  row: DataRow,
  series: { row: MetricRow; label: ComparableLabel }[],
): Candidate[] {
  return series.flatMap((item) => {
    const exact = item.label.text === row.label.text
    // A row without a value is most likely a heading (一、工业): only an exact name matches it.
    const similarity = exact ? 1 : row.valueText === '' ? 0 : labelSimilarity(row.label, item.label)
    if (!exact && similarity < fuzzyThreshold) {
      return []
    }
    const conversion = convertValue(row.valueText, row.unit ?? '', item.row)
    return [{ row, series: item.row, exact, similarity, conversion }]
  })
}

/** Exact names first, then values that convert, then the most similar name, then table order. */
function compareCandidates(left: Candidate, right: Candidate): number {
  return (
    Number(right.exact) - Number(left.exact) ||
    Number(right.conversion.ok) - Number(left.conversion.ok) ||
    right.similarity - left.similarity ||
    left.row.rowNumber - right.row.rowNumber ||
    left.series.id - right.series.id
  )
}

function withReason(
  row: SpreadsheetPreviewRow,
  code: string,
  params: ErrorParams = {},
): SpreadsheetPreviewRow {
  return { ...row, code, message: errorMessage(code, params), params }
}

function matchedRow(
  base: SpreadsheetPreviewRow,
  chosen: Candidate,
  candidates: Candidate[],
): SpreadsheetPreviewRow {
  const { series, conversion } = chosen
  const row: SpreadsheetPreviewRow = {
    ...base,
    seriesId: series.id,
    seriesLabel: series.label,
    similarity: Number(chosen.similarity.toFixed(3)),
    currentValueText: displayText(series, series.current?.value),
    previousValueText: displayText(series, series.previous?.value),
  }
  if (!conversion.ok) {
    return withReason({ ...row, status: conversion.status }, conversion.code, conversion.params)
  }
  const converted = {
    ...row,
    value: conversion.value,
    displayText: displayText(series, conversion.value),
  }
  const turned =
    series.kind === 'change' &&
    series.direction !== null &&
    conversion.value !== 0 &&
    conversion.value > 0 !== (series.direction === 'up')
  if (turned) {
    // A change whose sign flips the stated direction (下降 in the text, a rise in the table) waits
    // for a person, as typing one does.
    return withReason({ ...converted, status: 'fuzzy' }, 'spreadsheet_direction_changed', {
      label: series.label,
      stated: series.direction === 'up' ? '增长' : '下降',
      value: describeChange(conversion.value, series),
    })
  }
  const namesakes = candidates.filter((item) => item.exact && item.conversion.ok).length
  if (chosen.exact && namesakes > 1) {
    return withReason({ ...converted, status: 'fuzzy' }, 'spreadsheet_label_ambiguous', {
      label: series.label,
      count: namesakes,
    })
  }
  if (chosen.exact) {
    return { ...converted, status: 'exact' }
  }
  return withReason({ ...converted, status: 'fuzzy' }, 'spreadsheet_fuzzy_match', {
    label: base.label,
    series: series.label,
  })
}

/** The earlier years of a matched row in a table of years, against the values stored. */
function yearCells(
  row: DataRow,
  series: MetricSeries,
  mapping: SpreadsheetMapping,
  stored: (seriesId: number, year: number) => number | null,
): SpreadsheetYearCell[] {
  return (mapping.yearColumns ?? [])
    .filter((item) => item.column !== mapping.valueColumn)
    .flatMap(({ column, year }): SpreadsheetYearCell[] => {
      const valueText = (row.cells[column] ?? '').trim()
      if (valueText === '') {
        return []
      }
      const conversion = convertValue(valueText, row.unit ?? '', series)
      if (!conversion.ok) {
        return [
          {
            year,
            valueText,
            state: 'invalid',
            message: errorMessage(conversion.code, conversion.params),
          },
        ]
      }
      const kept = stored(series.id, year)
      const cell: SpreadsheetYearCell = {
        year,
        valueText,
        value: conversion.value,
        displayText: displayText(series, conversion.value),
        state:
          kept === null
            ? 'new'
            : kept === Number(conversion.value.toPrecision(15))
              ? 'same'
              : 'replace',
      }
      return kept === null ? [cell] : [{ ...cell, storedText: displayText(series, kept) }]
    })
}

/**
 * Matches a statistics table's rows to the report's series by label (exact, then fuzzy: the same
 * once spaces, punctuation and bracketed notes are dropped, one containing the other, or similar
 * character pairs) and converts each value to the series' unit (3700 with unit 万吨 → 37000000 吨).
 * Each series takes at most one row. Fuzzy matches, unit mismatches, unreadable values and
 * unmatched labels come back with reasons for the user to confirm or fix; nothing is written.
 */
export function previewSpreadsheetValues(
  workspace: Workspace,
  input: SpreadsheetPreviewInput,
): { rows: SpreadsheetPreviewRow[] } {
  const metrics = listReportMetrics(workspace, input.reportId)
  const years = (input.mapping.yearColumns ?? []).map((item) => item.year)
  const storedValues =
    years.length > 0
      ? workspace.metrics.numbersOf(
          metrics.rows.map((row) => row.id),
          Math.min(...years),
          Math.max(...years),
        )
      : new Map<string, number | null>()
  const stored = (seriesId: number, year: number) => storedValues.get(`${seriesId}:${year}`) ?? null
  const series = metrics.rows.map((row) => ({ row, label: comparableLabel(row.label) }))
  const dataRows = readDataRows(input.rows, input.mapping)
  const candidatesByRow = new Map(dataRows.map((row) => [row, candidatesOf(row, series)]))
  const chosen = new Map<DataRow, Candidate>()
  const takenBy = new Map<number, DataRow>()
  for (const candidate of [...candidatesByRow.values()].flat().sort(compareCandidates)) {
    if (!chosen.has(candidate.row) && !takenBy.has(candidate.series.id)) {
      chosen.set(candidate.row, candidate)
      takenBy.set(candidate.series.id, candidate.row)
    }
  }
  const rows = dataRows.flatMap((row): SpreadsheetPreviewRow[] => {
    const candidates = candidatesByRow.get(row) ?? []
    if (row.valueText === '' && candidates.length === 0) {
      return []
    }
    const base: SpreadsheetPreviewRow = {
      rowNumber: row.rowNumber,
      label: row.label.text,
      valueText: row.valueText,
      status: 'unmatched',
      ...(row.unit === undefined ? {} : { unit: row.unit }),
    }
    const match = chosen.get(row)
    if (match) {
      const matched = matchedRow(base, match, candidates)
      const cells = yearCells(row, match.series, input.mapping, stored)
      return [cells.length > 0 ? { ...matched, years: cells } : matched]
    }
    const best = candidates.sort(compareCandidates)[0]
    if (best) {
      const taker = takenBy.get(best.series.id)!
      const params = { row: taker.rowNumber, series: best.series.label }
      return [withReason(base, 'spreadsheet_series_taken', params)]
    }
    return [withReason(base, 'spreadsheet_label_unmatched', { label: row.label.text.slice(0, 40) })]
  })
  return { rows }
}
