import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { commentAuthor } from './comment-author'
import { createCommentRepository } from './comment-repository'
import { addComment, listComments, replyToComment, resolveComment } from './comment-service'

/** The comment channels: a report's threads on its text, replies and 解决. */
export function commentHandlers(workspace: Workspace) {
  const comments = createCommentRepository(workspace.db)
  return {
    'comments.list': ({ reportId }) => listComments(workspace, comments, reportId),
    'comments.add': (input, context) =>
      addComment(workspace, comments, input, commentAuthor(workspace, context)),
    'comments.reply': (input, context) =>
      replyToComment(workspace, comments, input, commentAuthor(workspace, context)),
    'comments.resolve': (input, context) =>
      resolveComment(workspace, comments, input, commentAuthor(workspace, context)),
  } satisfies Partial<Handlers>
}
