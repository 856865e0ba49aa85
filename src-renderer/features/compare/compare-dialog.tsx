import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api, unwrap } from '../../api/api-client'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { BlacklineText } from './blackline-text'
import { ComparedFiguresTable } from './compared-figures-table'

interface CompareDialogProps {
  sectionId: number
  onClose: () => void
}

/** A section beside last year's: the text blackline and the figures this year against last. */
export function CompareDialog({ sectionId, onClose }: CompareDialogProps) {
  const { t } = useTranslation()
  const [comparison, setComparison] = useState<ChannelOutput<'sections.compare'>>()
  const [error, setError] = useState('')

  useEffect(() => {
    void api.call('sections.compare', { sectionId }).then((result) => {
      try {
        setComparison(unwrap(result))
      } catch (failure) {
        setError(describeError(failure))
      }
    })
  }, [sectionId])

  return (
    <ModalDialog
      title={t('ui.compare.title', { title: comparison?.title ?? '' })}
      onClose={onClose}
      testId="compare-dialog"
      actions={
        <button type="button" onClick={onClose}>
          {t('ui.common.close')}
        </button>
      }
    >
      {error && <p role="alert">{error}</p>}
      {comparison && !comparison.counterpart && (
        <p className="empty">{t('ui.compare.noCounterpart')}</p>
      )}
      {comparison?.counterpart && (
        <div className="compare">
          <h3>{t('ui.compare.figures')}</h3>
          <ComparedFiguresTable
            metrics={comparison.metrics}
            previousYear={comparison.counterpart.year}
            year={comparison.year}
          />
          <h3>{t('ui.compare.text')}</h3>
          <div className="compare-columns">
            <section aria-label={t('ui.compare.lastYear', { year: comparison.counterpart.year })}>
              <h4>{t('ui.compare.lastYear', { year: comparison.counterpart.year })}</h4>
              <BlacklineText parts={comparison.parts} omit="added" testId="blackline-last-year" />
            </section>
            <section aria-label={t('ui.compare.thisYear', { year: comparison.year })}>
              <h4>{t('ui.compare.thisYear', { year: comparison.year })}</h4>
              <BlacklineText parts={comparison.parts} testId="blackline" />
            </section>
          </div>
        </div>
      )}
    </ModalDialog>
  )
}
