import { isDeepStrictEqual } from 'node:util'
import * as Y from 'yjs'
import type { Db } from '../db/open-database'
import { writeSectionBody } from '../sections/section-service'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { AppError } from '../shared/errors/app-error'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import { documentToYDoc } from './document-to-ydoc'
import type { LiveDocumentRepository } from './live-document-repository'
import { createLiveDocumentRepository } from './live-document-repository'
import { writeDocumentIntoYDoc } from './write-document-into-ydoc'
import { yDocToDocument } from './ydoc-to-document'

/** The Yjs origin of changes a live document takes from its section's stored text. */
export const storedTextOrigin = Symbol('dajuan stored text')

/** What storing a live document did. */
export type StoreOutcome =
  /** Its text is the section's stored text already; only the Yjs state was written. */
  | 'unchanged'
  /** Its text became a new revision of the section. */
  | 'revised'
  /** The schema refuses its content: nothing became a revision, its state and log stay. */
  | 'invalid'
  /** The section or its report is in the trash (or gone): nothing became a revision. */
  | 'not-editable'

/** A section's text as the editor's `getJSON()` gives it, to compare with a live document's. */
function normalized(doc: DocumentNode): DocumentNode {
  return documentSchema().nodeFromJSON(doc).toJSON() as DocumentNode
}

function yDocOf(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc()
  Y.applyUpdate(ydoc, state)
  return ydoc
}

/**
 * Sections' live documents on the team server, persisted in the workspace: the Yjs state as of
 * the section's stored text, plus every update typed since, logged one by one as it arrives, so
 * an acknowledged keystroke survives a crash. Storing turns the live text into a revision of the
 * section and starts the log afresh. A section changed by anything but live editing (a restored
 * revision, a roll forward, another program) is brought into its live document as a Yjs change
 * from the stored state, so the newer stored text is never overwritten and live edits not stored
 * yet merge with it. `workspace` is read at each call: a restored backup replaces it.
 */
export function createLiveDocumentStore(workspace: () => Workspace) {
  const repositories = new WeakMap<Db, LiveDocumentRepository>()
  const open = () => {
    const current = workspace()
    let repository = repositories.get(current.db)
    if (!repository) {
      repository = createLiveDocumentRepository(current.db)
      repositories.set(current.db, repository)
    }
    return { current, repository }
  }

  /**
   * Brings `ydoc` up to the section's stored text: a stored state written as of an older version
   * is first rewritten to the stored text (and saved so), then merged into `ydoc`.
   */
  const catchUp = (repository: LiveDocumentRepository, section: Section, ydoc: Y.Doc) => {
    const row = repository.getState(section.id)
    if (!row) {
      writeDocumentIntoYDoc(ydoc, section.doc, storedTextOrigin)
      return
    }
    let state = row.state
    if (row.sectionVersion !== section.version) {
      const base = yDocOf(row.state)
      writeDocumentIntoYDoc(base, section.doc, storedTextOrigin)
      state = Y.encodeStateAsUpdate(base)
      repository.writeState(section.id, state, section.version)
      base.destroy()
    }
    Y.applyUpdate(ydoc, state, storedTextOrigin)
  }

  /** Deletes the logged updates `ydoc` holds, keeping any another server logged meanwhile. */
  const deleteHeldUpdates = (
    repository: LiveDocumentRepository,
    sectionId: number,
    ydoc: Y.Doc,
  ) => {
    const snapshot = Y.snapshot(ydoc)
    for (const logged of repository.listUpdates(sectionId)) {
      if (Y.snapshotContainsUpdate(snapshot, logged.update)) {
        repository.deleteUpdate(logged.id)
      }
    }
  }

  const store = (sectionId: number, ydoc: Y.Doc): StoreOutcome => {
    const { current, repository } = open()
    return current.db
      .transaction((): StoreOutcome => {
        const section = current.sections.get(sectionId)
        if (!section || section.deletedAt || current.reports.get(section.reportId)?.deletedAt) {
          return 'not-editable'
        }
        catchUp(repository, section, ydoc)
        let doc: DocumentNode
        try {
          doc = yDocToDocument(ydoc)
        } catch (error) {
          if (!(error instanceof AppError)) {
            throw error
          }
          console.error(
            `[dajuan] 栏目 ${sectionId} 的协同文档不符合格式要求，未保存为新版本：`,
            error,
          )
          return 'invalid'
        }
        let version = section.version
        const changed = !isDeepStrictEqual(doc, normalized(section.doc))
        if (changed) {
          version = writeSectionBody(current, section, section.version, doc, 'team').version
        }
        repository.writeState(sectionId, Y.encodeStateAsUpdate(ydoc), version)
        deleteHeldUpdates(repository, sectionId, ydoc)
        return changed ? 'revised' : 'unchanged'
      })
      .immediate()
  }

  const load = (sectionId: number): Y.Doc => {
    const { current, repository } = open()
    return current.db
      .transaction(() => {
        const section = current.sections.get(sectionId)
        if (!section) {
          throw new AppError('section_not_found', { id: sectionId })
        }
        const row = repository.getState(sectionId)
        if (!row) {
          const fresh = documentToYDoc(section.doc)
          repository.deleteUpdates(sectionId)
          repository.writeState(sectionId, Y.encodeStateAsUpdate(fresh), section.version)
          return fresh
        }
        const ydoc = yDocOf(row.state)
        if (row.sectionVersion !== section.version) {
          writeDocumentIntoYDoc(ydoc, section.doc, storedTextOrigin)
          repository.writeState(sectionId, Y.encodeStateAsUpdate(ydoc), section.version)
        }
        for (const logged of repository.listUpdates(sectionId)) {
          Y.applyUpdate(ydoc, logged.update)
        }
        return ydoc
      })
      .immediate()
  }

  return {
    /**
     * A section's live document: its stored state and the updates logged since, or, the first
     * time, its stored text. Throws `section_not_found`.
     */
    load,
    /** Logs one update of a live document; it is on disk when this returns. */
    appendUpdate(sectionId: number, update: Uint8Array): void {
      open().repository.appendUpdate(sectionId, update)
    },
    /**
     * Stores a live document: a new revision (reason 'team') when its text differs from the
     * section's stored text, then its Yjs state as of that version, in one transaction.
     */
    store,
    /**
     * Whether a section's stored text is newer than what its live document was last written as
     * (something other than live editing changed it).
     */
    isBehind(sectionId: number): boolean {
      const { current, repository } = open()
      const section = current.sections.get(sectionId)
      return (
        section !== undefined && repository.getState(sectionId)?.sectionVersion !== section.version
      )
    },
    /**
     * Stores every live document whose logged updates no stored state holds (the server stopped
     * before storing them); returns the sections stored.
     */
    storeLogged(): number[] {
      const { current, repository } = open()
      const stored: number[] = []
      for (const sectionId of repository.sectionsWithUpdates()) {
        if (!current.sections.get(sectionId)) {
          continue
        }
        const ydoc = load(sectionId)
        store(sectionId, ydoc)
        ydoc.destroy()
        stored.push(sectionId)
      }
      return stored
    },
  }
}

export type LiveDocumentStore = ReturnType<typeof createLiveDocumentStore>
