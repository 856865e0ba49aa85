import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelInput, ChannelOutput } from '../../../src-main/contract/channels'
import { exportFileName } from '../../../src-main/shared/export/export-file-name'
import type { ExportFormat } from '../../../src-main/shared/export/export-formats'
import { exportFileExtensions, exportFormats } from '../../../src-main/shared/export/export-formats'
import { exportProfileNames } from '../../../src-main/shared/export/export-profile-names'
import type { Section } from '../../../src-main/shared/sections/section'
import { ApiError, api, unwrap } from '../../api/api-client'
import { downloadFile } from '../../api/download-file'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { copyRichText } from './copy-rich-text'
import { countPendingFigures } from './count-pending-figures'
import { savePathPicker } from './pick-save-path'
import { sectionAndSubsections } from './section-and-subsections'
import type { ReviewStatus } from '../../../src-main/shared/team/review-schema'
import { formatSignedAt } from '../review/format-signed-at'
import { unsignedStages } from '../review/unsigned-stages'

type Profile = NonNullable<ChannelInput<'export.report'>['profile']>
type MetricRow = ChannelOutput<'metrics.list'>['rows'][number]
type Mode = ChannelOutput<'app.info'>['mode']
type ProfileChange = ChannelOutput<'export.report'>['profileChanges'][number]

const longestShownTitle = 24

type Outcome =
  | { kind: 'done'; text: string; changes: ProfileChange[] }
  | { kind: 'cancelling' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; text: string; retryPath?: string }

type CopyTarget = 'richText' | 'wechat'
type CopyState =
  { kind: 'copying' } | { kind: 'copied'; target: CopyTarget } | { kind: 'failed'; text: string }

interface ExportDialogProps {
  reportId: number
  reportTitle: string
  sections: Section[]
  /** The section open in the editor, offered as the export's scope with its subsections. */
  selectedSection?: Section
  /** Saves edits still waiting for autosave, so the file holds what is on screen. */
  flushEdits: () => Promise<void>
  onClose: () => void
}

function optionClass(chosen: boolean): string {
  return chosen ? 'export-option chosen' : 'export-option'
}

function shorten(title: string): string {
  const characters = Array.from(title.trim())
  return characters.length > longestShownTitle
    ? `${characters.slice(0, longestShownTitle).join('')}…`
    : characters.join('')
}

/**
 * Exports the report to Word (in a profile) or HTML, whole or the open section with its
 * subsections: warns first when figures are still pending, downloads the file in browser mode or
 * writes it where the save dialog says in Electron, and copies HTML as rich text.
 */
