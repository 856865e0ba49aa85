import { Fragment, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError } from '../../i18n/i18n'
import { memoizedTranslation } from '../../i18n/memoized-translation'
import { downloadFile } from '../../api/download-file'
import { MetricValueCell, displayValue } from './metric-value-cell'
import type { MetricRow, MetricsStore } from './metrics-store'
import { SeriesDetails } from './series-details'
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog'
import { useMayCall } from '../team/team-user-context'
import type { ReviewStatus } from '../../../src-main/shared/metrics/metric-series'
import { formatSeriesChange } from '../../../src-main/shared/metrics/series-change'

type SortKey = 'label' | 'unit' | 'current' | 'previous' | 'change' | 'status'
type StatusFilter = 'all' | ReviewStatus | 'empty'

interface MetricsPanelProps {
  reportId: number
  store: MetricsStore
  highlightSeriesId: number | undefined
  reviewer: string
  /** Reloads the series after a change (of one series' value, when given). */
  onChanged: (seriesId?: number) => Promise<void>
  /** Saves pending edits before an action rewrites section text (merge, split). */
  beforeTextChange: () => Promise<void>
  /** Reloads the series and the sections after an action that rewrote section text. */
  onTextChanged: () => Promise<void>
  /** Opens the list of figures still to confirm. */
  onReview: () => void
  /** Opens the chart dialog in the editor with this series chosen. */
  onInsertChart: (seriesId: number) => void
  onJump: (sectionId: number, index: number) => void
}

function sortValue(row: MetricRow, key: SortKey): string | number {
  switch (key) {
    case 'label':
      return row.label
    case 'unit':
      return row.unit
    case 'current':
      return row.current?.value ?? -Infinity
    case 'previous':
      return row.previous?.value ?? -Infinity
    case 'change':
      return row.change ?? -Infinity
    case 'status':
      return row.current?.reviewStatus ?? ''
  }
}

/** Rows rendered at first and added each time the list is scrolled to its end: a report can hold 2,000 series. */
const rowsPerPage = 60
/** One collator for every comparison: localeCompare with a locale builds one per call. */
const chineseOrder = new Intl.Collator('zh-CN')

