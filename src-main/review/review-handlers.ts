import type { Handlers } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'

/** PLACEHOLDER (replaced by the sign-off work). */
export function reviewHandlers(
  _workspace: Workspace,
  _options: { onLockChanged?: (reportId: number) => void } = {},
) {
  const notYet = () => {
    throw new AppError('team_only')
  }
  return {
    'review.status': notYet,
    'review.sign': notYet,
    'review.reopen': notYet,
  } satisfies Partial<Handlers>
}
