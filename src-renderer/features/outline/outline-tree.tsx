import { useTranslation } from 'react-i18next'
import type { OutlineEntry } from './build-outline-tree'

interface OutlineTreeProps {
  entries: OutlineEntry[]
  selectedId: number | undefined
  onSelect: (sectionId: number) => void
  /** Opens the compare-with-last-year view of a section (offered on the selected entry). */
  onCompare?: (sectionId: number) => void
}

function OutlineItems({
  entries,
  selectedId,
  onSelect,
  onCompare,
  depth,
}: OutlineTreeProps & { depth: number }) {
  const { t } = useTranslation()
  return (
    <ul
      className={depth === 0 ? 'outline-list' : 'outline-list nested'}
      role={depth === 0 ? 'tree' : 'group'}
    >
      {entries.map(({ section, children }) => (
        <li key={section.id} role="treeitem" aria-selected={section.id === selectedId}>
          <button
            type="button"
            className={section.id === selectedId ? 'outline-item selected' : 'outline-item'}
            data-testid="outline-item"
            data-kind={section.kind}
            onClick={() => onSelect(section.id)}
          >
            <span className={`kind-badge kind-${section.kind}`}>
              {t(`ui.outline.kinds.${section.kind}`)}
            </span>
            <span className="outline-title">{section.title || '—'}</span>
          </button>
          {onCompare && section.id === selectedId && (
            <button
              type="button"
              className="link small outline-compare"
              onClick={() => onCompare(section.id)}
            >
              {t('ui.compare.open')}
            </button>
          )}
          {children.length > 0 && (
            <OutlineItems
              entries={children}
              selectedId={selectedId}
              onSelect={onSelect}
              onCompare={onCompare}
              depth={depth + 1}
            />
          )}
        </li>
      ))}
    </ul>
  )
}

/** The report's outline: masthead, title, lead, sections with their subsections, closing, credits. */
export function OutlineTree(props: OutlineTreeProps) {
  const { t } = useTranslation()
  return (
    <nav className="outline" aria-label={t('ui.outline.title')} data-testid="outline">
      <h2 className="panel-title">{t('ui.outline.title')}</h2>
      <OutlineItems {...props} depth={0} />
    </nav>
  )
}
