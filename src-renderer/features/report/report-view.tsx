import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedReport } from '../../../src-main/reports/report-service'
import type { Section } from '../../../src-main/sections/section'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError } from '../../i18n/i18n'
import { activeAutosave } from '../editor/active-autosave'
import { SectionEditor } from '../editor/section-editor'
import { HistoryPanel } from '../history/history-panel'
import { buildOutlineTree } from '../outline/build-outline-tree'
import { OutlineTree } from '../outline/outline-tree'

interface ReportViewProps {
  reportId: number
  onBack: () => void
}

/** An open report: outline on the left, the selected section's editor, its history on the right. */
export function ReportView({ reportId, onBack }: ReportViewProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [opened, setOpened] = useState<OpenedReport>()
  const [selectedId, setSelectedId] = useState<number>()
  const [editorKey, setEditorKey] = useState(0)
  const pendingSaves = useRef(new Map<number, Promise<void>>())

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
  const selected = opened?.sections.find((section) => section.id === selectedId)

  const replaceSection = useCallback((section: Section) => {
    setOpened((current) =>
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
          <div className="muted small">{opened.report.year}</div>
        </div>
        <OutlineTree entries={outline} selectedId={selectedId} onSelect={(id) => void select(id)} />
      </aside>
      <main className="editor-pane">
        {selected ? (
          <SectionEditor
            key={`${selected.id}:${editorKey}`}
            section={selected}
            onSaved={replaceSection}
            onReload={() => void reloadSection(selected.id)}
            trackSave={trackSave}
          />
        ) : (
          <p className="empty">{t('ui.editor.noSection')}</p>
        )}
      </main>
      <aside className="right-pane">
        {selected && (
          <HistoryPanel
            sectionId={selected.id}
            currentVersion={selected.version}
            beforeRestore={() => activeAutosave.flush()}
            onRestored={() => void reloadSection(selected.id)}
          />
        )}
      </aside>
    </div>
  )
}
