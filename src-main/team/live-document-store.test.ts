import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createReport, openReport } from '../reports/report-service'
import { listRevisions, saveSection } from '../sections/section-service'
import type { DocumentNode } from '../shared/document/document-json'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { createLiveDocumentRepository } from './live-document-repository'
import type { LiveDocumentStore } from './live-document-store'
import { createLiveDocumentStore } from './live-document-store'
import { sectionFragment } from '../shared/team/section-fragment'
import { yDocToDocument } from './ydoc-to-document'

const doc = (...paragraphs: string[]): DocumentNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

/** Types `text` into paragraph `index` of a live document at `offset`, as an editor would. */
function type(ydoc: Y.Doc, index: number, offset: number, text: string): void {
  const paragraph = ydoc.getXmlFragment(sectionFragment).get(index) as Y.XmlElement
  ;(paragraph.get(0) as Y.XmlText).insert(offset, text)
}

/** The texts of a live document's paragraphs. */
function paragraphs(ydoc: Y.Doc): string[] {
  return (yDocToDocument(ydoc).content ?? []).map((block) =>
    (block.content ?? []).map((inline) => inline.text ?? '').join(''),
  )
}

const tempFolder = useTempFolder()
let file: string
let workspace: Workspace
let store: LiveDocumentStore
let sectionId: number

/** Logs every update of `ydoc` as the team server does. */
function logUpdates(ydoc: Y.Doc): void {
  ydoc.on('update', (update: Uint8Array) => store.appendUpdate(sectionId, update))
}

beforeEach(() => {
  file = join(tempFolder(), 'workspace.sqlite')
  workspace = openWorkspace(file)
  const reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  sectionId = openReport(workspace, reportId).sections.find((s) => s.kind === 'lead')!.id
  saveSection(workspace, { sectionId, baseVersion: 1, doc: doc('冬日的太行山脉', '第二段') })
  store = createLiveDocumentStore(() => workspace)
})
afterEach(() => workspace.close())

describe('the live document store', () => {
  it('loads a section the first time from its stored text, and writes its state as of that version', () => {
    const ydoc = store.load(sectionId)
    expect(paragraphs(ydoc)).toEqual(['冬日的太行山脉', '第二段'])
    const row = createLiveDocumentRepository(workspace.db).getState(sectionId)
    expect(row?.sectionVersion).toBe(2)
    expect(store.isBehind(sectionId)).toBe(false)
  })

  it('keeps logged updates across a crash: the reopened workspace loads the typed text', () => {
    const ydoc = store.load(sectionId)
    logUpdates(ydoc)
    type(ydoc, 0, 0, '今年')
    type(ydoc, 1, 3, '，完')
    workspace.close()
    workspace = openWorkspace(file)
    expect(paragraphs(store.load(sectionId))).toEqual(['今年冬日的太行山脉', '第二段，完'])
    expect(workspace.sections.get(sectionId)!.version).toBe(2)
    expect(store.storeLogged()).toEqual([sectionId])
    expect(workspace.sections.get(sectionId)!.doc).toEqual(doc('今年冬日的太行山脉', '第二段，完'))
    expect(createLiveDocumentRepository(workspace.db).listUpdates(sectionId)).toEqual([])
  })

  it('stores a changed text as one team revision, then nothing while it stays the same', () => {
    const ydoc = store.load(sectionId)
    logUpdates(ydoc)
    expect(store.store(sectionId, ydoc)).toBe('unchanged')
    type(ydoc, 0, 7, '，一片银白')
    type(ydoc, 0, 12, '。')
    expect(store.store(sectionId, ydoc)).toBe('revised')
    expect(store.store(sectionId, ydoc)).toBe('unchanged')
    const section = workspace.sections.get(sectionId)!
    expect(section.doc).toEqual(doc('冬日的太行山脉，一片银白。', '第二段'))
    expect(listRevisions(workspace, sectionId).map((r) => [r.version, r.reason])).toEqual([
      [3, 'team'],
      [2, 'edit'],
      [1, 'create'],
    ])
    const repository = createLiveDocumentRepository(workspace.db)
    expect(repository.getState(sectionId)?.sectionVersion).toBe(3)
    expect(repository.listUpdates(sectionId)).toEqual([])
  })

  it('merges a text changed outside live editing with live edits not stored yet, never overwriting it', () => {
    const ydoc = store.load(sectionId)
    logUpdates(ydoc)
    type(ydoc, 1, 3, '（现场补充）')
    saveSection(workspace, { sectionId, baseVersion: 2, doc: doc('夏日的太行山脉', '第二段') })
    expect(store.isBehind(sectionId)).toBe(true)
    expect(store.store(sectionId, ydoc)).toBe('revised')
    expect(paragraphs(ydoc)).toEqual(['夏日的太行山脉', '第二段（现场补充）'])
    expect(workspace.sections.get(sectionId)!.doc).toEqual(
      doc('夏日的太行山脉', '第二段（现场补充）'),
    )
    expect(store.isBehind(sectionId)).toBe(false)
    expect(
      listRevisions(workspace, sectionId)
        .map((r) => r.reason)
        .slice(0, 2),
    ).toEqual(['team', 'edit'])
  })

  it('merges the same way when the server reloads after the section was changed elsewhere', () => {
    const ydoc = store.load(sectionId)
    logUpdates(ydoc)
    type(ydoc, 1, 0, '新的')
    saveSection(workspace, {
      sectionId,
      baseVersion: 2,
      doc: doc('冬日的太行山脉', '第二段', '第三段'),
    })
    const reloaded = store.load(sectionId)
    expect(paragraphs(reloaded)).toEqual(['冬日的太行山脉', '新的第二段', '第三段'])
  })

  it('takes a stored text as it is when there were no live edits', () => {
    const ydoc = store.load(sectionId)
    saveSection(workspace, { sectionId, baseVersion: 2, doc: doc('全新的导语') })
    expect(store.store(sectionId, ydoc)).toBe('unchanged')
    expect(paragraphs(ydoc)).toEqual(['全新的导语'])
    expect(workspace.sections.get(sectionId)!.version).toBe(3)
  })

  it('does not make a revision of content the schema refuses, and keeps its log', () => {
    const ydoc = store.load(sectionId)
    logUpdates(ydoc)
    ydoc.getXmlFragment(sectionFragment).insert(1, [new Y.XmlElement('video')])
    const before = listRevisions(workspace, sectionId).length
    expect(store.store(sectionId, ydoc)).toBe('invalid')
    expect(listRevisions(workspace, sectionId)).toHaveLength(before)
    expect(workspace.sections.get(sectionId)!.doc).toEqual(doc('冬日的太行山脉', '第二段'))
    expect(createLiveDocumentRepository(workspace.db).listUpdates(sectionId)).toHaveLength(1)
  })

  it('keeps an update it does not hold (logged by another server) when clearing the log', () => {
    const ydoc = store.load(sectionId)
    const elsewhere = store.load(sectionId)
    elsewhere.on('update', (update: Uint8Array) => store.appendUpdate(sectionId, update))
    type(elsewhere, 0, 0, '另一台服务器：')
    expect(store.store(sectionId, ydoc)).toBe('unchanged')
    expect(createLiveDocumentRepository(workspace.db).listUpdates(sectionId)).toHaveLength(1)
    expect(paragraphs(store.load(sectionId))[0]).toBe('另一台服务器：冬日的太行山脉')
  })

  it('refuses a section that does not exist', () => {
    expect(() => store.load(987654)).toThrow(expect.objectContaining({ code: 'section_not_found' }))
  })
})
