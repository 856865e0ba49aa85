import type { Db } from '../db/open-database'
import type { DocumentNode } from '../shared/document/document-json'
import type { SectionKind } from '../shared/sections/section-kind'
import type { Section, SectionRevision } from '../shared/sections/section'

interface SectionRow {
  id: number
  report_id: number
  parent_id: number | null
  position: number
  kind: string
  title: string
  doc: string
  lineage_key: string
  version: number
  updated_at: string
  deleted_at: string | null
}

interface RevisionRow {
  id: number
  section_id: number
  version: number
  title: string
  reason: string
  created_at: string
  doc?: string
}

function toSection(row: SectionRow): Section {
  return {
    id: row.id,
    reportId: row.report_id,
    parentId: row.parent_id,
    position: row.position,
    kind: row.kind as SectionKind,
    title: row.title,
    doc: JSON.parse(row.doc) as DocumentNode,
    lineageKey: row.lineage_key,
    version: row.version,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

function toRevision(row: RevisionRow): SectionRevision {
  return {
    id: row.id,
    sectionId: row.section_id,
    version: row.version,
    title: row.title,
    reason: row.reason,
    createdAt: row.created_at,
  }
}

export interface NewSection {
  reportId: number
  parentId: number | null
  position: number
  kind: SectionKind
  title: string
  doc: DocumentNode
  lineageKey: string
}

/** How many revisions of a section are kept at least. */
export const keptRevisions = 100

/** Sections and their revisions; statements are prepared once per database. */
export function createSectionRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sections (report_id, parent_id, position, kind, title, doc, lineage_key, version, updated_at)
     VALUES (@reportId, @parentId, @position, @kind, @title, @doc, @lineageKey, 1, @now)`,
  )
  const byId = db.prepare('SELECT * FROM sections WHERE id = ?')
  const byReport = db.prepare(
    'SELECT * FROM sections WHERE report_id = ? AND deleted_at IS NULL ORDER BY id',
  )
  const allByReport = db.prepare('SELECT * FROM sections WHERE report_id = ? ORDER BY id')
  const trashByReport = db.prepare(
    'SELECT * FROM sections WHERE report_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id',
  )
  const byLineage = db.prepare(
    'SELECT * FROM sections WHERE lineage_key = ? AND report_id = ? AND deleted_at IS NULL',
  )
  const setPlace = db.prepare(
    'UPDATE sections SET parent_id = ?, position = ?, updated_at = ? WHERE id = ?',
  )
  const setKind = db.prepare('UPDATE sections SET kind = ? WHERE id = ?')
  const setDeleted = db.prepare('UPDATE sections SET deleted_at = ? WHERE id = ?')
  const update = db.prepare(
    'UPDATE sections SET doc = ?, title = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  )
  const insertRevision = db.prepare(
    `INSERT INTO section_revisions (section_id, version, doc, title, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const revisions = db.prepare(
    'SELECT id, section_id, version, title, reason, created_at FROM section_revisions WHERE section_id = ? ORDER BY version DESC',
  )
  const revision = db.prepare('SELECT * FROM section_revisions WHERE id = ?')
  const prune = db.prepare(
    `DELETE FROM section_revisions WHERE section_id = ? AND version <= (
       SELECT version FROM section_revisions WHERE section_id = ? ORDER BY version DESC LIMIT 1 OFFSET ?)`,
  )

  /** A report's sections in reading order: parents first, siblings by position (then id). */
  const readingOrder = `WITH RECURSIVE tree(id, path) AS (
       SELECT id, printf('%010d.%010d/', position, id) FROM sections
       WHERE report_id = @from AND parent_id IS NULL AND deleted_at IS NULL
       UNION ALL
       SELECT s.id, tree.path || printf('%010d.%010d/', s.position, s.id)
       FROM sections s JOIN tree ON s.parent_id = tree.id
       WHERE s.deleted_at IS NULL
     )`
  const originalsInReadingOrder = db.prepare(
    `${readingOrder} SELECT s.id, s.parent_id FROM sections s JOIN tree USING (id) ORDER BY tree.path`,
  )
  const copyRows = db.prepare(
    `${readingOrder}
     INSERT INTO sections (report_id, parent_id, position, kind, title, doc, lineage_key, version, updated_at)
     SELECT @to, s.parent_id, s.position, s.kind, s.title, s.doc, s.lineage_key, 1, @now
     FROM sections s JOIN tree USING (id) ORDER BY tree.path`,
  )
  const idsOfReport = db.prepare('SELECT id FROM sections WHERE report_id = ? ORDER BY id').pluck()
  const setParent = db.prepare('UPDATE sections SET parent_id = ? WHERE id = ?')
  const copyFirstRevisions = db.prepare(
    `INSERT INTO section_revisions (section_id, version, doc, title, reason, created_at)
     SELECT id, 1, doc, title, 'create', @now FROM sections WHERE report_id = @to ORDER BY id`,
  )
  const rewriteSection = db.prepare(
    'UPDATE sections SET title = ?, doc = ? WHERE id = ? AND version = 1',
  )
  const rewriteFirstRevision = db.prepare(
    'UPDATE section_revisions SET title = ?, doc = ? WHERE section_id = ? AND version = 1',
  )

  return {
    /**
     * Copies every section of one report into another that has none yet, inside SQLite and with
     * the text unparsed: the same tree, titles, text and lineage keys, each at version 1 with its
     * first revision, the copies' ids in reading order. Returns the copy's id by the original's.
     * Callers run it in a transaction.
     */
    copyReportSections(fromReportId: number, toReportId: number): Map<number, number> {
      const originals = originalsInReadingOrder.all({ from: fromReportId }) as {
        id: number
        parent_id: number | null
      }[]
      const now = new Date().toISOString()
      copyRows.run({ from: fromReportId, to: toReportId, now })
      const copies = idsOfReport.all(toReportId) as number[]
      if (copies.length !== originals.length) {
        throw new Error(
          `copyReportSections: ${copies.length} sections in the copy, ${originals.length} copied`,
        )
      }
      // Rows are inserted in reading order and take increasing ids, so the copies pair up in order.
      const copyOf = new Map(originals.map((row, index) => [row.id, copies[index]!]))
      for (const original of originals) {
        if (original.parent_id !== null) {
          setParent.run(copyOf.get(original.parent_id) ?? null, copyOf.get(original.id))
        }
      }
      copyFirstRevisions.run({ to: toReportId, now })
      return copyOf
    },
    /** Replaces the title and text of a section still at version 1, and of its first revision. */
    rewriteFirstVersion(id: number, title: string, doc: DocumentNode): void {
      const json = JSON.stringify(doc)
      rewriteSection.run(title, json, id)
      rewriteFirstRevision.run(title, json, id)
    },
    /** Inserts a section and its first revision; returns its id. */
    insert(section: NewSection): number {
      const now = new Date().toISOString()
      const doc = JSON.stringify(section.doc)
      const id = Number(insert.run({ ...section, doc, now }).lastInsertRowid)
      insertRevision.run(id, 1, doc, section.title, 'create', now)
      return id
    },
    get(id: number): Section | undefined {
      const row = byId.get(id) as SectionRow | undefined
      return row ? toSection(row) : undefined
    },
    /** A report's live sections (not in its trash). */
    listByReport(reportId: number): Section[] {
      return (byReport.all(reportId) as SectionRow[]).map(toSection)
    },
    /** A report's sections, those in its trash included (what a series may still be used by). */
    listAllByReport(reportId: number): Section[] {
      return (allByReport.all(reportId) as SectionRow[]).map(toSection)
    },
    /** A report's trashed sections, most recently deleted first. */
    listTrash(reportId: number): Section[] {
      return (trashByReport.all(reportId) as SectionRow[]).map(toSection)
    },
    /** Moves a section under `parentId` at `position` (callers renumber the siblings). */
    place(id: number, parentId: number | null, position: number): void {
      setPlace.run(parentId, position, new Date().toISOString(), id)
    },
    setKind(id: number, kind: SectionKind): void {
      setKind.run(kind, id)
    },
    /** Puts a section into its report's trash (a time), or takes it out (null). */
    setDeleted(id: number, deletedAt: string | null): void {
      setDeleted.run(deletedAt, id)
    },
    /** The section of a report with the given lineage key (its counterpart in that year). */
    findByLineage(reportId: number, lineageKey: string): Section | undefined {
      const row = byLineage.get(lineageKey, reportId) as SectionRow | undefined
      return row ? toSection(row) : undefined
    },
    /**
     * Writes a new body if the section is still at `baseVersion`; returns the new version,
     * or undefined when someone saved in between (a conflict).
     */
    updateIfVersion(
      id: number,
      baseVersion: number,
      doc: DocumentNode,
      title: string,
      reason: string,
    ): number | undefined {
      const now = new Date().toISOString()
      const json = JSON.stringify(doc)
      const changed = update.run(json, title, now, id, baseVersion).changes
      if (changed === 0) {
        return undefined
      }
      const version = baseVersion + 1
      insertRevision.run(id, version, json, title, reason, now)
      prune.run(id, id, keptRevisions)
      return version
    },
    listRevisions(sectionId: number): SectionRevision[] {
      return (revisions.all(sectionId) as RevisionRow[]).map(toRevision)
    },
    getRevision(id: number): (SectionRevision & { doc: DocumentNode }) | undefined {
      const row = revision.get(id) as RevisionRow | undefined
      return row
        ? { ...toRevision(row), doc: JSON.parse(row.doc ?? 'null') as DocumentNode }
        : undefined
    },
  }
}

export type SectionRepository = ReturnType<typeof createSectionRepository>
