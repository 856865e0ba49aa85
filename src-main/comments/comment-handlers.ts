import type { Handlers } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'

/** PLACEHOLDER (replaced by the comments work). */
export function commentHandlers(_workspace: Workspace) {
  const notYet = () => {
    throw new AppError('team_only')
  }
  return {
    'comments.list': () => [],
    'comments.add': notYet,
    'comments.reply': notYet,
    'comments.resolve': notYet,
  } satisfies Partial<Handlers>
}
