import { useTranslation } from 'react-i18next'
import type { TeamRole } from '../../../src-main/shared/team/team-roles'
import type { LiveStatus } from './live-collaboration'

/** Team mode's save label: 已同步, 同步中, or 离线 (edits kept in the page until reconnected). */
export function LiveSaveState({ status }: { status: LiveStatus }) {
  const { t } = useTranslation()
  return (
    <span
      className={`save-state save-${status.sync}`}
      data-testid="save-state"
      data-state={status.sync}
    >
      {t(`ui.live.${status.sync}`)}
    </span>
  )
}

/** Says why the section cannot be edited when the server grants reading only. */
export function LiveReadonlyNote({ role }: { role: TeamRole }) {
  const { t } = useTranslation()
  return (
    <p className="live-readonly" data-testid="live-readonly" role="status">
      {t(role === 'reviewer' ? 'ui.live.readonlyReviewer' : 'ui.live.readonly')}
    </p>
  )
}
