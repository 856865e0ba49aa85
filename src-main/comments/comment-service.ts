import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import { AppError } from '../shared/errors/app-error'
import type { Section } from '../shared/sections/section'
import type { Comment, CommentAnchor } from '../shared/team/comment-schema'
import type { Workspace } from '../workspace/workspace'
import type { CommentRepository } from './comment-repository'

/** Loads a comment or reply, or fails with `comment_not_found`. */
export function requireComment(comments: CommentRepository, id: number): Comment {
  const comment = comments.get(id)
  if (!comment) {
    throw new AppError('comment_not_found', { id })
  }
  return comment
}

/** The thread a comment belongs to: itself, or the thread a reply answers. */
function threadOf(comments: CommentRepository, comment: Comment): Comment {
  return comment.parentId === null ? comment : requireComment(comments, comment.parentId)
}

/** Refuses to comment where nobody may write: a report in the trash, a section in its trash. */
function requireCommentable(workspace: Workspace, sectionId: number): Section {
  const section = requireSection(workspace, sectionId)
  if (requireReport(workspace, section.reportId).deletedAt) {
    throw new AppError('report_deleted')
  }
  if (section.deletedAt) {
    throw new AppError('section_deleted')
  }
  return section
}

/** Every comment and reply of a report, oldest first (see CommentRepository.listByReport). */
export function listComments(
  workspace: Workspace,
  comments: CommentRepository,
  reportId: number,
): Comment[] {
  requireReport(workspace, reportId)
  return comments.listByReport(reportId)
}

/** Starts a thread on a range of a live section's text. */
export function addComment(
  workspace: Workspace,
  comments: CommentRepository,
  input: { sectionId: number; anchor: CommentAnchor; quote: string; body: string },
  author: string,
): Comment {
  const section = requireCommentable(workspace, input.sectionId)
  return comments.insert({
    reportId: section.reportId,
    sectionId: section.id,
    parentId: null,
    anchor: input.anchor,
    quote: input.quote,
    body: input.body,
    author,
  })
}

/** Replies to a thread; a reply to a reply joins the same thread (threads are one level deep). */
export function replyToComment(
  workspace: Workspace,
  comments: CommentRepository,
  input: { commentId: number; body: string },
  author: string,
): Comment {
  const thread = threadOf(comments, requireComment(comments, input.commentId))
  requireCommentable(workspace, thread.sectionId)
  return comments.insert({
    reportId: thread.reportId,
    sectionId: thread.sectionId,
    parentId: thread.id,
    anchor: null,
    quote: '',
    body: input.body,
    author,
  })
}

/** Marks the comment's thread 解决 (by whom, when) or open again; returns the thread. */
export function resolveComment(
  workspace: Workspace,
  comments: CommentRepository,
  input: { commentId: number; resolved: boolean },
  by: string,
): Comment {
  const thread = threadOf(comments, requireComment(comments, input.commentId))
  requireCommentable(workspace, thread.sectionId)
  comments.setResolved(thread.id, input.resolved ? by : null)
  return requireComment(comments, thread.id)
}
