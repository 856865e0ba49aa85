import type { Handlers } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'

/** PLACEHOLDER (replaced by the team-server work): accounts, presence and section assignments. */
export function teamHandlers(_workspace: Workspace) {
  return {
    'team.users': () => [],
    'team.presence': () => [],
    'sections.assignments': () => [],
    'sections.assign': () => {
      throw new AppError('team_only')
    },
  } satisfies Partial<Handlers>
}
