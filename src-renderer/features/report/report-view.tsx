import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedReport } from '../../../src-main/reports/report-service'
import type { Section } from '../../../src-main/sections/section'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError } from '../../i18n/i18n'
import { activeAutosave } from '../editor/active-autosave'
import { EditorRegistry } from '../editor/editor-registry'
import { SectionEditor } from '../editor/section-editor'
import { HistoryPanel } from '../history/history-panel'
import type { OutlineEntry } from '../outline/build-outline-tree'
import { buildOutlineTree } from '../outline/build-outline-tree'
import { OutlineTree } from '../outline/outline-tree'
import { ImportReviewDialog } from '../metrics/import-review-dialog'
import { metricClickEvent } from '../metrics/metric-node-view'
import { MetricsPanel } from '../metrics/metrics-panel'
import { MetricsStore } from '../metrics/metrics-store'
import { CompareDialog } from '../compare/compare-dialog'
import { ExportDialog } from '../export/export-dialog'
import type { FocusRange } from '../editor/section-editor'
import { SuggestionsPanel } from '../roll-forward/suggestions-panel'
import type { ChecksTrigger } from '../checks/checks-panel'
import { ChecksPanel } from '../checks/checks-panel'
import type { SideTab } from './side-tab'
import { sideTabs } from './side-tab'

interface ReportViewProps {
  reportId: number
  /** Opened right after an import: show the review list of extracted figures. */
  reviewImport: boolean
  reviewer: string
  initialSideTab?: SideTab
  onBack: () => void
}

