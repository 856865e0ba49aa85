import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import type { ReviewStage, ReviewStatus } from '../../../src-main/shared/team/review-schema'
import { api, unwrap } from '../../api/api-client'
import { describeError } from '../../i18n/i18n'
import { formatSignedAt } from './format-signed-at'
import { ReopenDialog } from './reopen-dialog'

type Mode = ChannelOutput<'app.info'>['mode']

/** How often the panel reads the record again on the team server, where others sign too. */
const refreshMilliseconds = 15_000

interface ReviewPanelProps {
  reportId: number
}

/**
 * The report's 三审 sign-off: 初审, 复审 and 终审 with who signed each and when, a 签发 button for
 * each stage not signed (the server decides who may, and its refusal is shown), the lock with
 * 重新打开 (asking why), and the history. On one person's PC it only shows the record.
 */
export function ReviewPanel({ reportId }: ReviewPanelProps) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<ReviewStatus>()
  const [mode, setMode] = useState<Mode>()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [reopening, setReopening] = useState(false)

  useEffect(() => {
    let live = true
    void Promise.all([api.call('app.info', {}), api.call('review.status', { reportId })]).then(
      ([info, review]) => {
        if (!live) {
          return
        }
        setMode(info.ok ? info.value.mode : undefined)
        if (review.ok) {
          setStatus(review.value)
        } else {
          setError(describeError(review))
        }
      },
    )
    return () => {
      live = false
    }
  }, [reportId])

  const onTeamServer = mode === 'team'

  useEffect(() => {
    if (!onTeamServer) {
      return undefined
    }
    const timer = setInterval(() => {
      void api.call('review.status', { reportId }).then((review) => {
        if (review.ok) {
          setStatus(review.value)
        }
      })
    }, refreshMilliseconds)
    return () => clearInterval(timer)
  }, [onTeamServer, reportId])
  const stageName = (stage: ReviewStage) => t(`ui.signOff.stages.${stage}`)

  const sign = async (stage: ReviewStage) => {
    setBusy(true)
    setError('')
    try {
      setStatus(unwrap(await api.call('review.sign', { reportId, stage })))
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="review-panel" data-testid="review-panel">
      <h2 className="panel-title">{t('ui.signOff.title')}</h2>
      <p className="muted small">{t('ui.signOff.intro')}</p>
      {mode !== undefined && !onTeamServer && (
        <p className="review-team-only small" data-testid="review-team-only">
          {t('ui.signOff.teamOnly')}
        </p>
      )}
      {status && (
        <>
          <ol className="review-stages">
            {status.stages.map(({ stage, signedBy, signedAt }) => (
              <li key={stage} className="review-stage" data-testid="review-stage">
                <div>
                  <strong>{stageName(stage)}</strong>{' '}
                  <span className="muted small">{t(`ui.signOff.signers.${stage}`)}</span>
                  <div className={signedBy ? 'review-signed small' : 'muted small'}>
                    {signedBy && signedAt
                      ? t('ui.signOff.signed', { name: signedBy, at: formatSignedAt(signedAt) })
                      : t('ui.signOff.unsigned')}
                  </div>
                </div>
                {onTeamServer && !signedBy && (
                  <button type="button" disabled={busy} onClick={() => void sign(stage)}>
                    {t('ui.signOff.signStage', { stage: stageName(stage) })}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {status.locked ? (
            <div className="review-lock locked" data-testid="review-locked">
              <strong>{t('ui.signOff.locked')}</strong>
              <p className="small">{t('ui.signOff.lockedHint')}</p>
              {onTeamServer && (
                <button type="button" onClick={() => setReopening(true)}>
                  {t('ui.signOff.reopen')}
                </button>
              )}
            </div>
          ) : (
            <p className="review-lock muted small" data-testid="review-unlocked">
              {t('ui.signOff.unlocked')}
            </p>
          )}
        </>
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <>
          <h3 className="panel-title">{t('ui.signOff.history')}</h3>
          {status.events.length === 0 && <p className="empty">{t('ui.signOff.noHistory')}</p>}
          <ol className="review-events">
            {status.events.map((event, index) => (
              <li key={index} className="review-event small" data-testid="review-event">
                <div>
                  {t(`ui.signOff.events.${event.kind}`, {
                    by: event.by,
                    stage: stageName(event.stage),
                    note: event.note,
                  })}
                </div>
                <div className="muted">{formatSignedAt(event.at)}</div>
              </li>
            ))}
          </ol>
        </>
      )}
      {reopening && (
        <ReopenDialog
          reportId={reportId}
          onReopened={(reopened) => {
            setReopening(false)
            setError('')
            setStatus(reopened)
          }}
          onClose={() => setReopening(false)}
        />
      )}
    </section>
  )
}