export function ExportDialog({
  reportId,
  reportTitle,
  sections,
  selectedSection,
  flushEdits,
  onClose,
}: ExportDialogProps) {
  const { t } = useTranslation()
  const [format, setFormat] = useState<ExportFormat>('docx')
  const [profile, setProfile] = useState<Profile>('newspaper')
  const [scope, setScope] = useState<'report' | 'section'>('report')
  const [mode, setMode] = useState<Mode>()
  const [rows, setRows] = useState<MetricRow[]>()
  const [review, setReview] = useState<ReviewStatus>()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const [copy, setCopy] = useState<CopyState>()
  // Bumped to abandon a running export: its result is dropped when it arrives.
  const attempt = useRef(0)
  // The export writing a file in main (Electron), which 取消 must stop there, not just ignore.
  const writing = useRef<{ exportId: string; cancelled: boolean }>(undefined)
  const flush = useRef(flushEdits)
  flush.current = flushEdits

  useEffect(() => {
    let live = true
    const attempts = attempt
    void (async () => {
      const info = await api.call('app.info', {})
      await flush.current()
      const [metrics, signOff] = await Promise.all([
        api.call('metrics.list', { reportId }),
        api.call('review.status', { reportId }),
      ])
      if (!live) {
        return
      }
      setMode(info.ok ? info.value.mode : 'browser')
      // Without the metrics the count is unknown; the export itself still works.
      setRows(metrics.ok ? metrics.value.rows : [])
      // Without the 审签 record the dialog says nothing of it; the export still works.
      setReview(signOff.ok ? signOff.value : undefined)
    })()
    return () => {
      live = false
      attempts.current++
    }
  }, [reportId])

  useEffect(
    () => () => {
      stopWriting()
    },
    [],
  )

  const sectionIds =
    scope === 'section' && selectedSection
      ? sectionAndSubsections(sections, selectedSection.id)
      : undefined
  const pending = rows ? countPendingFigures(rows, sectionIds) : undefined

  const choose = (change: () => void) => {
    change()
    setOutcome(undefined)
    setCopy(undefined)
  }

  const fileSuffix = () => {
    if (format === 'docx') {
      return t(`ui.exportDialog.fileSuffix.${profile}`)
    }
    return format === 'wechat' ? t('ui.exportDialog.fileSuffix.wechat') : undefined
  }

  const suggestedName = () =>
    exportFileName({
      title: reportTitle,
      part: sectionIds ? selectedSection?.title : undefined,
      profile: fileSuffix(),
      extension: exportFileExtensions[format],
    })

  const start = async (retryPath?: string) => {
    const current = ++attempt.current
    const isCurrent = () => current === attempt.current
    setOutcome(undefined)
    const picker = mode === 'electron' ? savePathPicker() : undefined
    let path = retryPath
    if (picker && !path) {
      const filterName = t(`ui.exportDialog.formats.${format}`)
      path = (await picker(suggestedName(), exportFileExtensions[format], filterName)) ?? undefined
      if (!path || !isCurrent()) {
        return
      }
    }
    setBusy(true)
    try {
      await flushEdits()
      const request = {
        reportId,
        format,
        profile: format === 'docx' ? profile : undefined,
        sectionIds,
      }
      if (path) {
        const run = { exportId: crypto.randomUUID(), cancelled: false }
        writing.current = run
        const saved = await api
          .call('export.toFile', { ...request, path, exportId: run.exportId })
          .finally(() => {
            if (writing.current === run) {
              writing.current = undefined
            }
          })
        if (!isCurrent()) {
          return
        }
        if (run.cancelled) {
          // Main stops the write before its rename; past it the file is saved and we say so.
          setOutcome(
            saved.ok
              ? {
                  kind: 'done',
                  text: t('ui.exportDialog.savedBeforeCancel', { path: saved.value.path }),
                  changes: saved.value.profileChanges,
                }
              : { kind: 'cancelled' },
          )
          return
        }
        if (!saved.ok) {
          const locked = saved.code === 'export_file_locked'
          const text = describeError(saved)
          setOutcome({ kind: 'failed', text, retryPath: locked ? path : undefined })
          return
        }
        setOutcome({
          kind: 'done',
          text: t('ui.exportDialog.saved', { path: saved.value.path }),
          changes: saved.value.profileChanges,
        })
        return
      }
      const file = await api.call('export.report', request)
      if (!isCurrent()) {
        return
      }
      if (!file.ok) {
        setOutcome({ kind: 'failed', text: describeError(file) })
        return
      }
      downloadFile(file.value.fileName, file.value.dataBase64, file.value.mimeType)
      setOutcome({
        kind: 'done',
        text: t('ui.exportDialog.downloaded', { fileName: file.value.fileName }),
        changes: file.value.profileChanges,
      })
    } finally {
      if (isCurrent()) {
        setBusy(false)
      }
    }
  }

  /** Asks main to stop the file being written; its answer says whether it was saved after all. */
  function stopWriting(): boolean {
    const run = writing.current
    if (!run || run.cancelled) {
      return run !== undefined
    }
    run.cancelled = true
    void api.call('export.cancel', { exportId: run.exportId })
    return true
  }

  const cancel = () => {
    if (stopWriting()) {
      setOutcome({ kind: 'cancelling' })
      return
    }
    // A download not yet made: dropping the result is all it takes to save nothing.
    attempt.current++
    setBusy(false)
    setOutcome({ kind: 'cancelled' })
  }

  const copyFor = (target: CopyTarget) => {
    setCopy({ kind: 'copying' })
    const channel = target === 'wechat' ? 'export.wechatClipboard' : 'export.clipboard'
    const content = flushEdits()
      .then(() => api.call(channel, { reportId, sectionIds }))
      .then(unwrap)
    void copyRichText(content).then(
      () => setCopy({ kind: 'copied', target }),
      (error: unknown) =>
        setCopy({
          kind: 'failed',
          text: error instanceof ApiError ? describeError(error) : t('ui.exportDialog.copyFailed'),
        }),
    )
  }

  const actions = (
    <>
      {format !== 'docx' && (
        <span className="export-copy">
          <button
            type="button"
            disabled={busy || copy?.kind === 'copying'}
            onClick={() => copyFor(format === 'wechat' ? 'wechat' : 'richText')}
          >
            {format === 'wechat' ? t('ui.exportDialog.copyWechat') : t('ui.exportDialog.copy')}
          </button>
          {copy?.kind === 'copying' && (
            <span className="muted small">{t('ui.exportDialog.copying')}</span>
          )}
          {copy?.kind === 'copied' && (
            <span className="export-copied small" role="status" data-testid="export-copied">
              ✓ {t('ui.exportDialog.copied')}
            </span>
          )}
        </span>
      )}
      {busy ? (
        <button type="button" disabled={outcome?.kind === 'cancelling'} onClick={cancel}>
          {t('ui.common.cancel')}
        </button>
      ) : (
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.close')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={mode === undefined}
            onClick={() => void start()}
          >
            {pending ? t('ui.exportDialog.exportAnyway') : t('ui.exportDialog.export')}
          </button>
        </>
      )}
    </>
  )

  return (
    <ModalDialog
      title={t('ui.exportDialog.title')}
      testId="export-dialog"
      actions={actions}
      onClose={() => {
        attempt.current++
        stopWriting()
        onClose()
      }}
    >
      <div className="export-form">
        <fieldset className="export-choice" disabled={busy}>
          <legend>{t('ui.exportDialog.format')}</legend>
          {exportFormats.map((value) => (
            <label key={value} className={optionClass(format === value)}>
              <input
                type="radio"
                name="export-format"
                checked={format === value}
                onChange={() => choose(() => setFormat(value))}
              />
              {t(`ui.exportDialog.formats.${value}`)}
            </label>
          ))}
        </fieldset>
        {format === 'docx' ? (
          <fieldset className="export-choice" disabled={busy}>
            <legend>{t('ui.exportDialog.profile')}</legend>
            {exportProfileNames.map((value) => (
              <label key={value} className={optionClass(profile === value)}>
                <input
                  type="radio"
                  name="export-profile"
                  checked={profile === value}
                  onChange={() => choose(() => setProfile(value))}
                />
                {t(`ui.exportDialog.profiles.${value}`)}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="export-hint muted small">
            {format === 'wechat' ? t('ui.exportDialog.wechatHint') : t('ui.exportDialog.htmlHint')}
          </p>
        )}
        <fieldset className="export-choice" disabled={busy}>
          <legend>{t('ui.exportDialog.scope')}</legend>
          <label className={optionClass(scope === 'report')}>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'report'}
              onChange={() => choose(() => setScope('report'))}
            />
            {t('ui.exportDialog.scopeReport')}
          </label>
          {selectedSection && (
            <label className={optionClass(scope === 'section')}>
              <input
                type="radio"
                name="export-scope"
                checked={scope === 'section'}
                onChange={() => choose(() => setScope('section'))}
              />
              {t('ui.exportDialog.scopeSection', { title: shorten(selectedSection.title) })}
            </label>
          )}
        </fieldset>
        {pending === undefined && (
          <p className="export-note muted small">{t('ui.exportDialog.countingPending')}</p>
        )}
        {pending === 0 && (
          <p className="export-note muted small">{t('ui.exportDialog.noPending')}</p>
        )}
        {pending !== undefined && pending > 0 && (
          <p className="export-warning" data-testid="export-pending">
            {t('ui.exportDialog.pending', { count: pending })}
          </p>
        )}
        {review && <ReviewRecord status={review} />}
        {busy && (
          <div className="export-progress" role="status" data-testid="export-progress">
            <span className="export-spinner" aria-hidden="true" />
            {outcome?.kind === 'cancelling'
              ? t('ui.exportDialog.cancelling')
              : t('ui.exportDialog.exporting')}
          </div>
        )}
        {outcome?.kind === 'done' && (
          <p className="export-done" role="status" data-testid="export-outcome">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'done' && outcome.changes.length > 0 && (
          <div className="export-note small" data-testid="export-profile-changes">
            {t('ui.exportDialog.profileChanges.intro', {
              profile: t(`ui.exportDialog.fileSuffix.${profile}`),
            })}
            <ul>
              {outcome.changes.map((change) => (
                <li key={change.kind}>
                  {t(`ui.exportDialog.profileChanges.${change.kind}`, { count: change.count })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.kind === 'cancelled' && (
          <p className="export-note muted" role="status" data-testid="export-outcome">
            {t('ui.exportDialog.cancelled')}
          </p>
        )}
        {outcome?.kind === 'failed' && (
          <div className="export-failed" role="alert" data-testid="export-outcome">
            <span>{outcome.text}</span>
            {outcome.retryPath && (
              <button type="button" onClick={() => void start(outcome.retryPath)}>
                {t('ui.exportDialog.retry')}
              </button>
            )}
          </div>
        )}
        {copy?.kind === 'copied' && (
          <p className="export-note muted small">
            {copy.target === 'wechat'
              ? t('ui.exportDialog.copiedWechatHint')
              : t('ui.exportDialog.copiedHint')}
          </p>
        )}
        {copy?.kind === 'failed' && (
          <p className="export-failed" role="alert">
            {copy.text}
          </p>
        )}
      </div>
    </ModalDialog>
  )
}

/** The report's 审签 record, and a warning when a stage is not signed (export is still allowed). */
function ReviewRecord({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation()
  const stageName = (stage: ReviewStatus['stages'][number]['stage']) =>
    t(`ui.signOff.stages.${stage}`)
  const unsigned = unsignedStages(status)
  return (
    <>
      <div className="export-note export-review-record small" data-testid="export-review-record">
        {t('ui.exportDialog.signOff.title')}
        <ul>
          {status.stages.map(({ stage, signedBy, signedAt }) => (
            <li key={stage}>
              {signedBy && signedAt
                ? t('ui.exportDialog.signOff.stage', {
                    stage: stageName(stage),
                    name: signedBy,
                    at: formatSignedAt(signedAt),
                  })
                : t('ui.exportDialog.signOff.unsigned', { stage: stageName(stage) })}
            </li>
          ))}
        </ul>
      </div>
      {unsigned.length > 0 && (
        <p className="export-warning" data-testid="export-review-incomplete">
          {t('ui.exportDialog.signOff.incomplete', {
            stages: unsigned.map(stageName).join(t('ui.exportDialog.signOff.separator')),
          })}
        </p>
      )}
    </>
  )
}
