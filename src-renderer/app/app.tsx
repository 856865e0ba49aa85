import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/api-client'
import { NoticeBar } from '../components/notice-bar'
import { AccessDenied } from './access-denied'
import { activeAutosave } from '../features/editor/active-autosave'
import { LibraryView } from '../features/library/library-view'
import { ReportView } from '../features/report/report-view'
import type { SideTab } from '../features/report/side-tab'
import { SettingsDialog } from '../features/settings/settings-dialog'
import { BackupsDialog } from '../features/backups/backups-dialog'
import { WorkspaceBanner } from '../features/backups/workspace-banner'
import { TeamUserBadge } from '../features/team/team-user-badge'
import type { Language } from '../i18n/i18n'
import { i18n } from '../i18n/i18n'
import type { Notice } from './notice-context'
import { NoticeContext } from './notice-context'

api.onBeforeClose(
  () => activeAutosave.flush(),
  () => activeAutosave.flushOnExit(),
)

function reportIdFromLocation(): number | undefined {
  const match = /^\/?report\/(\d+)/.exec(
    new URLSearchParams(window.location.search).get('view') ?? '',
  )
  return match ? Number(match[1]) : undefined
}

/** How long an information notice stays. */
const infoNoticeMs = 6000

interface OpenReport {
  id: number
  reviewImport: boolean
  sideTab?: SideTab
}

/** The window: a top bar, the library or an open report, notices and settings. */
export function App() {
  const { t } = useTranslation()
  const [report, setReport] = useState<OpenReport | undefined>(() => {
    const id = reportIdFromLocation()
    return id === undefined ? undefined : { id, reviewImport: false }
  })
  const [reviewer, setReviewer] = useState('')
  const [notice, setNotice] = useState<Notice>()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [backupsOpen, setBackupsOpen] = useState(false)
  const [language, setLanguage] = useState<Language>('zh-CN')
  const [denied, setDenied] = useState(false)

  useEffect(() => {
    void api.call('settings.get', {}).then((result) => {
      if (result.ok) {
        setLanguage(result.value.language)
        setReviewer(result.value.reviewer)
        void i18n.changeLanguage(result.value.language)
      } else if (result.code === 'forbidden') {
        setDenied(true)
      }
    })
  }, [])

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  useEffect(() => {
    // A notice says what just happened; it goes after a while (an error stays until dismissed).
    if (notice?.kind !== 'info') {
      return undefined
    }
    const timer = setTimeout(() => setNotice(undefined), infoNoticeMs)
    return () => clearTimeout(timer)
  }, [notice])

  useEffect(() => {
    // A file dropped where no view takes it must not replace the app with the file.
    const keepWindow = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) {
        event.preventDefault()
      }
    }
    window.addEventListener('dragover', keepWindow)
    window.addEventListener('drop', keepWindow)
    return () => {
      window.removeEventListener('dragover', keepWindow)
      window.removeEventListener('drop', keepWindow)
    }
  }, [])

  const open = useCallback((id: number | undefined, reviewImport = false, sideTab?: SideTab) => {
    setReport(id === undefined ? undefined : { id, reviewImport, sideTab })
    const search = id === undefined ? '' : `?view=report/${id}`
    history.replaceState(null, '', window.location.pathname + search)
  }, [])

  const changeLanguage = async (next: Language) => {
    setLanguage(next)
    await i18n.changeLanguage(next)
    await api.call('settings.setLanguage', { language: next })
  }

  const back = useCallback(() => {
    // What happened in the report (已恢复第 N 版, 已保存) is not news in the library.
    setNotice((current) => (current?.kind === 'info' ? undefined : current))
    open(undefined)
  }, [open])

  if (denied) {
    return <AccessDenied />
  }

  return (
    <NoticeContext.Provider value={setNotice}>
      <div className="app">
        <header className="top-bar">
          <span className="brand">{t('ui.appName')}</span>
          <span className="tagline">{t('ui.appTagline')}</span>
          <div className="spacer" />
          <TeamUserBadge />
          <button
            type="button"
            className="link"
            data-testid="open-backups"
            onClick={() => setBackupsOpen(true)}
          >
            {t('ui.backups.open')}
          </button>
          <button
            type="button"
            className="link"
            data-testid="open-settings"
            onClick={() => setSettingsOpen(true)}
          >
            {t('ui.settings.title')}
          </button>
        </header>
        <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
        <WorkspaceBanner onShowBackups={() => setBackupsOpen(true)} />
        {report === undefined ? (
          <LibraryView onOpen={open} />
        ) : (
          <ReportView
            key={report.id}
            reportId={report.id}
            reviewImport={report.reviewImport}
            initialSideTab={report.sideTab}
            reviewer={reviewer}
            onBack={back}
          />
        )}
        {settingsOpen && (
          <SettingsDialog
            language={language}
            reviewer={reviewer}
            onLanguage={(next) => void changeLanguage(next)}
            onReviewer={(next) => {
              setReviewer(next)
              void api.call('settings.setReviewer', { reviewer: next })
            }}
            onClose={() => setSettingsOpen(false)}
          />
        )}
        {backupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} />}
      </div>
    </NoticeContext.Provider>
  )
}
