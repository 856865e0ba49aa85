import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/app'
import { TeamSessionGate } from './features/team/team-session-gate'
import { i18n } from './i18n/i18n'
import './styles/app.css'
import './styles/comments-and-presence.css'
import './styles/team.css'

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <TeamSessionGate>
          <App />
        </TeamSessionGate>
      </I18nextProvider>
    </StrictMode>,
  )
}
