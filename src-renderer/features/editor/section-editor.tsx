import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import { api, unwrap } from '../../api/api-client'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { activeAutosave } from './active-autosave'
import type { SaveState } from './autosave-controller'
import { AutosaveController } from './autosave-controller'
import { EditorToolbar } from './editor-toolbar'
import { TableTools } from './table-tools'
import { InsertImageDialog } from './insert-image-dialog'
import { figureAtSelection } from './figure-at-selection'
import { MetricPickerDialog } from './metric-picker-dialog'
import { metricAttributesOf } from '../../../src-main/shared/document/metric-node'
import {
  documentTextMap,
  positionOfOffset,
} from '../../../src-main/shared/document/document-text-map'
import { applyTextFixInEditor } from './apply-text-fix-in-editor'
import type { FigureEditRequest } from './figure-editing'
import { FigureValueEditor } from './figure-value-editor'
import { editorExtensions } from './editor-extensions'
import type { EditorRegistry } from './editor-registry'
import type { MetricsStore } from '../metrics/metrics-store'
import { chartAttributesOf } from '../../../src-main/shared/charts/chart-node'
import type { ChartDialogRequest } from '../charts/chart-dialog'
import { ChartDialog } from '../charts/chart-dialog'
import { chartEditEvent } from '../charts/chart-node-view'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { useTeamUser } from '../team/team-user-context'
import type { LiveDocument } from './live-collaboration'
import { withLiveCollaboration } from './live-collaboration'
import { LiveReadonlyNote, LiveSaveState } from './live-save-state'
import { liveEditable, useLiveDocument, useLiveEditable, useLiveStatus } from './use-live-document'

interface SectionEditorProps {
  section: Section
  metrics: MetricsStore
  /** Where the report view finds this editor to apply a check's fix in it. */
  editors: EditorRegistry
  /** Reloads the report's series after one was created or changed here (that one, if known). */
  onMetricsChanged: (seriesId?: number) => Promise<void>
  onSaved: (section: Section) => void
  /** Reload this section from storage (after a conflict the user resolved by reloading). */
  onReload: () => void
  /** Register the in-flight save of this section so a re-open waits for it. */
  trackSave: (sectionId: number, save: Promise<void>) => void
  /**
   * single: the section alone with its toolbar (focused work); continuous: one block of the
   * full-text view, whose shared toolbar acts on the editor that has the focus.
   */
  layout?: 'single' | 'continuous'
  /** The caret entered this section (the outline follows it). */
  onFocused?: (sectionId: number) => void
}

/**
 * One section's Tiptap editor. On one person's PC it saves itself (≤ 0.8 s after typing stops, on
 * blur and on leave); signed in to the team server it edits the section's live document, which
 * the server keeps.
 */
export function SectionEditor(props: SectionEditorProps) {
  const { t } = useTranslation()
  const user = useTeamUser()
  const live = useLiveDocument(props.section.id, user)
  if (!user) {
    return <SectionEditorView {...props} />
  }
  if (!live) {
    return (
      <div className="section-editor" data-section-id={props.section.id}>
        <p className="muted">{t('ui.live.opening')}</p>
      </div>
    )
  }
  return <SectionEditorView key={live.ydoc.guid} {...props} live={{ document: live, user }} />
}

