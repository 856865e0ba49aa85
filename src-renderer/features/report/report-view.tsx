import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import type { Section } from '../../../src-main/shared/sections/section'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError, i18n } from '../../i18n/i18n'
import { ChecksPanel } from '../checks/checks-panel'
import { ChecksRefresh } from '../checks/checks-refresh'
import { CommentsPanel } from '../comments/comments-panel'
import { useReportComments } from '../comments/use-report-comments'
import { CompareDialog } from '../compare/compare-dialog'
import { ReportCompareView } from '../compare/report-compare-view'
import { ReviewPanel } from '../review/review-panel'
import { activeAutosave } from '../editor/active-autosave'
import { EditorRegistry } from '../editor/editor-registry'
import { SectionEditor } from '../editor/section-editor'
import { ExportDialog } from '../export/export-dialog'
import { FullTextView } from '../full-text/full-text-view'
import { HistoryPanel } from '../history/history-panel'
import { ImportReviewDialog } from '../metrics/import-review-dialog'
import { metricClickEvent } from '../metrics/metric-node-view'
import { MetricsPanel } from '../metrics/metrics-panel'
import { MetricsStore } from '../metrics/metrics-store'
import { sectionsUsingSeries } from '../../../src-main/shared/checks/sections-using-series'
import type { OutlineEntry } from '../outline/build-outline-tree'
import { buildOutlineTree } from '../outline/build-outline-tree'
import { OutlineTree } from '../outline/outline-tree'
import { SectionTrashDialog } from '../outline/section-trash-dialog'
import type { StructureChange } from '../outline/structure-moves'
import { useOutlineTeam } from '../outline/use-outline-team'
import { useAppMode } from '../team/app-mode'
import { SuggestionsPanel } from '../roll-forward/suggestions-panel'
import type { ReportPlace } from './report-place'
import { readReportPlace, writeReportPlace } from './report-place'
import { SaveTemplateDialog } from './save-template-dialog'
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

type ViewMode = ReportPlace['mode']

function readingOrder(outline: OutlineEntry[]): Section[] {
  const ordered: Section[] = []
  const walk = (entries: OutlineEntry[]) => {
    for (const { section, children } of entries) {
      ordered.push(section)
      walk(children)
    }
  }
  walk(outline)
  return ordered
}

/**
 * An open report: the outline on the left; one section's editor, or the whole report as one
 * continuous page (全文); metrics, checks, year suggestions and history on the right.
 */
