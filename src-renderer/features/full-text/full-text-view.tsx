import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import { EditorToolbar } from '../editor/editor-toolbar'
import { TableTools } from '../editor/table-tools'
import type { EditorRegistry, SectionEditorHandle } from '../editor/editor-registry'
import { SectionEditor } from '../editor/section-editor'
import type { MetricsStore } from '../metrics/metrics-store'
import { StaticSection } from './static-section'

interface FullTextViewProps {
  /** The report's sections in reading order. */
  sections: Section[]
  metrics: MetricsStore
  editors: EditorRegistry
  /** Bumped to remount the editors after the stored text changed underneath them. */
  generation: number
  onMetricsChanged: (seriesId?: number) => Promise<void>
  onSaved: (section: Section) => void
  onReload: (sectionId: number) => void
  trackSave: (sectionId: number, save: Promise<void>) => void
  /** The caret entered a section: the outline follows it. */
  onFocused: (sectionId: number) => void
}

/** How far beyond the visible page sections become editors before they are scrolled to. */
const mountMargin = '800px 0px'

/**
 * The whole report as one continuous page in reading order, editable in place. Each section stays
 * its own record with its own editor and autosave; editors are mounted as their sections come near
 * the screen (the rest are drawn statically), so a 200-page report opens as fast as one section.
 * One toolbar acts on the section that has the caret.
 */
export function FullTextView({
  sections,
  metrics,
  editors,
  generation,
  onMetricsChanged,
  onSaved,
  onReload,
  trackSave,
  onFocused,
}: FullTextViewProps) {
  const { t } = useTranslation()
  const [mounted, setMounted] = useState(() => new Set<number>())
  const [focused, setFocused] = useState<SectionEditorHandle>()
  const page = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const root = page.current?.closest<HTMLElement>('.editor-pane') ?? null
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => Number((entry.target as HTMLElement).dataset.blockId))
        if (near.length > 0) {
          setMounted((current) => {
            if (near.every((id) => current.has(id))) {
              return current
            }
            return new Set([...current, ...near])
          })
        }
      },
      { root, rootMargin: mountMargin },
    )
    for (const block of page.current?.querySelectorAll('[data-block-id]') ?? []) {
      observer.observe(block)
    }
    return () => observer.disconnect()
  }, [sections])

  const mount = (sectionId: number) =>
    setMounted((current) => (current.has(sectionId) ? current : new Set([...current, sectionId])))

  return (
    <div className="full-text" data-testid="full-text">
      <div className="editor-header full-text-toolbar">
        {focused ? (
          <>
            <EditorToolbar
              key={focused.sectionId}
              editor={focused.editor}
              onInsertImage={focused.openImageDialog}
              onInsertMetric={focused.openMetricPicker}
              onInsertChart={() => focused.openChartDialog()}
              onConvertToMetric={focused.convertToMetric}
              onConvertToText={focused.convertToText}
              registry={editors}
            />
            <TableTools key={`table:${focused.sectionId}`} editor={focused.editor} />
          </>
        ) : (
          <span className="muted small">{t('ui.fullText.hint')}</span>
        )}
      </div>
      <div ref={page} className="editor-page full-text-page">
        {sections.map((section) => (
          <div
            key={section.id}
            className="full-text-block"
            data-block-id={section.id}
            data-kind={section.kind}
          >
            {mounted.has(section.id) ? (
              <SectionEditor
                key={`${section.id}:${generation}`}
                section={section}
                metrics={metrics}
                editors={editors}
                layout="continuous"
                onMetricsChanged={onMetricsChanged}
                onSaved={onSaved}
                onReload={() => onReload(section.id)}
                trackSave={trackSave}
                onFocused={(sectionId) => {
                  setFocused(editors.get(sectionId))
                  onFocused(sectionId)
                }}
              />
            ) : (
              <StaticSection
                section={section}
                metrics={metrics}
                onActivate={() => {
                  mount(section.id)
                  void editors
                    .whenReady(section.id)
                    .then((handle) => handle?.editor.commands.focus())
                }}
              />
            )}
          </div>
        ))}
      </div>
    </div>
  )
}
