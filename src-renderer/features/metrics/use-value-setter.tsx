import type { ReactNode } from 'react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api, unwrap } from '../../api/api-client'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { describeError } from '../../i18n/i18n'

type SavedValue = ChannelOutput<'metrics.setValue'>

interface Question {
  message: string
  answer: (confirmed: boolean) => void
}

/**
 * Sets this year's value of a series from what a person typed, with the same parser everywhere
 * (panel, figure in the text). A change typed against the direction the text states is asked
 * about first; `setValue` resolves to undefined when the person says no. Render `dialog`.
 */
export function useValueSetter(reportId: number): {
  setValue: (seriesId: number, text: string) => Promise<SavedValue | undefined>
  dialog: ReactNode
} {
  const { t } = useTranslation()
  const [question, setQuestion] = useState<Question>()

  const setValue = useCallback(
    async (seriesId: number, text: string) => {
      const result = await api.call('metrics.setValue', { reportId, seriesId, text })
      if (result.ok || result.code !== 'direction_contradicts') {
        return unwrap(result)
      }
      const confirmed = await new Promise<boolean>((answer) =>
        setQuestion({ message: describeError(result), answer }),
      )
      setQuestion(undefined)
      if (!confirmed) {
        return undefined
      }
      return unwrap(
        await api.call('metrics.setValue', { reportId, seriesId, text, confirmDirection: true }),
      )
    },
    [reportId],
  )

  const dialog = question ? (
    <ConfirmDialog
      message={question.message}
      confirmLabel={t('ui.metrics.confirmDirection')}
      onConfirm={() => question.answer(true)}
      onCancel={() => question.answer(false)}
    />
  ) : null
  return { setValue, dialog }
}
