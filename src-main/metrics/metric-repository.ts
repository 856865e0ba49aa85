import type { Db } from '../db/open-database'
import type { FigureKind, FigureQualifier } from '../shared/extraction/extracted-figure'
import type {
  BindingStatus,
  MetricSeries,
  MetricValue,
  ReviewStatus,
} from '../shared/metrics/metric-series'

interface SeriesRow {
  id: number
  family_id: string
  label: string
  unit: string
  display_unit: string
  qualifier: string
  kind: string
  base_series_id: number | null
  binding_status: string
}

interface ValueRow {
  series_id: number
  year: number
  value: number | null
  display_unit: string
  qualifier: string
  source: string
  review_status: string
  reviewed_by: string | null
  reviewed_at: string | null
  updated_at: string
}

function toSeries(row: SeriesRow): MetricSeries {
  return {
    id: row.id,
    familyId: row.family_id,
    label: row.label,
    unit: row.unit,
    displayUnit: row.display_unit,
    qualifier: row.qualifier as FigureQualifier,
    kind: row.kind as FigureKind,
    baseSeriesId: row.base_series_id,
    bindingStatus: row.binding_status as BindingStatus,
  }
}

function toValue(row: ValueRow): MetricValue {
  return {
    seriesId: row.series_id,
    year: row.year,
    value: row.value,
    displayUnit: row.display_unit,
    qualifier: row.qualifier as FigureQualifier,
    source: row.source,
    reviewStatus: row.review_status as ReviewStatus,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    updatedAt: row.updated_at,
  }
}

export type NewSeries = Omit<MetricSeries, 'id'>

export interface ValueWrite {
  seriesId: number
  year: number
  value: number | null
  displayUnit: string
  qualifier: FigureQualifier
  source: string
}

