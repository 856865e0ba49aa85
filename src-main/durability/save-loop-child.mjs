// Kill-test child: saves sections in a loop exactly as the app's saveSection does (one transaction:
// UPDATE sections, INSERT section_revisions, prune to 100 revisions, touch the report) with the app's
// pragmas, and reports each save on stdout only after its COMMIT returned. The parent kills it with SIGKILL.
import { writeSync } from 'node:fs'
import Database from 'better-sqlite3'
import { expectedDocument, expectedTitle } from './expected-document.mjs'

const [file, ...ids] = process.argv.slice(2)
const sectionIds = ids.map(Number)
const keptRevisions = 100

const db = new Database(file, { fileMustExist: true })
db.pragma('busy_timeout = 5000')
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('foreign_keys = ON')

const current = db.prepare('SELECT version, report_id AS reportId FROM sections WHERE id = ?')
const update = db.prepare(
  'UPDATE sections SET doc = ?, title = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
)
const insertRevision = db.prepare(
  `INSERT INTO section_revisions (section_id, version, doc, title, reason, created_at) VALUES (?, ?, ?, ?, 'edit', ?)`,
)
const prune = db.prepare(
  `DELETE FROM section_revisions WHERE section_id = ? AND version <= (
     SELECT version FROM section_revisions WHERE section_id = ? ORDER BY version DESC LIMIT 1 OFFSET ?)`,
)
const touch = db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?')

const save = db.transaction((sectionId) => {
  const { version, reportId } = current.get(sectionId)
  const next = version + 1
  const now = new Date().toISOString()
  const doc = expectedDocument(sectionId, next)
  if (update.run(doc, expectedTitle(sectionId, next), now, sectionId, version).changes !== 1) {
    throw new Error(`section ${sectionId} changed under the child`)
  }
  insertRevision.run(sectionId, next, doc, expectedTitle(sectionId, next), now)
  prune.run(sectionId, sectionId, keptRevisions)
  touch.run(now, reportId)
  return next
})

writeSync(1, 'ready\n')
for (let index = 0; ; index++) {
  const sectionId = sectionIds[index % sectionIds.length]
  const version = save(sectionId)
  writeSync(1, `committed ${sectionId} ${version}\n`)
}
