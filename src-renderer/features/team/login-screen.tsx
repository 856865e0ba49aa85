import type { FormEvent } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { describeError } from '../../i18n/i18n'
import { signIn } from './team-session'

interface LoginScreenProps {
  /** Why the page asks again (the session ended), if it does. */
  notice?: string
  onSignedIn: (user: TeamMember) => void
}

/** The team server's sign-in page: account name and password. */
export function LoginScreen({ notice, onSignedIn }: LoginScreenProps) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim() || !password) {
      setError(t('ui.teamSession.missingFields'))
      return
    }
    setBusy(true)
    const result = await signIn(name.trim(), password)
    setBusy(false)
    if (result.ok) {
      onSignedIn(result.user)
      return
    }
    setPassword('')
    if (result.code === 'network') {
      setError(t('ui.teamSession.unreachable'))
      return
    }
    setError(result.message || describeError(result))
  }

  return (
    <main className="team-login" data-testid="team-login">
      <form className="team-login-form" onSubmit={(event) => void submit(event)}>
        <h1>{t('ui.appName')}</h1>
        <p className="muted">{t('ui.teamSession.intro')}</p>
        {notice && <p className="team-login-notice">{notice}</p>}
        <label>
          <span>{t('ui.teamSession.name')}</span>
          <input
            name="name"
            autoComplete="username"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          <span>{t('ui.teamSession.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p className="save-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('ui.teamSession.signIn')}
        </button>
      </form>
    </main>
  )
}
