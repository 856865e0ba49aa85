import { useTranslation } from 'react-i18next'
import { signOut } from './team-session'
import { useTeamUser } from './team-user-context'

/** The top bar's signed-in account (name and role) with 退出登录; nothing outside team mode. */
export function TeamUserBadge() {
  const { t } = useTranslation()
  const user = useTeamUser()
  if (!user) {
    return null
  }
  return (
    <>
      <span className="team-user" data-testid="team-user">
        {t('ui.teamSession.signedIn', {
          name: user.name,
          role: t(`ui.teamSession.roles.${user.role}`),
        })}
      </span>
      <button type="button" className="link" onClick={() => void signOut()}>
        {t('ui.teamSession.signOut')}
      </button>
    </>
  )
}
