import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import type {
  SectionAssignment,
  TeamMember,
} from '../../../src-main/shared/team/team-member-schema'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { assignmentChoices } from './assignment-choices'

interface AssignSectionDialogProps {
  section: Section
  /** Who it is assigned to now. */
  assigned: TeamMember[]
  onSaved: (assignment: SectionAssignment) => void
  onClose: () => void
}

/** 分配给…: tick the accounts that write a section (none ticked: every writer may). */
export function AssignSectionDialog({
  section,
  assigned,
  onSaved,
  onClose,
}: AssignSectionDialogProps) {
  const { t } = useTranslation()
  const [users, setUsers] = useState<TeamMember[]>()
  const [chosen, setChosen] = useState(() => new Set(assigned.map((member) => member.id)))
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let current = true
    void api.call('team.users', {}).then((result) => {
      if (!current) {
        return
      }
      if (result.ok) {
        setUsers(assignmentChoices(result.value))
      } else {
        setUsers([])
        setError(describeError(result))
      }
    })
    return () => {
      current = false
    }
  }, [])

  const toggle = (id: number) =>
    setChosen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) {
        next.add(id)
      }
      return next
    })

  const save = async () => {
    setSaving(true)
    setError('')
    try {
      onSaved(
        unwrap(await api.call('sections.assign', { sectionId: section.id, userIds: [...chosen] })),
      )
    } catch (failure) {
      setError(describeError(failure))
      setSaving(false)
    }
  }

  return (
    <ModalDialog
      title={t('ui.assign.title', {
        title: section.title || t(`ui.outline.kinds.${section.kind}`),
      })}
      onClose={onClose}
      testId="assign-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={saving || users === undefined}
            onClick={() => void save()}
          >
            {t('ui.assign.save')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.assign.hint')}</p>
      {users === undefined && <p className="muted">{t('ui.assign.loading')}</p>}
      {users?.length === 0 && !error && <p className="empty">{t('ui.assign.noUsers')}</p>}
      {users && users.length > 0 && (
        <ul className="assign-list">
          {users.map((user) => (
            <li key={user.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(user.id)}
                  onChange={() => toggle(user.id)}
                />
                <span>{user.name}</span>
                <span className="muted small">{t(`ui.assign.roles.${user.role}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError message={error} />
    </ModalDialog>
  )
}
