import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { decideSuggestions } from './decide-suggestions'
import { describeSuggestions } from './describe-suggestions'
import { rollForwardReport } from './roll-forward-report'

/** The roll forward channels: making next year's report and deciding its suggestions. */
export function rollForwardHandlers(workspace: Workspace) {
  return {
    'reports.rollForward': ({ id, confirmSecond }) =>
      rollForwardReport(workspace, { reportId: id, confirmSecond }),
    'rollForward.suggestions': ({ reportId }) => describeSuggestions(workspace, reportId),
    'rollForward.decide': (input) => decideSuggestions(workspace, input),
  } satisfies Partial<Handlers>
}