/** Metric series and their yearly values; statements prepared once per database. */
export function createMetricRepository(db: Db) {
  const insertSeries = db.prepare(
    `INSERT INTO metric_series (family_id, label, unit, display_unit, qualifier, kind, base_series_id, binding_status, created_at)
     VALUES (@familyId, @label, @unit, @displayUnit, @qualifier, @kind, @baseSeriesId, @bindingStatus, @now)`,
  )
  const seriesById = db.prepare('SELECT * FROM metric_series WHERE id = ?')
  const seriesByFamily = db.prepare('SELECT * FROM metric_series WHERE family_id = ? ORDER BY id')
  const valuesByFamily = db.prepare(
    `SELECT v.* FROM metric_values v JOIN metric_series s ON s.id = v.series_id
     WHERE s.family_id = ? AND v.year IN (?, ?)`,
  )
  const valueOf = db.prepare('SELECT * FROM metric_values WHERE series_id = ? AND year = ?')
  const seriesByIds = db.prepare(
    'SELECT * FROM metric_series WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  )
  const valuesBySeries = db.prepare(
    'SELECT * FROM metric_values WHERE series_id IN (SELECT value FROM json_each(?)) AND year BETWEEN ? AND ?',
  )
  const labelsByIds = db
    .prepare('SELECT id, label FROM metric_series WHERE id IN (SELECT value FROM json_each(?))')
    .raw(true)
  const numbersBySeries = db
    .prepare(
      'SELECT series_id, year, value FROM metric_values WHERE series_id IN (SELECT value FROM json_each(?)) AND year BETWEEN ? AND ?',
    )
    .raw(true)
  const upsertValue = db.prepare(
    `INSERT INTO metric_values (series_id, year, value, display_unit, qualifier, source, review_status, updated_at)
     VALUES (@seriesId, @year, @value, @displayUnit, @qualifier, @source, 'pending', @now)
     ON CONFLICT(series_id, year) DO UPDATE SET value = excluded.value, display_unit = excluded.display_unit,
       qualifier = excluded.qualifier, source = excluded.source, review_status = 'pending',
       reviewed_by = NULL, reviewed_at = NULL, updated_at = excluded.updated_at`,
  )
  const setReview = db.prepare(
    `UPDATE metric_values SET review_status = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?
     WHERE series_id = ? AND year = ?`,
  )
  const relabel = db.prepare('UPDATE metric_series SET label = ? WHERE id = ?')
  const setBinding = db.prepare('UPDATE metric_series SET binding_status = ? WHERE id = ?')
  const deleteSeries = db.prepare('DELETE FROM metric_series WHERE id = ?')
  const repointBase = db.prepare(
    'UPDATE metric_series SET base_series_id = ? WHERE base_series_id = ?',
  )
  const setBase = db.prepare('UPDATE metric_series SET base_series_id = ? WHERE id = ?')
  const setUnit = db.prepare('UPDATE metric_series SET unit = ?, display_unit = ? WHERE id = ?')
  const setFamily = db.prepare('UPDATE metric_series SET family_id = ?, label = ? WHERE id = ?')
  const allValuesOf = db.prepare('SELECT * FROM metric_values WHERE series_id = ? ORDER BY year')
  const moveValue = db.prepare(
    'UPDATE metric_values SET series_id = ? WHERE series_id = ? AND year = ?',
  )
  const copyValues = db.prepare(
    `INSERT INTO metric_values (series_id, year, value, display_unit, qualifier, source, review_status, reviewed_by, reviewed_at, updated_at)
     SELECT ?, year, value, display_unit, qualifier, source, review_status, reviewed_by, reviewed_at, updated_at
     FROM metric_values WHERE series_id = ?`,
  )

  return {
    insertSeries(series: NewSeries): number {
      return Number(insertSeries.run({ ...series, now: new Date().toISOString() }).lastInsertRowid)
    },
    getSeries(id: number): MetricSeries | undefined {
      const row = seriesById.get(id) as SeriesRow | undefined
      return row ? toSeries(row) : undefined
    },
    listSeries(familyId: string): MetricSeries[] {
      return (seriesByFamily.all(familyId) as SeriesRow[]).map(toSeries)
    },
    /** The series with these ids (those that exist). */
    listSeriesByIds(ids: number[]): MetricSeries[] {
      return (seriesByIds.all(JSON.stringify(ids)) as SeriesRow[]).map(toSeries)
    },
    /** The labels of these series by id: all that rendering a pending figure needs of them. */
    labelsOf(ids: number[]): Map<number, string> {
      return new Map(labelsByIds.all(JSON.stringify(ids)) as [number, string][])
    },
    /**
     * These series' values from `firstYear` to `lastYear`, keyed "seriesId:year": only the
     * numbers, read without the rest of each row (reading fewer text columns is most of the cost).
     */
    numbersOf(
      seriesIds: number[],
      firstYear: number,
      lastYear: number,
    ): Map<string, number | null> {
      const rows = numbersBySeries.all(JSON.stringify(seriesIds), firstYear, lastYear) as [
        number,
        number,
        number | null,
      ][]
      return new Map(rows.map(([seriesId, year, value]) => [`${seriesId}:${year}`, value]))
    },
    /** Values of these series for the years from `firstYear` to `lastYear`. */
    listValuesOf(seriesIds: number[], firstYear: number, lastYear: number): MetricValue[] {
      return (valuesBySeries.all(JSON.stringify(seriesIds), firstYear, lastYear) as ValueRow[]).map(
        toValue,
      )
    },
    /** Values of a family's series for a year and the year before. */
    listValues(familyId: string, year: number): MetricValue[] {
      return (valuesByFamily.all(familyId, year, year - 1) as ValueRow[]).map(toValue)
    },
    getValue(seriesId: number, year: number): MetricValue | undefined {
      const row = valueOf.get(seriesId, year) as ValueRow | undefined
      return row ? toValue(row) : undefined
    },
    /** Writes a value; a changed value needs checking again. */
    writeValue(write: ValueWrite): void {
      upsertValue.run({ ...write, now: new Date().toISOString() })
    },
    setReview(seriesId: number, year: number, status: ReviewStatus, reviewer: string | null): void {
      const now = new Date().toISOString()
      setReview.run(
        status,
        status === 'checked' ? reviewer : null,
        status === 'checked' ? now : null,
        now,
        seriesId,
        year,
      )
    },
    relabel(id: number, label: string): void {
      relabel.run(label, id)
    },
    setBindingStatus(id: number, status: BindingStatus): void {
      setBinding.run(status, id)
    },
    deleteSeries(id: number): void {
      deleteSeries.run(id)
    },
    repointBase(fromId: number, toId: number): void {
      repointBase.run(toId, fromId)
    },
    /** Sets (or clears) the amount a change or share series is about. */
    setBase(id: number, baseId: number | null): void {
      setBase.run(baseId, id)
    },
    setUnit(id: number, unit: string, displayUnit: string): void {
      setUnit.run(unit, displayUnit, id)
    },
    /** Moves a series into another family under the label it takes there. */
    moveToFamily(id: number, familyId: string, label: string): void {
      setFamily.run(familyId, label, id)
    },
    /** Every year's value of a series, oldest first. */
    listAllValues(seriesId: number): MetricValue[] {
      return (allValuesOf.all(seriesId) as ValueRow[]).map(toValue)
    },
    /** Gives a year's value row of one series to another (which must have none for that year). */
    moveValue(fromId: number, toId: number, year: number): void {
      moveValue.run(toId, fromId, year)
    },
    /** Copies every year's value row of `fromId`, review state included, to `toId`. */
    copyValues(fromId: number, toId: number): void {
      copyValues.run(toId, fromId)
    },
  }
}

export type MetricRepository = ReturnType<typeof createMetricRepository>
