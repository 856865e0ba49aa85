import type { Db } from '../db/open-database'

/** A section's live document as stored: its Yjs state as of the stored text at `sectionVersion`. */
export interface LiveDocumentState {
  sectionId: number
  state: Uint8Array
  sectionVersion: number
  updatedAt: string
}

/** A Yjs update typed into a live document since its state was last written. */
export interface LoggedUpdate {
  id: number
  update: Uint8Array
}

/** The Yjs states of live section documents and the log of their updates; statements prepared once. */
export function createLiveDocumentRepository(db: Db) {
  const stateOf = db.prepare(
    'SELECT section_id AS sectionId, state, section_version AS sectionVersion, ' +
      'updated_at AS updatedAt FROM live_documents WHERE section_id = ?',
  )
  const writeState = db.prepare(
    `INSERT INTO live_documents (section_id, state, section_version, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (section_id) DO UPDATE SET
       state = excluded.state, section_version = excluded.section_version, updated_at = excluded.updated_at`,
  )
  const insertUpdate = db.prepare(
    'INSERT INTO live_document_updates (section_id, "update", created_at) VALUES (?, ?, ?)',
  )
  const updatesOf = db.prepare(
    'SELECT id, "update" AS "update" FROM live_document_updates WHERE section_id = ? ORDER BY id',
  )
  const deleteUpdate = db.prepare('DELETE FROM live_document_updates WHERE id = ?')
  const deleteUpdatesOf = db.prepare('DELETE FROM live_document_updates WHERE section_id = ?')
  const sectionsWithUpdates = db
    .prepare('SELECT DISTINCT section_id FROM live_document_updates ORDER BY section_id')
    .pluck()
  const toBytes = (buffer: Buffer) =>
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  return {
    getState(sectionId: number): LiveDocumentState | undefined {
      const row = stateOf.get(sectionId) as (LiveDocumentState & { state: Buffer }) | undefined
      return row ? { ...row, state: toBytes(row.state) } : undefined
    },
    writeState(sectionId: number, state: Uint8Array, sectionVersion: number): void {
      writeState.run(sectionId, Buffer.from(state), sectionVersion, new Date().toISOString())
    },
    appendUpdate(sectionId: number, update: Uint8Array): void {
      insertUpdate.run(sectionId, Buffer.from(update), new Date().toISOString())
    },
    listUpdates(sectionId: number): LoggedUpdate[] {
      return (updatesOf.all(sectionId) as { id: number; update: Buffer }[]).map((row) => ({
        id: row.id,
        update: toBytes(row.update),
      }))
    },
    deleteUpdate(id: number): void {
      deleteUpdate.run(id)
    },
    deleteUpdates(sectionId: number): void {
      deleteUpdatesOf.run(sectionId)
    },
    /** The sections whose logged updates no stored state holds yet (after a crash, say). */
    sectionsWithUpdates(): number[] {
      return sectionsWithUpdates.all() as number[]
    },
  }
}

export type LiveDocumentRepository = ReturnType<typeof createLiveDocumentRepository>