/** The report's series: values this year and last, change, source, review status; sortable and searchable. */
export function MetricsPanel({
  reportId,
  store,
  highlightSeriesId,
  reviewer,
  onChanged,
  beforeTextChange,
  onTextChanged,
  onReview,
  onInsertChart,
  onJump,
}: MetricsPanelProps) {
  const { t } = useTranslation()
  const rowText = useMemo(
    () => memoizedTranslation((key, options) => (options ? t(key, options) : t(key))),
    [t],
  )
  const notify = useNotify()
  // Renaming, merging, splitting and deleting a series: on the team server, the editor's desk.
  const mayManage = useMayCall('metrics.relabel')
  const snapshot = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.current,
  )
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<StatusFilter>('all')
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'label',
    ascending: true,
  })
  const [importingSheet, setImportingSheet] = useState(false)
  const table = useRef<HTMLTableElement>(null)
  const moreButton = useRef<HTMLButtonElement>(null)
  const [shownCount, setShownCount] = useState(rowsPerPage)
  const [expandedId, setExpandedId] = useState<number>()

  useEffect(() => {
    if (highlightSeriesId !== undefined) {
      table.current
        ?.querySelector(`[data-series-id="${highlightSeriesId}"]`)
        ?.scrollIntoView({ block: 'center' })
    }
  }, [highlightSeriesId])

  const rows = useMemo(() => {
    const all = snapshot?.rows ?? []
    const filtered = all.filter((row) => {
      if (query && !row.label.includes(query) && !row.unit.includes(query)) {
        return false
      }
      if (status === 'empty') {
        return row.current?.value === null || row.current?.value === undefined
      }
      return status === 'all' || row.current?.reviewStatus === status
    })
    const direction = sort.ascending ? 1 : -1
    return [...filtered].sort((a, b) => {
      const left = sortValue(a, sort.key)
      const right = sortValue(b, sort.key)
      if (typeof left === 'number' && typeof right === 'number') {
        return (left - right) * direction
      }
      return chineseOrder.compare(String(left), String(right)) * direction
    })
  }, [snapshot, query, status, sort])

  useEffect(() => setShownCount(rowsPerPage), [query, status, sort])

  const unconfirmed = (snapshot?.rows ?? []).filter(
    (row) => row.bindingStatus === 'proposed',
  ).length
  const highlightIndex = rows.findIndex((row) => row.id === highlightSeriesId)
  const limit = Math.max(shownCount, highlightIndex + 1)
  const visibleRows = rows.slice(0, limit)
  const hasMore = limit < rows.length

  useEffect(() => {
    const button = moreButton.current
    if (!button || typeof IntersectionObserver === 'undefined') {
      return undefined
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setShownCount((count) => count + rowsPerPage)
      }
    })
    observer.observe(button)
    return () => observer.disconnect()
  }, [hasMore, limit])

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
      onClick={() =>
        setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : true }))
      }
    >
      {label}
      {sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
    </th>
  )

  const toggleReview = async (row: MetricRow) => {
    try {
      const next = row.current?.reviewStatus === 'checked' ? 'pending' : 'checked'
      unwrap(
        await api.call('metrics.setReview', { reportId, seriesId: row.id, status: next, reviewer }),
      )
      await onChanged()
    } catch (failure) {
      notify({ kind: 'error', text: describeError(failure) })
    }
  }

  return (
    <section className="metrics-panel" data-testid="metrics-panel">
      <div className="metrics-filters">
        <input
          type="search"
          aria-label={t('ui.metrics.search')}
          placeholder={t('ui.metrics.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          aria-label={t('ui.metrics.filter')}
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusFilter)}
        >
          <option value="all">{t('ui.metrics.filters.all')}</option>
          <option value="pending">{t('ui.metrics.filters.pending')}</option>
          <option value="checked">{t('ui.metrics.filters.checked')}</option>
          <option value="empty">{t('ui.metrics.filters.empty')}</option>
        </select>
      </div>
      <div className="metrics-summary">
        <span className="muted small">{t('ui.metrics.count', { count: rows.length })}</span>
        <span className="small pending-figures" data-testid="pending-figures">
          {t('ui.metrics.pendingFigures', {
            count: (snapshot?.rows ?? []).reduce(
              (sum, row) =>
                sum +
                (row.current?.value === null || row.current === null ? row.occurrences.length : 0),
              0,
            ),
          })}
        </span>
        <button
          type="button"
          className="link small"
          onClick={() =>
            void api.call('metrics.checkSheet', { reportId }).then((result) => {
              if (result.ok) {
                downloadFile(
                  result.value.fileName,
                  result.value.dataBase64,
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                )
              } else {
                notify({ kind: 'error', text: describeError(result) })
              }
            })
          }
        >
          {t('ui.picker.exportSheet')}
        </button>
        <button type="button" className="link small" onClick={() => setImportingSheet(true)}>
          {t('ui.spreadsheetImport.open')}
        </button>
        <button type="button" className="link small" data-testid="review-open" onClick={onReview}>
          {t('ui.metrics.toConfirm', { count: unconfirmed })}
        </button>
      </div>
      <table ref={table} className="metrics-table">
        <colgroup>
          <col className="column-label" />
          <col className="column-current" />
          <col className="column-previous" />
          <col className="column-change" />
          <col className="column-status" />
        </colgroup>
        <thead>
          <tr>
            {header('label', t('ui.metrics.label'))}
            {header('current', t('ui.metrics.thisYear'))}
            {header('previous', t('ui.metrics.lastYear'))}
            {header('change', t('ui.metrics.change'))}
            {header('status', t('ui.metrics.status'))}
          </tr>
        </thead>
        <tbody>
          {visibleRows.map((row) => (
            <Fragment key={row.id}>
              <tr
                data-series-id={row.id}
                data-testid="metric-row"
                className={row.id === highlightSeriesId ? 'highlight' : undefined}
              >
                <td>
                  <div className="metric-label" title={row.label}>
                    {row.label}
                  </div>
                  <div className="muted small">
                    {row.unit || '—'} · {rowText(`ui.metrics.kinds.${row.kind}`)}
                    {row.current?.source &&
                      ` · ${rowText(`ui.metrics.sources.${row.current.source}`, { defaultValue: row.current.source })}`}
                  </div>
                  <div className="metric-row-tools">
                    {row.bindingStatus === 'proposed' && (
                      <span className="badge badge-unconfirmed" data-testid="unconfirmed-badge">
                        {rowText('ui.seriesDetails.unconfirmed')}
                      </span>
                    )}
                    {mayManage && (
                      <button
                        type="button"
                        className="link small"
                        aria-expanded={expandedId === row.id}
                        data-testid="series-manage"
                        onClick={() =>
                          setExpandedId((current) => (current === row.id ? undefined : row.id))
                        }
                      >
                        {rowText('ui.seriesDetails.manage')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="link small"
                      data-testid="series-chart"
                      title={rowText('ui.charts.fromSeries')}
                      onClick={() => onInsertChart(row.id)}
                    >
                      {rowText('ui.charts.toolbarShort')}
                    </button>
                    {row.occurrences.map((occurrence) => (
                      <button
                        key={`${occurrence.sectionId}:${occurrence.index}`}
                        type="button"
                        className="link small"
                        title={occurrence.sectionTitle}
                        onClick={() => onJump(occurrence.sectionId, occurrence.index)}
                      >
                        ↳ {occurrence.sectionTitle.slice(0, 8)}
                      </button>
                    ))}
                  </div>
                </td>
                <td>
                  <MetricValueCell
                    key={`${row.id}:${row.current?.value}`}
                    reportId={reportId}
                    row={row}
                    onSaved={(seriesId) => void onChanged(seriesId)}
                  />
                </td>
                <td className="number">{displayValue(row, row.previous?.value) || '—'}</td>
                <td className="number" data-testid="metric-change">
                  {formatSeriesChange(row.change, row.changeUnit)}
                </td>
                <td>
                  <button
                    type="button"
                    className={
                      row.current?.reviewStatus === 'checked' ? 'status checked' : 'status'
                    }
                    data-testid="review-toggle"
                    disabled={!row.current || row.current.value === null}
                    title={
                      row.current?.reviewedBy
                        ? `${row.current.reviewedBy} ${row.current.reviewedAt?.slice(0, 16).replace('T', ' ')}`
                        : undefined
                    }
                    onClick={() => void toggleReview(row)}
                  >
                    {row.current?.reviewStatus === 'checked'
                      ? rowText('ui.metrics.checked')
                      : rowText('ui.metrics.pending')}
                  </button>
                  {row.current?.reviewStatus === 'checked' && (
                    <div className="muted small">
                      {row.current.reviewedBy}{' '}
                      {row.current.reviewedAt?.slice(5, 16).replace('T', ' ')}
                    </div>
                  )}
                </td>
              </tr>
              {expandedId === row.id && (
                <tr className="metric-details-row">
                  <td colSpan={5}>
                    <SeriesDetails
                      key={`${row.id}:${row.label}:${row.unit}:${row.displayUnit}`}
                      reportId={reportId}
                      row={row}
                      rows={snapshot?.rows ?? []}
                      beforeTextChange={beforeTextChange}
                      onChanged={(textChanged) => (textChanged ? onTextChanged() : onChanged())}
                      onJump={onJump}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {hasMore && (
        <button
          ref={moreButton}
          type="button"
          className="link small show-more"
          onClick={() => setShownCount((count) => count + rowsPerPage)}
        >
          {t('ui.metrics.showMore', { count: rows.length - limit })}
        </button>
      )}
      {importingSheet && (
        <SpreadsheetImportDialog
          reportId={reportId}
          year={snapshot?.year}
          onChanged={onChanged}
          onClose={() => setImportingSheet(false)}
        />
      )}
    </section>
  )
}
