import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelInput, ChannelOutput } from '../../../src-main/contract/channels'
import type { Report } from '../../../src-main/shared/reports/report'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

type Preview = ChannelOutput<'families.linkPreview'>
type Keep = ChannelInput<'families.link'>['decisions'][number]['keep']

interface LinkPreviousDialogProps {
  report: Report
  reports: Report[]
  onLinked: (message: string) => void
  onClose: () => void
}

const pairKey = (pair: { earlierSeriesId: number; laterSeriesId: number }) =>
  `${pair.earlierSeriesId}:${pair.laterSeriesId}`

/**
 * Links another report (an import of an earlier year) as this report's previous year: choose it,
 * see which series pair up (exact ones ticked, doubtful ones to tick), decide each year where the
 * two hold different values, then link. Nothing is written before 链接.
 */
export function LinkPreviousDialog({
  report,
  reports,
  onLinked,
  onClose,
}: LinkPreviousDialogProps) {
  const { t } = useTranslation()
  const candidates = reports.filter(
    (other) => other.familyId !== report.familyId && other.year < report.year,
  )
  const [previousId, setPreviousId] = useState<number | undefined>(candidates[0]?.id)
  const [preview, setPreview] = useState<Preview>()
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [keep, setKeep] = useState<Map<string, Keep>>(new Map())
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setPreview(undefined)
    setError('')
    if (previousId === undefined) {
      return undefined
    }
    let cancelled = false
    void api
      .call('families.linkPreview', { reportId: report.id, previousReportId: previousId })
      .then((result) => {
        if (cancelled) {
          return
        }
        if (!result.ok) {
          setError(describeError(result))
          return
        }
        setPreview(result.value)
        setTicked(new Set(result.value.pairs.filter((pair) => pair.match === 'exact').map(pairKey)))
        setKeep(new Map())
      })
    return () => {
      cancelled = true
    }
  }, [previousId, report.id])

  const chosen = preview?.pairs.filter((pair) => ticked.has(pairKey(pair))) ?? []
  const open = chosen.flatMap((pair) =>
    pair.years
      .filter(
        (year) => year.state === 'conflict' && !keep.has(`${pair.laterSeriesId}:${year.year}`),
      )
      .map((year) => `${pair.laterLabel} ${year.year}`),
  )

  const link = async () => {
    if (!preview || previousId === undefined) {
      return
    }
    setBusy(true)
    try {
      const result = unwrap(
        await api.call('families.link', {
          reportId: report.id,
          previousReportId: previousId,
          pairs: chosen.map(({ earlierSeriesId, laterSeriesId }) => ({
            earlierSeriesId,
            laterSeriesId,
          })),
          decisions: [...keep].map(([key, value]) => {
            const [laterSeriesId, year] = key.split(':').map(Number)
            return { laterSeriesId, year, keep: value }
          }),
        }),
      )
      onLinked(t('ui.familyLink.done', { ...result, title: preview.previous.title }))
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog
      title={t('ui.familyLink.title', { title: report.title })}
      onClose={onClose}
      testId="link-previous-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!preview || open.length > 0 || busy}
            title={
              open.length > 0
                ? t('ui.familyLink.decideFirst', { years: open.join('、') })
                : undefined
            }
            onClick={() => void link()}
          >
            {t('ui.familyLink.link', { count: chosen.length })}
          </button>
        </>
      }
    >
      {candidates.length === 0 ? (
        <p className="muted">{t('ui.familyLink.none')}</p>
      ) : (
        <label className="field">
          <span>{t('ui.familyLink.previous')}</span>
          <select
            value={previousId}
            onChange={(event) => setPreviousId(Number(event.target.value))}
          >
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {other.year} · {other.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <FieldError message={error} />
      {preview && (
        <div className="family-link">
          <p className="small muted">{t('ui.familyLink.explain')}</p>
          <table className="family-link-pairs">
            <thead>
              <tr>
                <th scope="col">{t('ui.familyLink.merge')}</th>
                <th scope="col">{t('ui.familyLink.earlier', { year: preview.previous.year })}</th>
                <th scope="col">{t('ui.familyLink.later', { year: preview.report.year })}</th>
                <th scope="col">{t('ui.familyLink.years')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.pairs.map((pair) => {
                const key = pairKey(pair)
                return (
                  <tr key={key} data-testid="link-pair" data-match={pair.match}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('ui.familyLink.mergeLabel', { label: pair.laterLabel })}
                        checked={ticked.has(key)}
                        onChange={(event) => {
                          const next = new Set(ticked)
                          if (event.target.checked) {
                            next.add(key)
                          } else {
                            next.delete(key)
                          }
                          setTicked(next)
                        }}
                      />
                      {pair.match === 'doubtful' && (
                        <span className="badge badge-unconfirmed">
                          {t('ui.familyLink.doubtful')}
                        </span>
                      )}
                    </td>
                    <td>{pair.earlierLabel}</td>
                    <td>
                      {pair.laterLabel} <span className="muted small">{pair.unit}</span>
                    </td>
                    <td>
                      {pair.years.map((year) => {
                        const decisionKey = `${pair.laterSeriesId}:${year.year}`
                        if (year.state !== 'conflict') {
                          return (
                            <div key={year.year} className="small">
                              {year.year}：{year.earlierText}
                              {year.state === 'fill'
                                ? ` ${t('ui.familyLink.fill')}`
                                : ` ${t('ui.familyLink.same')}`}
                            </div>
                          )
                        }
                        return (
                          <fieldset
                            key={year.year}
                            className="link-conflict"
                            data-testid="link-conflict"
                          >
                            <legend className="small">
                              {t('ui.familyLink.conflict', { year: year.year })}
                            </legend>
                            {(['later', 'earlier'] satisfies Keep[]).map((side) => (
                              <label key={side} className="small">
                                <input
                                  type="radio"
                                  name={decisionKey}
                                  checked={keep.get(decisionKey) === side}
                                  onChange={() => setKeep(new Map(keep).set(decisionKey, side))}
                                />
                                {t(`ui.familyLink.keep.${side}`, {
                                  value: side === 'later' ? year.laterText : year.earlierText,
                                })}
                              </label>
                            ))}
                          </fieldset>
                        )
                      })}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {preview.separate.length > 0 && (
            <p className="small">
              {t('ui.familyLink.separate', {
                labels: preview.separate
                  .map((item) =>
                    item.newLabel === item.label ? item.label : `${item.label}→${item.newLabel}`,
                  )
                  .join('、'),
              })}
            </p>
          )}
        </div>
      )}
    </ModalDialog>
  )
}
