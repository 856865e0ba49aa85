import { checkReport } from './check-report'
import { dismissFinding } from './resolve-finding'
import type { Handlers } from '../contract/channels'
import { settingKeys } from '../settings/setting-keys'
import type { Workspace } from '../workspace/workspace'

/** The check channels: running a report's checks and dismissing a finding as the reviewer. */
export function checkHandlers(workspace: Workspace) {
  return {
    'checks.run': (input) => checkReport(workspace, input),
    'checks.dismiss': (input) =>
      dismissFinding(workspace, {
        ...input,
        by: workspace.settings.get(settingKeys.reviewer) ?? '',
      }),
  } satisfies Partial<Handlers>
}
