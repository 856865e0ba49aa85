import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../src-main/shared/reports/report'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { describeError } from '../../i18n/i18n'
import type { SideTab } from '../report/side-tab'
import { LinkPreviousDialog } from '../family-link/link-previous-dialog'
import { ImportDialog } from './import-dialog'
import { NewReportDialog } from './new-report-dialog'
import { RenameDialog } from './rename-dialog'

interface LibraryViewProps {
  onOpen: (reportId: number, reviewImport?: boolean, sideTab?: SideTab) => void
}

type Dialog =
  | { kind: 'new' }
  | { kind: 'import'; file?: File }
  | { kind: 'rename'; report: Report }
  | { kind: 'delete'; report: Report }
  | { kind: 'second'; report: Report; message: string }
  | { kind: 'link'; report: Report }

function groupByYear(reports: Report[]): [number, Report[]][] {
  const groups = new Map<number, Report[]>()
  for (const report of reports) {
    groups.set(report.year, [...(groups.get(report.year) ?? []), report])
  }
  return [...groups.entries()].sort(([a], [b]) => b - a)
}

/** The report library by year, with the trash. */
export function LibraryView({ onOpen }: LibraryViewProps) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const [reports, setReports] = useState<Report[]>([])
  const [trash, setTrash] = useState<Report[]>([])
  const [showTrash, setShowTrash] = useState(false)
  const [dialog, setDialog] = useState<Dialog>()
  const [dropping, setDropping] = useState(false)

  const refresh = useCallback(async () => {
    try {
      setReports(unwrap(await api.call('reports.list', {})))
      setTrash(unwrap(await api.call('reports.trash', {})))
    } catch (failure) {
      notify({ kind: 'error', text: describeError(failure) })
    }
  }, [notify])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const setDeleted = async (report: Report, deleted: boolean) => {
    try {
      unwrap(await api.call(deleted ? 'reports.delete' : 'reports.restore', { id: report.id }))
      notify({
        kind: 'info',
        text: t(deleted ? 'ui.library.deleted' : 'ui.library.restored', { title: report.title }),
      })
      await refresh()
    } catch (failure) {
      notify({ kind: 'error', text: describeError(failure) })
    }
  }

  const rollForward = async (report: Report, confirmSecond = false) => {
    setDialog(undefined)
    notify({ kind: 'info', text: t('ui.library.rollingForward', { year: report.year + 1 }) })
    const result = await api.call('reports.rollForward', { id: report.id, confirmSecond })
    if (!result.ok) {
      if (result.code === 'successor_exists') {
        // Nothing is being made while the person decides: the progress line goes.
        notify(undefined)
        setDialog({ kind: 'second', report, message: describeError(result) })
        return
      }
      notify({ kind: 'error', text: describeError(result) })
      return
    }
    const { reportId, pending, suggestions } = result.value
    notify({
      kind: 'info',
      text: t('ui.library.rolledForward', {
        year: report.year + 1,
        pending,
        count: suggestions.length,
      }),
    })
    onOpen(reportId, false, 'suggestions')
  }

  const formatTime = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <main
      className={dropping ? 'library dropping' : 'library'}
      data-testid="library"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault()
          setDropping(true)
        }
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) {
          setDropping(false)
        }
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0]
        setDropping(false)
        if (file) {
          event.preventDefault()
          setDialog({ kind: 'import', file })
        }
      }}
    >
      {dropping && <div className="drop-hint">{t('ui.importDialog.dropHere')}</div>}
      <div className="library-toolbar">
        <h1>{t('ui.library.title')}</h1>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })}>
          {t('ui.library.new')}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('ui.library.import')}
        </button>
        <button
          type="button"
          aria-pressed={showTrash}
          data-testid="toggle-trash"
          onClick={() => setShowTrash((shown) => !shown)}
        >
          {t('ui.library.trash')}（{trash.length}）
        </button>
      </div>

      {reports.length === 0 && <p className="empty">{t('ui.library.empty')}</p>}
      {groupByYear(reports).map(([year, items]) => (
        <section key={year} className="year-group" aria-label={t('ui.library.yearGroup', { year })}>
          <h2>{t('ui.library.yearGroup', { year })}</h2>
          <ul className="report-cards">
            {items.map((report) => (
              <li key={report.id} className="report-card" data-testid="report-card">
                <button
                  type="button"
                  className="report-card-open"
                  onClick={() => onOpen(report.id)}
                >
                  <span className="report-card-title">{report.title}</span>
                  <span className="report-card-meta">
                    {report.organization && `${report.organization} · `}
                    {t('ui.library.updated', { time: formatTime(report.updatedAt) })}
                  </span>
                </button>
                <div className="report-card-actions">
                  <button type="button" onClick={() => void rollForward(report)}>
                    {t('ui.library.rollForward')}
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'link', report })}>
                    {t('ui.familyLink.open')}
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'rename', report })}>
                    {t('ui.library.rename')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setDialog({ kind: 'delete', report })}
                  >
                    {t('ui.library.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}

      {showTrash && (
        <section className="trash" data-testid="trash">
          <h2>{t('ui.library.trash')}</h2>
          {trash.length === 0 && <p className="empty">{t('ui.library.trashEmpty')}</p>}
          <ul className="report-cards">
            {trash.map((report) => (
              <li key={report.id} className="report-card trashed" data-testid="trash-card">
                <span className="report-card-title">
                  {report.year} · {report.title}
                </span>
                <button type="button" onClick={() => void setDeleted(report, false)}>
                  {t('ui.library.restore')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {dialog?.kind === 'new' && (
        <NewReportDialog onClose={() => setDialog(undefined)} onCreated={(id) => onOpen(id)} />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          initialFile={dialog.file}
          onClose={() => setDialog(undefined)}
          onImported={(id) => onOpen(id, true)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          report={dialog.report}
          onClose={() => setDialog(undefined)}
          onRenamed={() => {
            setDialog(undefined)
            void refresh()
          }}
        />
      )}
      {dialog?.kind === 'link' && (
        <LinkPreviousDialog
          report={dialog.report}
          reports={reports}
          onClose={() => setDialog(undefined)}
          onLinked={(message) => {
            setDialog(undefined)
            notify({ kind: 'info', text: message })
            void refresh()
          }}
        />
      )}
      {dialog?.kind === 'second' && (
        <ConfirmDialog
          message={dialog.message}
          confirmLabel={t('ui.library.createAnother')}
          onCancel={() => setDialog(undefined)}
          onConfirm={() => void rollForward(dialog.report, true)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          message={t('ui.library.confirmDelete', { title: dialog.report.title })}
          confirmLabel={t('ui.library.delete')}
          onCancel={() => setDialog(undefined)}
          onConfirm={() => {
            const report = dialog.report
            setDialog(undefined)
            void setDeleted(report, true)
          }}
        />
      )}
    </main>
  )
}
