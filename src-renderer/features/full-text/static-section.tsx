import type { AnyExtension } from '@tiptap/core'
import { getSchema } from '@tiptap/core'
import { DOMSerializer, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Schema } from '@tiptap/pm/model'
import { useEffect, useRef } from 'react'
import { documentExtensions } from '../../../src-main/shared/document/document-extensions'
import { Metric } from '../../../src-main/shared/document/metric-node'
import { ReportImage } from '../../../src-main/shared/document/report-image-node'
import type { Section } from '../../../src-main/shared/sections/section'
import type { MetricsStore } from '../metrics/metrics-store'

const schemas = new WeakMap<MetricsStore, Schema>()

/** The document schema with figures rendered from the store and pictures as their captions. */
function staticSchema(metrics: MetricsStore): Schema {
  let schema = schemas.get(metrics)
  if (!schema) {
    const replacements = new Map<string, AnyExtension>([
      [Metric.name, Metric.configure({ renderFigure: (attributes) => metrics.render(attributes) })],
      [ReportImage.name, ReportImage.configure({ assetUrl: () => '' })],
    ])
    schema = getSchema(
      documentExtensions.map((extension) => replacements.get(extension.name) ?? extension),
    )
    schemas.set(metrics, schema)
  }
  return schema
}

interface StaticSectionProps {
  section: Section
  metrics: MetricsStore
  /** Mounts the section's editor (a click or the focus on the preview asks for it). */
  onActivate: () => void
}

/**
 * A section of the full-text view not yet being edited: its text drawn with the document schema's
 * own serializer (no editor, no HTML parsing), figures from the metrics store and redrawn when a
 * value changes. Clicking it, or tabbing to it, turns it into an editor.
 */
export function StaticSection({ section, metrics, onActivate }: StaticSectionProps) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const draw = () => {
      const element = host.current
      if (!element) {
        return
      }
      const schema = staticSchema(metrics)
      const fragment = DOMSerializer.fromSchema(schema).serializeFragment(
        ProseMirrorNode.fromJSON(schema, section.doc).content,
      )
      for (const link of fragment.querySelectorAll('a')) {
        link.removeAttribute('href')
      }
      element.replaceChildren(fragment)
    }
    draw()
    return metrics.subscribe(draw)
  }, [section.doc, metrics])
  return (
    <div
      ref={host}
      className="report-prose static-section"
      data-testid="static-section"
      tabIndex={0}
      onClick={onActivate}
      onFocus={onActivate}
    />
  )
}
