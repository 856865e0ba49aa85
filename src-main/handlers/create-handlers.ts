import { assetHandlers } from '../assets/asset-handlers'
import { chartHandlers } from '../charts/chart-handlers'
import { compareHandlers } from '../compare/compare-handlers'
import type { Handlers } from '../contract/channels'
import { exportHandlers } from '../export/export-handlers'
import { familyLinkHandlers } from '../family-link/family-link-handlers'
import { importHandlers } from '../import/import-handlers'
import { metricHandlers } from '../metrics/metric-handlers'
import { reportHandlers } from '../reports/report-handlers'
import { rollForwardHandlers } from '../roll-forward/roll-forward-handlers'
import { sectionHandlers } from '../sections/section-handlers'
import { settingsHandlers } from '../settings/settings-handlers'
import { templateHandlers } from '../templates/template-handlers'
import type { Workspace } from '../workspace/workspace'
import type { WorkspaceControl } from '../workspace/workspace-control'
import { fixedWorkspaceControl } from '../workspace/workspace-control'
import { workspaceHandlers } from '../workspace/workspace-handlers'
import { checkHandlers } from '../checks/check-handlers'
import { combineHandlerGroups } from './combine-handler-groups'
import type { TeamHandlerOptions } from '../team/team-handlers'
import { teamHandlers } from '../team/team-handlers'
import { commentHandlers } from '../comments/comment-handlers'
import { reviewHandlers } from '../review/review-handlers'
import { guardLockedReports } from '../review/report-lock-guard'

/** What the team server hands the team-mode handler groups (live presence, scope changes). */
export interface HandlerHooks {
  team?: TeamHandlerOptions
  review?: Parameters<typeof reviewHandlers>[1]
}

/**
 * The handler table served over IPC, HTTP and the CLI, for one open workspace: each feature's
 * handlers, combined so that the compiler insists every channel has exactly one. `control` lets
 * the app's workspace session restore a backup in place of it. A report locked by 终审 refuses
 * every channel that would change its text (guardLockedReports).
 */
export function createHandlers(
  workspace: Workspace,
  control: WorkspaceControl = fixedWorkspaceControl(workspace),
  hooks: HandlerHooks = {},
) {
  const handlers = combineHandlerGroups(
    workspaceHandlers(workspace, control),
    settingsHandlers(workspace),
    reportHandlers(workspace),
    templateHandlers(workspace),
    rollForwardHandlers(workspace),
    sectionHandlers(workspace),
    checkHandlers(workspace),
    compareHandlers(workspace),
    assetHandlers(workspace),
    metricHandlers(workspace),
    familyLinkHandlers(workspace),
    chartHandlers(workspace),
    exportHandlers(workspace),
    importHandlers(workspace),
    teamHandlers(workspace, hooks.team),
    commentHandlers(workspace),
    reviewHandlers(workspace, hooks.review),
  ) satisfies Handlers
  return guardLockedReports(workspace, handlers)
}
