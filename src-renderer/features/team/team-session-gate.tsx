import type { ReactNode } from 'react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { api } from '../../api/api-client'
import { LoginScreen } from './login-screen'
import { onTeamSessionLost, probeTeamSession } from './team-session'
import { TeamUserContext } from './team-user-context'

type GateState =
  | { kind: 'probing' }
  | { kind: 'local' }
  | { kind: 'login' }
  /** expired: the server ended the session; the app stays (unsent edits too) behind the sign-in. */
  | { kind: 'team'; user: TeamMember; expired: boolean }

/**
 * Decides what the page is: the app on one person's PC (Electron, or browser mode with its launch
 * token), or a tab of the team server, which shows the sign-in page until an account is signed
 * in, then the app with that account (`useTeamUser`). When the server ends the session (a call
 * answered 401) the sign-in page covers the app, which stays mounted so edits not yet sent are
 * kept; signing in again as the same account carries on, as another account starts afresh.
 */
export function TeamSessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [state, setState] = useState<GateState>(() =>
    api.hasLaunchCredentials ? { kind: 'local' } : { kind: 'probing' },
  )

  useEffect(() => {
    if (state.kind !== 'probing') {
      return
    }
    void probeTeamSession().then((probe) => {
      setState(probe.kind === 'team' ? { ...probe, expired: false } : probe)
    })
  }, [state.kind])

  const inTeam = state.kind === 'team'
  useEffect(() => {
    if (!inTeam) {
      return undefined
    }
    const expire = () =>
      setState((current) => (current.kind === 'team' ? { ...current, expired: true } : current))
    const stopApi = api.onUnauthorized(expire)
    const stopSession = onTeamSessionLost((end) =>
      end === 'expired' ? expire() : setState({ kind: 'login' }),
    )
    return () => {
      stopApi()
      stopSession()
    }
  }, [inTeam])

  switch (state.kind) {
    case 'probing':
      return null
    case 'local':
      return children
    case 'login':
      return <LoginScreen onSignedIn={(user) => setState({ kind: 'team', user, expired: false })} />
    case 'team':
      return (
        <>
          <TeamUserContext.Provider value={state.user} key={state.user.id}>
            {/* Behind the sign-in the app is out of reach (keyboard, screen readers), not gone. */}
            <div
              className="team-app"
              inert={state.expired}
              aria-hidden={state.expired || undefined}
            >
              {children}
            </div>
          </TeamUserContext.Provider>
          {state.expired && (
            <div className="team-login-cover" role="dialog" aria-modal="true">
              <LoginScreen
                notice={t('ui.teamSession.expired')}
                onSignedIn={(user) => setState({ kind: 'team', user, expired: false })}
              />
            </div>
          )}
        </>
      )
  }
}
