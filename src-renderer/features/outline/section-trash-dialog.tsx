import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import { ModalDialog } from '../../components/modal-dialog'

interface SectionTrashDialogProps {
  sections: Section[]
  onRestore: (sectionId: number) => void
  onClose: () => void
}

/** The report's own trash: sections deleted from the outline, each restorable to its place. */
export function SectionTrashDialog({ sections, onRestore, onClose }: SectionTrashDialogProps) {
  const { t } = useTranslation()
  const topLevel = sections.filter(
    (section) => !sections.some((other) => other.id === section.parentId),
  )
  return (
    <ModalDialog
      title={t('ui.outline.trashTitle')}
      onClose={onClose}
      testId="section-trash"
      actions={
        <button type="button" onClick={onClose}>
          {t('ui.common.close')}
        </button>
      }
    >
      {topLevel.length === 0 && <p className="empty">{t('ui.outline.trashEmpty')}</p>}
      <ul className="trash-list">
        {topLevel.map((section) => (
          <li key={section.id} data-testid="trashed-section">
            <span className={`kind-badge kind-${section.kind}`}>
              {t(`ui.outline.kinds.${section.kind}`)}
            </span>
            <span className="trash-title">{section.title || '—'}</span>
            <span className="muted small">{section.deletedAt?.slice(0, 16).replace('T', ' ')}</span>
            <button type="button" onClick={() => onRestore(section.id)}>
              {t('ui.outline.restore')}
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  )
}