/** An open report: outline on the left, the selected section's editor, its history on the right. */
export function ReportView({
  reportId,
  reviewImport,
  reviewer,
  initialSideTab,
  onBack,
}: ReportViewProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [opened, setOpened] = useState<OpenedReport>()
  const [selectedId, setSelectedId] = useState<number>()
  const [editorKey, setEditorKey] = useState(0)
  const pendingSaves = useRef(new Map<number, Promise<void>>())
  const metrics = useMemo(() => new MetricsStore(), [])
  const editors = useMemo(() => new EditorRegistry(), [])
  const [sideTab, setSideTab] = useState<SideTab>(initialSideTab ?? 'metrics')
  const [comparing, setComparing] = useState<number>()
  const [exportOpen, setExportOpen] = useState(false)
  const [focusRange, setFocusRange] = useState<FocusRange>()
  const [checksTrigger, setChecksTrigger] = useState<ChecksTrigger>()
  const [highlightSeriesId, setHighlightSeriesId] = useState<number>()
  const [reviewing, setReviewing] = useState(reviewImport)
  const [jump, setJump] = useState<{ sectionId: number; index: number; at: number }>()
  const [chartRequest, setChartRequest] = useState<{ seriesIds: number[]; at: number }>()
  const editorPane = useRef<HTMLElement>(null)

  const [, setMetricsTick] = useState(0)
  useEffect(() => metrics.subscribe(() => setMetricsTick((tick) => tick + 1)), [metrics])

  const reloadAllSections = useCallback(async () => {
    await activeAutosave.flush()
    const result = await api.call('reports.open', { id: reportId })
    if (result.ok) {
      setOpened(result.value)
      setEditorKey((key) => key + 1)
    }
  }, [reportId])

  const loadMetrics = useCallback(async () => {
    const result = await api.call('metrics.list', { reportId })
    if (result.ok) {
      metrics.replace(result.value)
      setChecksTrigger({ at: Date.now() })
    } else {
      notify({ kind: 'error', text: describeError(result) })
    }
  }, [metrics, notify, reportId])

  useEffect(() => {
    void loadMetrics()
  }, [loadMetrics])

  useEffect(() => {
    const pane = editorPane.current
    if (!pane) {
      return undefined
    }
    const onMetricClick = (event: Event) => {
      setHighlightSeriesId((event as CustomEvent<{ seriesId: number }>).detail.seriesId)
      setSideTab('metrics')
    }
    pane.addEventListener(metricClickEvent, onMetricClick)
    return () => pane.removeEventListener(metricClickEvent, onMetricClick)
  })

  useEffect(() => {
    if (!jump || jump.sectionId !== selectedId) {
      return undefined
    }
    const timer = setTimeout(() => {
      const target =
        editorPane.current?.querySelectorAll<HTMLElement>('.report-prose .metric')[jump.index]
      target?.scrollIntoView({ block: 'center' })
      target?.classList.add('flash')
      setTimeout(() => target?.classList.remove('flash'), 1500)
    }, 50)
    return () => clearTimeout(timer)
  }, [jump, selectedId, editorKey])

  const trackSave = useCallback((sectionId: number, save: Promise<void>) => {
    pendingSaves.current.set(sectionId, save)
    void save.finally(() => {
      if (pendingSaves.current.get(sectionId) === save) {
        pendingSaves.current.delete(sectionId)
      }
    })
  }, [])

  useEffect(() => {
    let cancelled = false
    void api.call('reports.open', { id: reportId }).then((result) => {
      if (cancelled) {
        return
      }
      try {
        const value = unwrap(result)
        setOpened(value)
        const first = value.sections.find((section) => section.kind === 'lead') ?? value.sections[0]
        setSelectedId(first?.id)
      } catch (failure) {
        notify({ kind: 'error', text: describeError(failure) })
        onBack()
      }
    })
    return () => {
      cancelled = true
    }
  }, [reportId, notify, onBack])

  const outline = useMemo(() => buildOutlineTree(opened?.sections ?? []), [opened])
  const sectionOrder = useMemo(() => {
    const ids: number[] = []
    const walk = (entries: OutlineEntry[]) => {
      for (const { section, children } of entries) {
        ids.push(section.id)
        walk(children)
      }
    }
    walk(outline)
    return ids
  }, [outline])
  const selected = opened?.sections.find((section) => section.id === selectedId)

  const replaceSection = useCallback((section: Section) => {
    setChecksTrigger({ sectionIds: [section.id], at: Date.now() })
    setOpened(
      (current) =>
        current && {
          ...current,
          sections: current.sections.map((item) => (item.id === section.id ? section : item)),
        },
    )
  }, [])

  const reloadSection = useCallback(
    async (sectionId: number) => {
      try {
        replaceSection(unwrap(await api.call('sections.get', { sectionId })))
        setEditorKey((key) => key + 1)
      } catch (failure) {
        notify({ kind: 'error', text: describeError(failure) })
      }
    },
    [notify, replaceSection],
  )

  const select = async (sectionId: number) => {
    await activeAutosave.flush()
    await pendingSaves.current.get(sectionId)
    setSelectedId(sectionId)
  }

  if (!opened) {
    return <main className="report-view loading" />
  }

  return (
    <div className="report-view" data-testid="report-view">
      <aside className="left-pane">
        <div className="report-heading">
          <button type="button" className="link" onClick={onBack}>
            ← {t('ui.library.backToLibrary')}
          </button>
          <h1 className="report-title" data-testid="report-title">
            {opened.report.title}
          </h1>
          <div className="report-heading-meta">
            <span className="muted small">{opened.report.year}</span>
            <button type="button" className="export-open" onClick={() => setExportOpen(true)}>
              {t('ui.exportDialog.open')}
            </button>
          </div>
        </div>
        <OutlineTree
          entries={outline}
          selectedId={selectedId}
          onSelect={(id) => void select(id)}
          onCompare={(id) => setComparing(id)}
        />
      </aside>
      <main className="editor-pane" ref={editorPane}>
        {selected ? (
          <SectionEditor
            key={`${selected.id}:${editorKey}`}
            section={selected}
            metrics={metrics}
            editors={editors}
            onMetricsChanged={loadMetrics}
            onSaved={replaceSection}
            onReload={() => void reloadSection(selected.id)}
            trackSave={trackSave}
            focusRange={focusRange?.sectionId === selected.id ? focusRange : undefined}
            chartRequest={chartRequest}
          />
        ) : (
          <p className="empty">{t('ui.editor.noSection')}</p>
        )}
      </main>
      <aside className="right-pane">
        <div className="tabs" role="tablist">
          {sideTabs.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={sideTab === tab}
              className={sideTab === tab ? 'tab active' : 'tab'}
              onClick={() => setSideTab(tab)}
            >
              {t(`ui.metrics.tabs.${tab}`)}
            </button>
          ))}
        </div>
        {sideTab === 'metrics' && (
          <MetricsPanel
            reportId={reportId}
            store={metrics}
            reviewer={reviewer}
            highlightSeriesId={highlightSeriesId}
            onChanged={loadMetrics}
            beforeTextChange={() => activeAutosave.flush()}
            onTextChanged={async () => {
              await loadMetrics()
              await reloadAllSections()
            }}
            onReview={() => setReviewing(true)}
            onInsertChart={(seriesId) => setChartRequest({ seriesIds: [seriesId], at: Date.now() })}
            onJump={(sectionId, index) => {
              void select(sectionId).then(() => setJump({ sectionId, index, at: Date.now() }))
            }}
          />
        )}
        {sideTab === 'checks' && (
          <ChecksPanel
            reportId={reportId}
            sectionOrder={sectionOrder}
            trigger={checksTrigger}
            onApplyFix={async (finding) => {
              await select(finding.sectionId)
              const editor = await editors.whenReady(finding.sectionId)
              return editor !== undefined && finding.fix !== undefined
                ? editor.applyTextFix(finding.fix)
                : false
            }}
            onJump={(finding) => {
              const { sectionId, anchorStart, anchorEnd } = finding
              void select(sectionId).then(() =>
                setFocusRange({ sectionId, anchorStart, anchorEnd, at: Date.now() }),
              )
            }}
            onCompare={(sectionId) => setComparing(sectionId)}
          />
        )}
        {sideTab === 'suggestions' && (
          <SuggestionsPanel
            reportId={reportId}
            beforeDecide={() => activeAutosave.flush()}
            onDecided={async () => {
              await reloadAllSections()
              setChecksTrigger({ at: Date.now() })
            }}
            onJump={(sectionId, anchorStart, anchorEnd) => {
              void select(sectionId).then(() =>
                setFocusRange({ sectionId, anchorStart, anchorEnd, at: Date.now() }),
              )
            }}
          />
        )}
        {sideTab === 'history' && selected && (
          <HistoryPanel
            sectionId={selected.id}
            currentVersion={selected.version}
            beforeRestore={() => activeAutosave.flush()}
            onRestored={() => void reloadSection(selected.id)}
          />
        )}
      </aside>
      {comparing !== undefined && (
        <CompareDialog sectionId={comparing} onClose={() => setComparing(undefined)} />
      )}
      {exportOpen && (
        <ExportDialog
          reportId={reportId}
          reportTitle={opened.report.title}
          sections={opened.sections}
          selectedSection={selected}
          flushEdits={() => activeAutosave.flush()}
          onClose={() => setExportOpen(false)}
        />
      )}
      {reviewing && metrics.current && (
        <ImportReviewDialog
          reportId={reportId}
          store={metrics}
          onChanged={async () => {
            await loadMetrics()
            await reloadAllSections()
          }}
          onClose={() => setReviewing(false)}
        />
      )}
    </div>
  )
}