function SectionEditorView({
  section,
  metrics,
  editors,
  onMetricsChanged,
  onSaved,
  onReload,
  trackSave,
  layout = 'single',
  onFocused,
  live,
}: SectionEditorProps & { live?: { document: LiveDocument; user: TeamMember } }) {
  const { t } = useTranslation()
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveMessage, setSaveMessage] = useState('')
  const [insertingImage, setInsertingImage] = useState(false)
  const [pickingMetric, setPickingMetric] = useState(false)
  const [actionError, setActionError] = useState('')
  const openPicker = useRef(() => setPickingMetric(true))
  const [editingFigure, setEditingFigure] = useState<FigureEditRequest>()
  const onFocusedRef = useRef(onFocused)
  onFocusedRef.current = onFocused
  const [chartDialog, setChartDialog] = useState<ChartDialogRequest>()
  const root = useRef<HTMLDivElement>(null)

  const autosave = useMemo(
    () =>
      new AutosaveController({
        baseVersion: section.version,
        save: async (doc: DocumentNode, baseVersion: number, reason) => {
          const result = await api.call('sections.save', {
            sectionId: section.id,
            baseVersion,
            doc,
            reason,
          })
          if (result.ok) {
            onSaved(result.value)
          }
          return result
        },
        saveOnExit: (doc, baseVersion, reason) =>
          api.callOnExit('sections.save', { sectionId: section.id, baseVersion, doc, reason }),
        onState: (state, detail) => {
          setSaveState(state)
          setSaveMessage(detail ? describeError(detail) : '')
        },
      }),
    // One controller per mounted section; the parent remounts the editor for another section.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [section.id],
  )

  const liveStatus = useLiveStatus(live?.document)
  const extensions = editorExtensions(
    metrics,
    () => openPicker.current(),
    (request) => setEditingFigure(request),
  )
  const editor = useEditor({
    extensions: live
      ? withLiveCollaboration(extensions, live.document.ydoc, {
          provider: live.document.provider,
          user: live.user,
        })
      : extensions,
    // Team mode: the text comes from the live document, editable once it has arrived.
    content: live ? undefined : section.doc,
    ...(live ? { editable: liveEditable(liveStatus) } : {}),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'report-prose',
        'data-testid': 'editor',
        spellcheck: 'false',
        'aria-label': t('ui.editor.label', {
          kind: t(`ui.outline.kinds.${section.kind}`),
          title: section.title,
        }),
      },
    },
    onUpdate: ({ editor: current }) => {
      if (!live) {
        autosave.change(() => current.getJSON() as DocumentNode)
      }
    },
    onFocus: () => onFocusedRef.current?.(section.id),
    onBlur: () => {
      const save = autosave.flush()
      trackSave(section.id, save)
    },
  })
  useLiveEditable(live?.document, editor)

  useEffect(() => {
    const remove = activeAutosave.add(autosave)
    return () => {
      remove()
      trackSave(section.id, autosave.flush())
      autosave.dispose()
    }
  }, [autosave, section.id, trackSave])

  useEffect(() => {
    const element = root.current
    if (!element) {
      return undefined
    }
    const onEdit = (event: Event) => {
      const { position } = (event as CustomEvent<{ position: number }>).detail
      const node = editor.state.doc.nodeAt(position)
      if (node?.type.name === 'chart') {
        setChartDialog({ position, chart: chartAttributesOf(node.attrs) })
      }
    }
    element.addEventListener(chartEditEvent, onEdit)
    return () => element.removeEventListener(chartEditEvent, onEdit)
  }, [editor])

  /** 数说: with series (from the metrics panel) a new chart of them; else edits the selected chart or inserts one. */
  const openChartDialog = (seriesIds?: number[]) => {
    if (seriesIds) {
      setChartDialog({ seriesIds })
      return
    }
    const { from } = editor.state.selection
    const node = editor.state.doc.nodeAt(from)
    setChartDialog(
      node?.type.name === 'chart' ? { position: from, chart: chartAttributesOf(node.attrs) } : {},
    )
  }
  const openChartRef = useRef(openChartDialog)
  openChartRef.current = openChartDialog

  const convertToMetric = async () => {
    const found = figureAtSelection(editor)
    if (!found) {
      setActionError(t('ui.picker.noFigure'))
      return
    }
    const { figure, from, to } = found
    try {
      const series = unwrap(
        await api.call('metrics.create', {
          reportId: section.reportId,
          label: figure.label,
          unit: figure.unit,
          displayUnit: figure.displayUnit,
          kind: figure.kind,
          text: figure.text,
        }),
      )
      await onMetricsChanged()
      editor
        .chain()
        .focus()
        .insertContentAt(
          { from, to },
          { type: 'metric', attrs: { seriesId: series.id, ...figure.style } },
        )
        .run()
      setActionError('')
    } catch (failure) {
      setActionError(describeError(failure))
    }
  }

  const convertToText = () => {
    const { from, to } = editor.state.selection
    const node = editor.state.doc.nodeAt(from)
    if (node?.type.name !== 'metric') {
      return
    }
    const text = metrics.render(metricAttributesOf(node.attrs))
    editor.chain().focus().insertContentAt({ from, to }, text).run()
  }

  const reveal = (anchorStart: number, anchorEnd: number) => {
    const map = documentTextMap(editor.getJSON() as DocumentNode)
    const from = positionOfOffset(map, anchorStart)
    const to = positionOfOffset(map, anchorEnd)
    editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run()
  }

  const revealFigure = (index: number) => {
    const target = editor.view.dom.querySelectorAll<HTMLElement>('.metric')[index]
    target?.scrollIntoView({ block: 'center' })
    target?.classList.add('flash')
    setTimeout(() => target?.classList.remove('flash'), 1500)
  }

  const caretAnchor = () => {
    const map = documentTextMap(editor.getJSON() as DocumentNode)
    const caret = editor.state.selection.from
    const piece = map.pieces.find(
      (candidate) =>
        candidate.kind === 'text' &&
        caret >= candidate.position &&
        caret <= candidate.position + candidate.end - candidate.start,
    )
    return piece ? piece.start + caret - piece.position : 0
  }

  const handleActions = useRef({
    convertToMetric,
    convertToText,
    reveal,
    revealFigure,
    caretAnchor,
  })
  handleActions.current = { convertToMetric, convertToText, reveal, revealFigure, caretAnchor }

  useEffect(
    () =>
      editors.register({
        sectionId: section.id,
        editor,
        applyTextFix: (fix) => {
          if (!applyTextFixInEditor(editor, fix)) {
            return false
          }
          if (live) {
            return true
          }
          autosave.change(() => editor.getJSON() as DocumentNode, 'check-fix')
          trackSave(section.id, autosave.flush())
          return true
        },
        reveal: (start, end) => handleActions.current.reveal(start, end),
        revealFigure: (index) => handleActions.current.revealFigure(index),
        caretAnchor: () => handleActions.current.caretAnchor(),
        save: () => autosave.flush(),
        openMetricPicker: () => setPickingMetric(true),
        openImageDialog: () => setInsertingImage(true),
        openChartDialog: (seriesIds) => openChartRef.current(seriesIds),
        convertToMetric: () => void handleActions.current.convertToMetric(),
        convertToText: () => handleActions.current.convertToText(),
      }),
    [editors, editor, autosave, section.id, trackSave, live],
  )

  const keepMine = async () => {
    try {
      const current = unwrap(await api.call('sections.get', { sectionId: section.id }))
      await autosave.keepMine(current.version)
    } catch (failure) {
      setSaveMessage(describeError(failure))
    }
  }

  const saveLabel = live ? (
    <LiveSaveState status={liveStatus} />
  ) : (
    <span
      className={`save-state save-${saveState}`}
      data-testid="save-state"
      data-state={saveState}
    >
      {t(`ui.save.${saveState === 'conflict' ? 'failed' : saveState}`)}
    </span>
  )

  return (
    <div
      className={layout === 'single' ? 'section-editor' : 'section-editor section-block'}
      data-kind={section.kind}
      data-section-id={section.id}
      ref={root}
    >
      {layout === 'single' ? (
        <div className="editor-header">
          <EditorToolbar
            editor={editor}
            onInsertImage={() => setInsertingImage(true)}
            onInsertMetric={() => setPickingMetric(true)}
            onInsertChart={() => openChartDialog()}
            onConvertToMetric={() => void convertToMetric()}
            onConvertToText={convertToText}
            registry={editors}
            readOnly={live !== undefined && !liveEditable(liveStatus)}
          />
          {saveLabel}
          <TableTools editor={editor} />
        </div>
      ) : (
        (live ? liveStatus.sync !== 'synced' : saveState !== 'saved') && (
          <div className="block-save-state">{saveLabel}</div>
        )
      )}
      {live && liveStatus.readonly && <LiveReadonlyNote role={live.user.role} />}
      {actionError && (
        <p className="save-error" role="alert">
          {actionError}
        </p>
      )}
      {saveState === 'failed' && saveMessage && (
        <p className="save-error" role="alert">
          {saveMessage}
        </p>
      )}
      {layout === 'single' ? (
        <div className="editor-page">
          <EditorContent editor={editor} />
        </div>
      ) : (
        <EditorContent editor={editor} />
      )}
      {chartDialog && (
        <ChartDialog
          editor={editor}
          metrics={metrics}
          request={chartDialog}
          onClose={() => setChartDialog(undefined)}
        />
      )}
      {editingFigure && (
        <FigureValueEditor
          key={`${editingFigure.position}:${editingFigure.initialText ?? ''}`}
          editor={editor}
          reportId={section.reportId}
          metrics={metrics}
          request={editingFigure}
          onSaved={onMetricsChanged}
          onClose={() => setEditingFigure(undefined)}
        />
      )}
      {pickingMetric && (
        <MetricPickerDialog
          editor={editor}
          reportId={section.reportId}
          metrics={metrics}
          onChanged={onMetricsChanged}
          onClose={() => setPickingMetric(false)}
        />
      )}
      {insertingImage && (
        <InsertImageDialog
          editor={editor}
          reportId={section.reportId}
          onClose={() => setInsertingImage(false)}
        />
      )}
      {saveState === 'conflict' && (
        <ModalDialog
          title={t('ui.save.conflictTitle')}
          onClose={() => undefined}
          testId="conflict-dialog"
          actions={
            <>
              <button type="button" onClick={onReload}>
                {t('ui.save.reload')}
              </button>
              <button type="button" className="primary" onClick={() => void keepMine()}>
                {t('ui.save.keepMine')}
              </button>
            </>
          }
        >
          <p>{saveMessage}</p>
        </ModalDialog>
      )}
    </div>
  )
}
