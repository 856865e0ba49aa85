import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckRule } from '../../../src-main/shared/checks/check-rule-info'
import { checkRules } from '../../../src-main/shared/checks/check-rule-info'
import type { ReportFinding } from '../../../src-main/shared/checks/report-finding'
import { api, unwrap } from '../../api/api-client'
import { describeError, i18n } from '../../i18n/i18n'
import type { ChecksRefresh } from './checks-refresh'
import { mergeFindings } from './merge-findings'

interface ChecksPanelProps {
  reportId: number
  /** Section ids in reading order, to keep findings in the order of the report. */
  sectionOrder: number[]
  /** Where the report view asks for checking again (after saves and value changes). */
  refresh: ChecksRefresh
  /**
   * Applies a finding's text fix in the section's editor, as one undoable edit saved at once;
   * false when the text has changed since the check.
   */
  onApplyFix: (finding: ReportFinding) => Promise<boolean>
  onJump: (finding: ReportFinding) => void
  onCompare: (sectionId: number) => void
}

/** The rules in the order the panel lists them: the order they are declared in. */
const ruleOrder: readonly CheckRule[] = checkRules
const refreshDelayMs = 250

/** Proofreading findings of the report, kept up to date section by section as the user edits. */
export function ChecksPanel({
  reportId,
  sectionOrder,
  refresh,
  onApplyFix,
  onJump,
  onCompare,
}: ChecksPanelProps) {
  const { t } = useTranslation()
  const [findings, setFindings] = useState<ReportFinding[]>()
  const [rule, setRule] = useState<CheckRule | 'all'>('all')
  const [error, setError] = useState('')
  const [busyKey, setBusyKey] = useState<string>()
  const [dismissing, setDismissing] = useState<{ key: string; reason: string }>()
  const [showDismissed, setShowDismissed] = useState(false)
  const order = useRef(sectionOrder)
  order.current = sectionOrder

  const run = useCallback(
    async (sectionIds?: number[]) => {
      try {
        const fresh = unwrap(await api.call('checks.run', { reportId, sectionIds }))
        setFindings((current) =>
          sectionIds && current ? mergeFindings(current, fresh, sectionIds, order.current) : fresh,
        )
        setError('')
      } catch (failure) {
        setError(describeError(failure))
      }
    },
    [reportId],
  )

  useEffect(() => {
    void run()
  }, [run])

  useEffect(() => {
    // Requests within the delay are gathered: a burst of saves checks their sections once.
    let timer: ReturnType<typeof setTimeout> | undefined
    let pending: Set<number> | 'all' | undefined
    const stop = refresh.subscribe((sectionIds) => {
      pending =
        sectionIds === undefined || pending === 'all'
          ? 'all'
          : new Set([...(pending ?? []), ...sectionIds])
      clearTimeout(timer)
      timer = setTimeout(() => {
        const asked = pending
        pending = undefined
        void run(asked === 'all' ? undefined : [...(asked ?? [])])
      }, refreshDelayMs)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [refresh, run])

  const replaceSection = (finding: ReportFinding, fresh: ReportFinding[]) =>
    setFindings((current) =>
      mergeFindings(current ?? [], fresh, [finding.sectionId], order.current),
    )

  const fix = async (finding: ReportFinding) => {
    setBusyKey(finding.key)
    try {
      if (!(await onApplyFix(finding))) {
        setError(t('ui.checks.fixStale'))
        await run([finding.sectionId])
        return
      }
      setError('')
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusyKey(undefined)
    }
  }

  const dismiss = async (finding: ReportFinding, reason: string | undefined) => {
    setBusyKey(finding.key)
    try {
      replaceSection(
        finding,
        unwrap(
          await api.call('checks.dismiss', {
            reportId,
            sectionId: finding.sectionId,
            key: finding.key,
            reason,
          }),
        ),
      )
      setDismissing(undefined)
      setError('')
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusyKey(undefined)
    }
  }

  /** The finding in the UI's language (the Chinese message when it carries no key). */
  const messageOf = (finding: ReportFinding) =>
    finding.messageKey && i18n.exists(`checks.${finding.messageKey}`)
      ? t(`checks.${finding.messageKey}`, finding.messageParams ?? {})
      : finding.message

  const active = useMemo(() => (findings ?? []).filter((finding) => !finding.dismissed), [findings])
  const dismissed = useMemo(
    () => (findings ?? []).filter((finding) => finding.dismissed),
    [findings],
  )
  const shown = active.filter((finding) => rule === 'all' || finding.rule === rule)
  const count = (severity: ReportFinding['severity']) =>
    active.filter((finding) => finding.severity === severity).length
  const countOf = (name: CheckRule) => active.filter((finding) => finding.rule === name).length

  return (
    <section className="checks-panel" data-testid="checks-panel" aria-label={t('ui.checks.title')}>
      <div className="panel-toolbar">
        <select
          aria-label={t('ui.checks.allRules')}
          value={rule}
          onChange={(event) => setRule(event.target.value as CheckRule | 'all')}
        >
          <option value="all">{t('ui.checks.allRules')}</option>
          {ruleOrder.map((name) => (
            <option key={name} value={name}>
              {t(`checks.rules.${name}`)}（{countOf(name)}）
            </option>
          ))}
        </select>
        <button type="button" className="link small" onClick={() => void run()}>
          {t('ui.checks.run')}
        </button>
      </div>
      <p className="muted small" data-testid="checks-summary">
        {findings === undefined
          ? t('ui.checks.running')
          : t('ui.checks.summary', {
              errors: count('error'),
              warnings: count('warning'),
              infos: count('info'),
            })}
      </p>
      {error && (
        <p className="save-error" role="alert">
          {error}
        </p>
      )}
      {findings && shown.length === 0 && <p className="empty">{t('ui.checks.empty')}</p>}
      <ol className="finding-list">
        {shown.map((finding) => (
          <li
            key={finding.key}
            className={`finding finding-${finding.severity}`}
            data-testid="finding"
            data-rule={finding.rule}
          >
            <div className="finding-head small">
              <span className={`severity severity-${finding.severity}`}>
                {t(`checks.severities.${finding.severity}`)}
              </span>
              <span className="muted">{t(`checks.rules.${finding.rule}`)}</span>
            </div>
            <button
              type="button"
              className="link finding-message"
              title={t('ui.checks.jump')}
              onClick={() => onJump(finding)}
            >
              {messageOf(finding)}
            </button>
            <div className="finding-meta small muted">{finding.sectionTitle}</div>
            {finding.fix && (
              <p className="fix-preview small" data-testid="fix-preview">
                {t('ui.checks.fixPreview')}
                <del>{finding.fix.expected || t('ui.checks.nothing')}</del>
                {' → '}
                <ins>{finding.fix.replacement || t('ui.checks.nothing')}</ins>
              </p>
            )}
            <div className="finding-actions">
              {finding.fix && (
                <button
                  type="button"
                  disabled={busyKey === finding.key}
                  title={t('ui.checks.fixHint')}
                  onClick={() => void fix(finding)}
                >
                  {t('ui.checks.fix', { text: finding.fix.replacement })}
                </button>
              )}
              {finding.dismissible && dismissing?.key !== finding.key && (
                <button
                  type="button"
                  onClick={() => setDismissing({ key: finding.key, reason: '' })}
                >
                  {t('ui.checks.dismiss')}
                </button>
              )}
              <button
                type="button"
                className="link small"
                onClick={() => onCompare(finding.sectionId)}
              >
                {t('ui.checks.compare')}
              </button>
            </div>
            {dismissing?.key === finding.key && (
              <form
                className="dismiss-form"
                onSubmit={(event) => {
                  event.preventDefault()
                  if (dismissing.reason.trim()) {
                    void dismiss(finding, dismissing.reason.trim())
                  }
                }}
              >
                <input
                  aria-label={t('ui.checks.dismissReason')}
                  placeholder={t('ui.checks.dismissReasonPlaceholder')}
                  list="dismiss-reasons"
                  value={dismissing.reason}
                  onChange={(event) =>
                    setDismissing({ key: finding.key, reason: event.target.value })
                  }
                />
                <button
                  type="submit"
                  disabled={!dismissing.reason.trim() || busyKey === finding.key}
                >
                  {t('ui.checks.dismissConfirm')}
                </button>
                <button
                  type="button"
                  className="link small"
                  onClick={() => setDismissing(undefined)}
                >
                  {t('ui.common.cancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
      <datalist id="dismiss-reasons">
        {(['comparable', 'confirmed', 'intended'] as const).map((reason) => (
          <option key={reason} value={t(`ui.checks.reasons.${reason}`)} />
        ))}
      </datalist>
      {dismissed.length > 0 && (
        <div className="dismissed">
          <button
            type="button"
            className="link small"
            aria-expanded={showDismissed}
            onClick={() => setShowDismissed((open) => !open)}
          >
            {t('ui.checks.dismissed', { count: dismissed.length })}
          </button>
          {showDismissed && (
            <ol className="finding-list">
              {dismissed.map((finding) => (
                <li
                  key={finding.key}
                  className="finding finding-dismissed"
                  data-testid="dismissed-finding"
                >
                  <div className="small">{messageOf(finding)}</div>
                  <div className="small muted">
                    {t('ui.checks.dismissedBy', {
                      by: finding.dismissed?.by || '—',
                      reason: finding.dismissed?.reason,
                    })}
                  </div>
                  <button
                    type="button"
                    className="link small"
                    onClick={() => void dismiss(finding, undefined)}
                  >
                    {t('ui.checks.restore')}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  )
}
