import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { renderChartForContract } from './render-chart-for-contract'

/** The chart channel: a chart drawn from the report's series. */
export function chartHandlers(workspace: Workspace) {
  return {
    'charts.render': (input) => renderChartForContract(workspace, input),
  } satisfies Partial<Handlers>
}
