import type { ReactNode } from 'react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { api } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { pollWhileVisible } from '../team/poll-while-visible'
import { AssignSectionDialog } from './assign-section-dialog'
import { assigneesBySection, othersEditing } from './section-presence'

/** What the outline shows and offers in team mode. */
export interface OutlineTeam {
  /** Others editing each section now. */
  editing: Map<number, string[]>
  /** Who each assigned section is assigned to. */
  assignees: Map<number, TeamMember[]>
  /** Opens 分配给… for a section. */
  onAssign: (sectionId: number) => void
}

const presenceIntervalMs = 3000
/** Assignments change rarely: asked again every this many presence polls. */
const assignmentsEvery = 5

/** The signed-in account's name on the team server (GET /auth/me), to leave oneself out. */
async function signedInName(): Promise<string | undefined> {
  try {
    const response = await fetch('/auth/me')
    if (!response.ok) {
      return undefined
    }
    const body = (await response.json()) as { user?: { name?: string } }
    return body.user?.name
  } catch {
    return undefined
  }
}

/**
 * The outline's team marks: who else is editing each section (polled every 3 s while the page
 * shows) and who each section is assigned to, with the 分配给… dialog. Nothing when `enabled` is
 * false (one person's PC).
 */
export function useOutlineTeam(
  reportId: number,
  sections: Section[],
  enabled: boolean,
): { team: OutlineTeam | undefined; dialog: ReactNode } {
  const { t } = useTranslation()
  const notify = useNotify()
  const [editing, setEditing] = useState(new Map<number, string[]>())
  const [assignees, setAssignees] = useState(new Map<number, TeamMember[]>())
  const [assigning, setAssigning] = useState<number>()

  const loadAssignments = useCallback(async () => {
    const result = await api.call('sections.assignments', { reportId })
    if (result.ok) {
      setAssignees(assigneesBySection(result.value))
    }
  }, [reportId])

  useEffect(() => {
    if (!enabled) {
      return undefined
    }
    let self: Promise<string | undefined> | undefined
    let polls = 0
    return pollWhileVisible(async () => {
      self ??= signedInName()
      if (polls % assignmentsEvery === 0) {
        await loadAssignments()
      }
      polls += 1
      const result = await api.call('team.presence', { reportId })
      if (result.ok) {
        setEditing(othersEditing(result.value, await self))
      }
    }, presenceIntervalMs)
  }, [enabled, loadAssignments, reportId])

  const team = useMemo(
    () => (enabled ? { editing, assignees, onAssign: setAssigning } : undefined),
    [enabled, editing, assignees],
  )

  const section = sections.find((candidate) => candidate.id === assigning)
  const dialog = section ? (
    <AssignSectionDialog
      section={section}
      assigned={assignees.get(section.id) ?? []}
      onSaved={(assignment) => {
        setAssignees((current) => {
          const next = new Map(current)
          if (assignment.members.length > 0) {
            next.set(assignment.sectionId, assignment.members)
          } else {
            next.delete(assignment.sectionId)
          }
          return next
        })
        setAssigning(undefined)
        notify({ kind: 'info', text: t('ui.assign.saved', { title: section.title }) })
      }}
      onClose={() => setAssigning(undefined)}
    />
  ) : null

  return { team, dialog }
}
