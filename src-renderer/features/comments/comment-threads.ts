import type { Comment } from '../../../src-main/shared/team/comment-schema'
import type { HighlightedComment } from './comment-highlight'

/** A comment with its replies, oldest first. */
export interface CommentThread {
  comment: Comment
  replies: Comment[]
}

/**
 * A report's comments as threads, open and resolved apart, each in reading order (by the
 * section's place in the outline, then oldest first); replies whose comment is missing are left
 * out.
 */
export function commentThreads(
  comments: Comment[],
  sectionOrder: number[],
): { open: CommentThread[]; resolved: CommentThread[] } {
  const threads = new Map<number, CommentThread>()
  for (const comment of comments) {
    if (comment.parentId === null) {
      threads.set(comment.id, { comment, replies: [] })
    }
  }
  for (const comment of comments) {
    if (comment.parentId !== null) {
      threads.get(comment.parentId)?.replies.push(comment)
    }
  }
  const place = (sectionId: number) => {
    const index = sectionOrder.indexOf(sectionId)
    return index < 0 ? sectionOrder.length : index
  }
  const ordered = [...threads.values()].sort(
    (left, right) =>
      place(left.comment.sectionId) - place(right.comment.sectionId) ||
      left.comment.createdAt.localeCompare(right.comment.createdAt) ||
      left.comment.id - right.comment.id,
  )
  for (const thread of ordered) {
    thread.replies.sort(
      (left, right) => left.createdAt.localeCompare(right.createdAt) || left.id - right.id,
    )
  }
  return {
    open: ordered.filter((thread) => thread.comment.resolvedAt === null),
    resolved: ordered.filter((thread) => thread.comment.resolvedAt !== null),
  }
}

/** The open comments to mark in each section's editor. */
export function openAnchorsBySection(comments: Comment[]): Map<number, HighlightedComment[]> {
  const bySection = new Map<number, HighlightedComment[]>()
  for (const comment of comments) {
    if (comment.parentId === null && comment.resolvedAt === null && comment.anchor) {
      const list = bySection.get(comment.sectionId) ?? []
      list.push({ id: comment.id, anchor: comment.anchor })
      bySection.set(comment.sectionId, list)
    }
  }
  return bySection
}