export function ReportView({
  reportId,
  reviewImport,
  reviewer,
  initialSideTab,
  onBack,
}: ReportViewProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [opened, setOpened] = useState<ChannelOutput<'reports.open'>>()
  const [selectedId, setSelectedId] = useState<number>()
  const [mode, setMode] = useState<ViewMode>('single')
  const [editorKey, setEditorKey] = useState(0)
  const pendingSaves = useRef(new Map<number, Promise<void>>())
  const metrics = useMemo(() => new MetricsStore(), [])
  const editors = useMemo(() => new EditorRegistry(), [])
  const checksRefresh = useMemo(() => new ChecksRefresh(), [])
  const metricsSnapshot = useSyncExternalStore(
    (listener) => metrics.subscribe(listener),
    () => metrics.current,
  )
  const [sideTab, setSideTab] = useState<SideTab>(initialSideTab ?? 'metrics')
  const [comparing, setComparing] = useState<number>()
  const [exportOpen, setExportOpen] = useState(false)
  const [comparingReport, setComparingReport] = useState(false)
  const [highlightSeriesId, setHighlightSeriesId] = useState<number>()
  const [reviewing, setReviewing] = useState(reviewImport)
  const [outlineUndo, setOutlineUndo] = useState<StructureChange[]>([])
  const [trash, setTrash] = useState<Section[]>([])
  const [trashOpen, setTrashOpen] = useState(false)
  const [savingTemplate, setSavingTemplate] = useState(false)
  const editorPane = useRef<HTMLElement>(null)
  const place = useRef({ selectedId, mode })
  place.current = { selectedId, mode }
  // The sections as last saved: where a value change looks for the figures and charts it touches.
  const openedSections = useRef<Section[]>([])
  openedSections.current = opened?.sections ?? []

  const rememberPlace = useCallback(() => {
    const { selectedId: sectionId, mode: viewMode } = place.current
    if (sectionId !== undefined) {
      const caret = editors.get(sectionId)?.caretAnchor() ?? 0
      writeReportPlace(reportId, { sectionId, caret, mode: viewMode })
    }
  }, [editors, reportId])

  const reloadAllSections = useCallback(async () => {
    await activeAutosave.flush()
    const result = await api.call('reports.open', { id: reportId })
    if (result.ok) {
      setOpened(result.value)
      setEditorKey((key) => key + 1)
    }
  }, [reportId])

  /** Reloads the series; after a value change, re-checks only the sections that use it. */
  const loadMetrics = useCallback(
    async (changedSeriesId?: number) => {
      const result = await api.call('metrics.list', { reportId })
      if (!result.ok) {
        notify({ kind: 'error', text: describeError(result) })
        return
      }
      metrics.replace(result.value)
      checksRefresh.request(
        changedSeriesId === undefined
          ? undefined
          : sectionsUsingSeries(openedSections.current, result.value.rows, changedSeriesId),
      )
    },
    [checksRefresh, metrics, notify, reportId],
  )

  useEffect(() => {
    void loadMetrics()
  }, [loadMetrics])

  useEffect(() => {
    // Placeholders of figures to fill are written in the UI's language.
    const redraw = () => metrics.refresh()
    i18n.on('languageChanged', redraw)
    return () => i18n.off('languageChanged', redraw)
  }, [metrics])

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
    // Ctrl+S saves at once (and keeps the browser's "save page" from running).
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void activeAutosave.flush().then(() => {
          notify({ kind: 'info', text: t('ui.save.savedNow') })
        })
      }
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('pagehide', rememberPlace)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('pagehide', rememberPlace)
    }
  }, [notify, rememberPlace, t])

  const loadTrash = useCallback(async () => {
    const result = await api.call('sections.trash', { reportId })
    if (result.ok) {
      setTrash(result.value)
    }
  }, [reportId])

  useEffect(() => {
    void loadTrash()
  }, [loadTrash])

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
    void api.call('reports.open', { id: reportId }).then(async (result) => {
      if (cancelled) {
        return
      }
      try {
        const value = unwrap(result)
        setOpened(value)
        const remembered = readReportPlace(reportId)
        const back = value.sections.find((section) => section.id === remembered?.sectionId)
        const first = value.sections.find((section) => section.kind === 'lead') ?? value.sections[0]
        setSelectedId((back ?? first)?.id)
        if (back && remembered) {
          setMode(remembered.mode)
          const handle = await editors.whenReady(back.id)
          handle?.reveal(remembered.caret, remembered.caret)
        }
      } catch (failure) {
        notify({ kind: 'error', text: describeError(failure) })
        onBack()
      }
    })
    return () => {
      cancelled = true
    }
  }, [reportId, notify, onBack, editors])

  const outline = useMemo(() => buildOutlineTree(opened?.sections ?? []), [opened])
  const ordered = useMemo(() => readingOrder(outline), [outline])
  const sectionOrder = useMemo(() => ordered.map((section) => section.id), [ordered])
  const selected = opened?.sections.find((section) => section.id === selectedId)

  const replaceSection = useCallback(
    (section: Section) => {
      checksRefresh.request([section.id])
      setOpened(
        (current) =>
          current && {
            ...current,
            sections: current.sections.map((item) => (item.id === section.id ? section : item)),
          },
      )
    },
    [checksRefresh],
  )

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

  /** Shows a section: its own editor in the single view, scrolled to in the full-text view. */
  const select = async (sectionId: number) => {
    rememberPlace()
    if (mode === 'full') {
      setSelectedId(sectionId)
      editorPane.current
        ?.querySelector(`[data-block-id="${sectionId}"]`)
        ?.scrollIntoView({ block: 'start' })
      return
    }
    await activeAutosave.flush()
    await pendingSaves.current.get(sectionId)
    setSelectedId(sectionId)
  }

  /** Opens a section and selects a stretch of its text (anchor offsets). */
  const revealText = async (sectionId: number, anchorStart: number, anchorEnd: number) => {
    await select(sectionId)
    const handle = await editors.whenReady(sectionId)
    handle?.reveal(anchorStart, anchorEnd)
  }

  /** 数说 from a metrics row: the chart dialog of the section being edited, with that series chosen. */
  const drawSeries = async (seriesId: number) => {
    if (selectedId !== undefined) {
      ;(await editors.whenReady(selectedId))?.openChartDialog([seriesId])
    }
  }

  const revealFigure = async (sectionId: number, index: number) => {
    await select(sectionId)
    const handle = await editors.whenReady(sectionId)
    handle?.revealFigure(index)
  }

  const switchMode = async (next: ViewMode) => {
    await activeAutosave.flush()
    rememberPlace()
    setMode(next)
    if (selectedId !== undefined) {
      const handle = await editors.whenReady(selectedId)
      handle?.editor.commands.focus()
      editorPane.current
        ?.querySelector(`[data-block-id="${selectedId}"]`)
        ?.scrollIntoView({ block: 'start' })
    }
  }

  /** Applies a change to the outline; `undoable` records its inverse for 撤销. */
  const changeOutline = async (change: StructureChange, undoable = true) => {
    await activeAutosave.flush()
    const result = await api.call('sections.structure', change)
    if (!result.ok) {
      notify({ kind: 'error', text: describeError(result) })
      return
    }
    const { sections, sectionId, undo } = result.value
    const before = opened?.sections.find((section) => section.id === selectedId)
    const after = sections.find((section) => section.id === selectedId)
    setOpened((current) => current && { ...current, sections })
    if (undoable) {
      setOutlineUndo((stack) => [...stack, undo])
    }
    if (change.op === 'add' || change.op === 'restore') {
      setSelectedId(sectionId)
    } else if (!after) {
      setSelectedId(sections.find((section) => section.kind === 'lead')?.id ?? sections[0]?.id)
    } else if (after.version !== before?.version) {
      setEditorKey((key) => key + 1)
    }
    await Promise.all([loadTrash(), loadMetrics()])
  }

  const undoOutline = async () => {
    const last = outlineUndo.at(-1)
    if (!last) {
      return
    }
    setOutlineUndo((stack) => stack.slice(0, -1))
    await changeOutline(last, false)
  }

  const teamMode = useAppMode() === 'team'
  const outlineTeam = useOutlineTeam(reportId, opened?.sections ?? [], teamMode)
  const comments = useReportComments({
    reportId,
    editors,
    enabled: teamMode,
    watching: sideTab === 'comments',
    showSection: select,
    onAdded: () => setSideTab('comments'),
  })

  if (!opened) {
    return <main className="report-view loading" />
  }

  return (
    <div className="report-view" data-testid="report-view">
      <aside className="left-pane">
        <div className="report-heading">
          <button
            type="button"
            className="link"
            onClick={() => {
              rememberPlace()
              onBack()
            }}
          >
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
            {opened.hasPrevious && (
              <button type="button" className="link small" onClick={() => setComparingReport(true)}>
                {t('ui.reportCompare.open')}
              </button>
            )}
            <button type="button" className="link small" onClick={() => setSavingTemplate(true)}>
              {t('ui.saveTemplate.open')}
            </button>
          </div>
          <div className="view-switch" role="radiogroup" aria-label={t('ui.fullText.viewLabel')}>
            {(['single', 'full'] as const).map((option) => (
              <button
                key={option}
                type="button"
                role="radio"
                aria-checked={mode === option}
                className={mode === option ? 'view-option active' : 'view-option'}
                data-testid={`view-${option}`}
                onClick={() => void switchMode(option)}
              >
                {t(`ui.fullText.modes.${option}`)}
              </button>
            ))}
          </div>
        </div>
        <OutlineTree
          entries={outline}
          selectedId={selectedId}
          onSelect={(id) => void select(id)}
          onCompare={opened.hasPrevious ? (id) => setComparing(id) : undefined}
          onChange={(change) => changeOutline(change)}
          onUndo={outlineUndo.length > 0 ? () => void undoOutline() : undefined}
          trashCount={
            trash.filter((section) => !trash.some((other) => other.id === section.parentId)).length
          }
          onOpenTrash={() => setTrashOpen(true)}
          team={outlineTeam.team}
        />
      </aside>
      <main className="editor-pane" ref={editorPane}>
        {mode === 'full' && (
          <FullTextView
            sections={ordered}
            metrics={metrics}
            editors={editors}
            generation={editorKey}
            onMetricsChanged={loadMetrics}
            onSaved={replaceSection}
            onReload={(sectionId) => void reloadSection(sectionId)}
            trackSave={trackSave}
            onFocused={setSelectedId}
          />
        )}
        {mode === 'single' && selected && (
          <SectionEditor
            key={`${selected.id}:${editorKey}`}
            section={selected}
            metrics={metrics}
            editors={editors}
            onMetricsChanged={loadMetrics}
            onSaved={replaceSection}
            onReload={() => void reloadSection(selected.id)}
            trackSave={trackSave}
          />
        )}
        {mode === 'single' && !selected && <p className="empty">{t('ui.editor.noSection')}</p>}
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
            onJump={(sectionId, index) => void revealFigure(sectionId, index)}
            onInsertChart={(seriesId) => void drawSeries(seriesId)}
          />
        )}
        {sideTab === 'checks' && (
          <ChecksPanel
            reportId={reportId}
            sectionOrder={sectionOrder}
            refresh={checksRefresh}
            onApplyFix={async (finding) => {
              await select(finding.sectionId)
              const editor = await editors.whenReady(finding.sectionId)
              return editor !== undefined && finding.fix !== undefined
                ? editor.applyTextFix(finding.fix)
                : false
            }}
            onJump={(finding) =>
              void revealText(finding.sectionId, finding.anchorStart, finding.anchorEnd)
            }
            onCompare={(sectionId) => setComparing(sectionId)}
          />
        )}
        {sideTab === 'suggestions' && (
          <SuggestionsPanel
            reportId={reportId}
            beforeDecide={() => activeAutosave.flush()}
            onDecided={async () => {
              await reloadAllSections()
              checksRefresh.request()
            }}
            onJump={(sectionId, anchorStart, anchorEnd) =>
              void revealText(sectionId, anchorStart, anchorEnd)
            }
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
        {sideTab === 'comments' && (
          <CommentsPanel
            enabled={teamMode}
            comments={comments.comments}
            error={comments.error}
            sections={opened.sections}
            sectionOrder={sectionOrder}
            onReveal={(comment) => void comments.reveal(comment)}
            onChanged={comments.reload}
          />
        )}
        {sideTab === 'signOff' && <ReviewPanel reportId={reportId} />}
      </aside>
      {outlineTeam.dialog}
      {comments.dialog}
      {savingTemplate && (
        <SaveTemplateDialog
          reportId={reportId}
          onSaved={(name) => {
            setSavingTemplate(false)
            notify({ kind: 'info', text: t('ui.saveTemplate.saved', { name }) })
          }}
          onClose={() => setSavingTemplate(false)}
        />
      )}
      {trashOpen && (
        <SectionTrashDialog
          sections={trash}
          onRestore={(sectionId) => {
            setTrashOpen(false)
            void changeOutline({ op: 'restore', sectionId })
          }}
          onClose={() => setTrashOpen(false)}
        />
      )}
      {comparing !== undefined && (
        <CompareDialog sectionId={comparing} onClose={() => setComparing(undefined)} />
      )}
      {comparingReport && (
        <ReportCompareView
          reportId={reportId}
          flushEdits={() => activeAutosave.flush()}
          onClose={() => setComparingReport(false)}
        />
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
      {reviewing && metricsSnapshot && (
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
