import { useTranslation } from 'react-i18next'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { presenceColor } from './section-presence'

interface SectionTeamMarksProps {
  /** Others who have the section open now. */
  editing: string[] | undefined
  /** The accounts it is assigned to. */
  assignees: TeamMember[] | undefined
}

/** An outline row's team marks: a coloured dot for who is editing it, and who it is assigned to. */
export function SectionTeamMarks({ editing, assignees }: SectionTeamMarksProps) {
  const { t } = useTranslation()
  const separator = t('ui.presence.separator')
  if (!editing?.length && !assignees?.length) {
    return null
  }
  const editingLabel = editing?.length
    ? t('ui.presence.editing', { names: editing.join(separator) })
    : ''
  return (
    <span className="outline-team">
      {editing?.length ? (
        <span
          className="presence-mark"
          role="img"
          aria-label={editingLabel}
          title={editingLabel}
          data-testid="presence-mark"
        >
          {editing.map((name) => (
            <span key={name} className="presence-dot" style={{ background: presenceColor(name) }} />
          ))}
          <span className="presence-names" aria-hidden="true">
            {editing.join(separator)}
          </span>
        </span>
      ) : null}
      {assignees?.length ? (
        <span className="outline-assignees" data-testid="section-assignees">
          {t('ui.assign.assignedTo', {
            names: assignees.map((member) => member.name).join(separator),
          })}
        </span>
      ) : null}
    </span>
  )
}
