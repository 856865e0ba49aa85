import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { exportFileName } from '../../../src-main/shared/export/export-file-name'
import { api, unwrap } from '../../api/api-client'
import { downloadFile } from '../../api/download-file'
import { describeError } from '../../i18n/i18n'
import { savePathPicker } from '../export/pick-save-path'
import { BlacklineText } from './blackline-text'
import { ComparedFiguresTable } from './compared-figures-table'

interface ReportCompareViewProps {
  reportId: number
  /** Saves edits still waiting for autosave, so the compare shows what is on screen. */
  flushEdits: () => Promise<void>
  onClose: () => void
}

type Outcome = { kind: 'done' | 'failed'; text: string }

type ReportComparison = ChannelOutput<'compare.report'>

/** The status word of a section: new, dropped, changed or as last year. */
function statusKey(section: ReportComparison['sections'][number]): string {
  if (section.status !== 'paired') {
    return section.status
  }
  return section.changed ? 'changed' : 'unchanged'
}

/**
 * The whole report against last year's, as one printable page: every section's blackline in
 * reading order (new ones wholly added, dropped ones wholly struck through where they stood),
 * then the figures table. 打印 prints just this page; 导出 Word 修订稿 saves the same compare
 * as a Word file with tracked changes.
 */
export function ReportCompareView({ reportId, flushEdits, onClose }: ReportCompareViewProps) {
  const { t } = useTranslation()
  const [comparison, setComparison] = useState<ReportComparison>()
  const [error, setError] = useState('')
  const [onlyChanged, setOnlyChanged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const page = useRef<HTMLDivElement>(null)
  const flush = useRef(flushEdits)
  flush.current = flushEdits

  useEffect(() => {
    let live = true
    void (async () => {
      await flush.current()
      const result = await api.call('compare.report', { reportId })
      if (!live) {
        return
      }
      try {
        setComparison(unwrap(result))
      } catch (failure) {
        setError(describeError(failure))
      }
    })()
    return () => {
      live = false
    }
  }, [reportId])

  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    page.current?.querySelector<HTMLElement>('button')?.focus()
    // Escape closes the page wherever the focus is (a disabled button drops it to the body).
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        close.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const previous = comparison?.previous
  const years = previous && comparison ? { from: previous.year, to: comparison.year } : undefined

  const exportWord = async () => {
    if (!comparison || !years) {
      return
    }
    setOutcome(undefined)
    const picker = savePathPicker()
    let path: string | undefined
    if (picker) {
      const name = exportFileName({
        title: comparison.title,
        profile: t('ui.reportCompare.fileSuffix', years),
        extension: 'docx',
      })
      path = (await picker(name, 'docx', t('ui.exportDialog.formats.docx'))) ?? undefined
      if (!path) {
        return
      }
    }
    setBusy(true)
    try {
      if (path) {
        const saved = unwrap(await api.call('compare.toFile', { reportId, path }))
        setOutcome({ kind: 'done', text: t('ui.reportCompare.saved', { path: saved.path }) })
        return
      }
      const file = unwrap(await api.call('compare.docx', { reportId }))
      downloadFile(file.fileName, file.dataBase64, file.mimeType)
      setOutcome({
        kind: 'done',
        text: t('ui.reportCompare.downloaded', { fileName: file.fileName }),
      })
    } catch (failure) {
      setOutcome({ kind: 'failed', text: describeError(failure) })
    } finally {
      setBusy(false)
    }
  }

  const shown = comparison?.sections.filter((section) => !onlyChanged || section.changed) ?? []
  const count = (status: string) =>
    comparison?.sections.filter((section) => statusKey(section) === status).length ?? 0

  return createPortal(
    <div
      ref={page}
      className="report-compare-page"
      role="dialog"
      aria-modal="true"
      aria-label={t('ui.reportCompare.open')}
      data-testid="report-compare"
    >
      <div className="report-compare-bar no-print">
        <h2 className="report-compare-heading">
          {years ? t('ui.reportCompare.title', years) : t('ui.reportCompare.open')}
        </h2>
        {comparison && previous && (
          <span className="muted small" data-testid="report-compare-summary">
            {t('ui.reportCompare.summary', {
              changed: count('changed'),
              added: count('added'),
              removed: count('removed'),
            })}
          </span>
        )}
        <label className="report-compare-filter">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(event) => setOnlyChanged(event.target.checked)}
          />
          {t('ui.reportCompare.onlyChanged')}
        </label>
        <span className="report-compare-actions">
          <button type="button" disabled={!previous} onClick={() => window.print()}>
            {t('ui.reportCompare.print')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!previous || busy}
            onClick={() => void exportWord()}
          >
            {busy ? t('ui.reportCompare.exporting') : t('ui.reportCompare.exportWord')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui.common.close')}
          </button>
        </span>
      </div>
      {outcome && (
        <p
          className={
            outcome.kind === 'failed'
              ? 'report-compare-note error no-print'
              : 'report-compare-note no-print'
          }
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
        >
          {outcome.text}
        </p>
      )}
      <article className="report-compare-paper">
        {error && <p role="alert">{error}</p>}
        {!comparison && !error && <p className="muted">{t('ui.reportCompare.loading')}</p>}
        {comparison && !previous && <p className="empty">{t('ui.reportCompare.noPrevious')}</p>}
        {comparison && previous && years && (
          <>
            <header className="report-compare-title">
              <h1>{comparison.title}</h1>
              <p>{t('ui.reportCompare.title', years)}</p>
              <p className="muted small">{t('ui.reportCompare.legend')}</p>
            </header>
            {shown.map((section) => (
              <section
                key={`${section.sectionId ?? ''}:${section.previousSectionId ?? ''}`}
                className="compared-section"
                data-status={statusKey(section)}
                data-testid="compared-section"
              >
                <div className="compared-section-label">
                  <span>{t(`ui.outline.kinds.${section.kind}`)}</span>
                  <span className={`compared-status status-${statusKey(section)}`}>
                    {t(`ui.reportCompare.status.${statusKey(section)}`)}
                  </span>
                </div>
                <BlacklineText parts={section.parts} className="report-blackline" />
              </section>
            ))}
            <section className="compared-figures">
              <h2>{t('ui.compare.figures')}</h2>
              <ComparedFiguresTable
                metrics={comparison.metrics}
                previousYear={previous.year}
                year={comparison.year}
              />
            </section>
          </>
        )}
      </article>
    </div>,
    document.body,
  )
}
