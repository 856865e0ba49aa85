import type { Db } from '../db/open-database'
import type { Comment, CommentAnchor } from '../shared/team/comment-schema'

interface CommentRow {
  id: number
  report_id: number
  section_id: number
  parent_id: number | null
  anchor_start: string | null
  anchor_end: string | null
  quote: string
  body: string
  author: string
  created_at: string
  resolved_at: string | null
  resolved_by: string | null
}

function toComment(row: CommentRow): Comment {
  const anchor =
    row.anchor_start !== null && row.anchor_end !== null
      ? { start: row.anchor_start, end: row.anchor_end }
      : null
  return {
    id: row.id,
    reportId: row.report_id,
    sectionId: row.section_id,
    parentId: row.parent_id,
    anchor,
    quote: row.quote,
    body: row.body,
    author: row.author,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  }
}

/** A new comment: a thread (with an anchor, no parent) or a reply (with a parent, no anchor). */
export type NewComment = {
  reportId: number
  sectionId: number
  body: string
  author: string
} & (
  | { parentId: null; anchor: CommentAnchor; quote: string }
  | { parentId: number; anchor: null; quote: '' }
)

/** Comments and replies on reports' text; statements prepared once per database. */
export function createCommentRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO comments (report_id, section_id, parent_id, anchor_start, anchor_end, quote, body, author, created_at)
     VALUES (@reportId, @sectionId, @parentId, @anchorStart, @anchorEnd, @quote, @body, @author, @createdAt)`,
  )
  const byId = db.prepare('SELECT * FROM comments WHERE id = ?')
  const onLiveSections = db.prepare(
    `SELECT c.* FROM comments c JOIN sections s ON s.id = c.section_id
     WHERE c.report_id = ? AND s.deleted_at IS NULL ORDER BY c.id`,
  )
  const setResolved = db.prepare(
    'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND parent_id IS NULL',
  )

  return {
    /** Stores a comment or reply; returns it as stored. */
    insert(comment: NewComment): Comment {
      const id = Number(
        insert.run({
          reportId: comment.reportId,
          sectionId: comment.sectionId,
          parentId: comment.parentId,
          anchorStart: comment.anchor?.start ?? null,
          anchorEnd: comment.anchor?.end ?? null,
          quote: comment.quote,
          body: comment.body,
          author: comment.author,
          createdAt: new Date().toISOString(),
        }).lastInsertRowid,
      )
      return this.get(id)!
    },
    get(id: number): Comment | undefined {
      const row = byId.get(id) as CommentRow | undefined
      return row ? toComment(row) : undefined
    },
    /**
     * A report's comments and replies, oldest first, on its live sections: those on a section in
     * the report's trash come back when the section is restored.
     */
    listByReport(reportId: number): Comment[] {
      return (onLiveSections.all(reportId) as CommentRow[]).map(toComment)
    },
    /** Marks a thread 解决 by `by` (now), or open again (`by` null). Replies carry no state. */
    setResolved(threadId: number, by: string | null): void {
      setResolved.run(by === null ? null : new Date().toISOString(), by, threadId)
    },
  }
}

export type CommentRepository = ReturnType<typeof createCommentRepository>
