import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findCounterpart } from '../reports/find-counterpart'
import { importText } from '../import/text-import-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { databaseFingerprint } from '../security/database-fingerprint'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import type { StructureChange } from './change-structure'
import { changeStructure } from './change-structure'

const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8')
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => workspace.close())

/** The outline as "kind:title" lines in reading order, subsections indented. */
function outline(id = reportId): string[] {
  const sections = workspace.sections.listByReport(id)
  return sectionsInReadingOrder(sections).map(
    (section) => `${section.parentId === null ? '' : '  '}${section.kind}:${section.title}`,
  )
}

function idOf(title: string, id = reportId): number {
  const found = workspace.sections.listByReport(id).find((item) => item.title.startsWith(title))
  if (!found) {
    throw new Error(`no section ${title}`)
  }
  return found.id
}

function apply(change: StructureChange) {
  return changeStructure(workspace, change)
}

describe('changing the outline', () => {
  it('adds a 小节 after another, and its undo takes it away', () => {
    const before = outline()
    const { sectionId, undo } = apply({
      op: 'add',
      reportId,
      kind: 'subsection',
      title: '新能源装机规模扩大',
      placement: { after: idOf('传统产业焕发绿色生机') },
    })
    const after = outline()
    const at = after.indexOf('  subsection:传统产业焕发绿色生机')
    expect(after[at + 1]).toBe('  subsection:新能源装机规模扩大')
    expect(after).toHaveLength(before.length + 1)
    const added = workspace.sections.get(sectionId)!
    expect(added.lineageKey).not.toBe(workspace.sections.get(idOf('传统产业'))!.lineageKey)
    apply(undo)
    expect(outline()).toEqual(before)
    expect(workspace.sections.listTrash(reportId).map((item) => item.id)).toEqual([sectionId])
  })

  it('adds a 栏目 at the top level and a 小节 inside it', () => {
    const { sectionId } = apply({
      op: 'add',
      reportId,
      kind: 'heading',
      title: '改革开放添动力',
      placement: { before: idOf('太行巍巍启新程') },
    })
    apply({
      op: 'add',
      reportId,
      kind: 'subsection',
      title: '营商环境',
      placement: { inside: sectionId },
    })
    const lines = outline()
    const at = lines.indexOf('heading:改革开放添动力')
    expect(lines.slice(at, at + 3)).toEqual([
      'heading:改革开放添动力',
      '  subsection:营商环境',
      'closing:太行巍巍启新程',
    ])
  })

  it('moves a 小节 into another 栏目 and back exactly', () => {
    const before = outline()
    const { undo } = apply({
      op: 'move',
      sectionId: idOf('科技创新点燃发展引擎'),
      placement: { inside: idOf('“项目为王”') },
    })
    const moved = outline()
    expect(moved.indexOf('  subsection:科技创新点燃发展引擎')).toBe(
      moved.indexOf('  subsection:服务保障“跑出温度感”') + 1,
    )
    apply(undo)
    expect(outline()).toEqual(before)
  })

  it('puts a 栏目 with its 小节 into the trash and restores them to their place', () => {
    const before = outline()
    const heading = idOf('城乡蝶变同出彩')
    const { undo } = apply({ op: 'delete', sectionId: heading })
    expect(outline().some((line) => line.includes('城乡蝶变') || line.includes('城市更新'))).toBe(
      false,
    )
    expect(workspace.sections.listTrash(reportId)).toHaveLength(3)
    expect(undo).toEqual({ op: 'restore', sectionId: heading })
    apply(undo)
    expect(outline()).toEqual(before)
  })

  it('renames a 栏目 and a 小节 in their text, as a new revision, and back', () => {
    const heading = idOf('民生答卷暖人心')
    const { undo } = apply({ op: 'rename', sectionId: heading, title: '民生答卷更暖心' })
    const renamed = workspace.sections.get(heading)!
    expect(renamed.title).toBe('民生答卷更暖心')
    expect(renamed.doc.content?.[0]).toMatchObject({
      type: 'heading',
      content: [{ type: 'text', text: '民生答卷更暖心' }],
    })
    expect(workspace.sections.listRevisions(heading)[0]!.reason).toBe('structure')
    apply(undo)
    expect(workspace.sections.get(heading)!.title).toBe('民生答卷暖人心，幸福指数持续提升')

    const subsection = idOf('公共服务优质均衡')
    apply({ op: 'rename', sectionId: subsection, title: '公共服务更加均衡' })
    expect(workspace.sections.get(subsection)!.title).toBe('公共服务更加均衡')
  })

  it('promotes a 小节 to a 栏目 and demotes it back to the same body and place', () => {
    const before = outline()
    const id = idOf('生态环境持续向好')
    const original = workspace.sections.get(id)!.doc
    const { undo } = apply({
      op: 'convert',
      sectionId: id,
      kind: 'heading',
      placement: { after: idOf('民生答卷暖人心') },
    })
    const promoted = workspace.sections.get(id)!
    expect(promoted).toMatchObject({ kind: 'heading', parentId: null, title: '生态环境持续向好' })
    expect(promoted.doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } })
    apply(undo)
    expect(outline()).toEqual(before)
    expect(workspace.sections.get(id)!.doc).toEqual(original)
  })

  it.each([
    [
      'a 小节 at the top level',
      () => ({ op: 'move', sectionId: idOf('公共服务'), placement: { after: idOf('冬日的太行') } }),
      'placement_needs_heading',
    ],
    [
      'a 栏目 inside a 栏目',
      () => ({ op: 'move', sectionId: idOf('城乡蝶变'), placement: { inside: idOf('民生答卷') } }),
      'placement_top_level',
    ],
    [
      'a section after itself',
      () => ({ op: 'move', sectionId: idOf('公共服务'), placement: { after: idOf('公共服务') } }),
      'placement_invalid',
    ],
    [
      'a 栏目 with 小节 demoted',
      () => ({
        op: 'convert',
        sectionId: idOf('城乡蝶变'),
        kind: 'subsection',
        placement: { inside: idOf('民生答卷') },
      }),
      'convert_has_children',
    ],
    [
      'the lead renamed',
      () => ({ op: 'rename', sectionId: idOf('冬日的太行'), title: '新' }),
      'rename_not_applicable',
    ],
    [
      'an empty title',
      () => ({
        op: 'add',
        reportId,
        kind: 'heading',
        title: '  ',
        placement: { after: idOf('冬日') },
      }),
      'section_title_empty',
    ],
  ] as [string, () => StructureChange, string][])(
    'refuses %s, storing nothing',
    (_name, make, code) => {
      const change = make()
      const before = databaseFingerprint(workspace)
      expect(() => apply(change)).toThrow(expect.objectContaining({ code }))
      expect(databaseFingerprint(workspace)).toEqual(before)
    },
  )

  it('refuses to restore a 小节 whose 栏目 is still in the trash', () => {
    const subsection = idOf('公共服务优质均衡')
    apply({ op: 'delete', sectionId: subsection })
    apply({ op: 'delete', sectionId: idOf('民生答卷') })
    expect(() => apply({ op: 'restore', sectionId: subsection })).toThrow(
      expect.objectContaining({ code: 'restore_parent_deleted' }),
    )
  })

  it('keeps lineage: next year pairs moved sections with last year’s, skips the trash, and a new one has none', () => {
    apply({
      op: 'move',
      sectionId: idOf('科技创新点燃'),
      placement: { inside: idOf('“项目为王”') },
    })
    apply({ op: 'delete', sectionId: idOf('乡村振兴展现新风貌') })
    const { sectionId: added } = apply({
      op: 'add',
      reportId,
      kind: 'subsection',
      title: '数字乡村起步',
      placement: { inside: idOf('城乡蝶变') },
    })
    const next = rollForwardReport(workspace, { reportId }).reportId
    // The same outline, the subtitle's year moved on.
    expect(outline(next)).toEqual(outline().map((line) => line.replace('二〇二五', '二〇二六')))
    const report = workspace.reports.get(next)!
    const moved = workspace.sections.get(idOf('科技创新点燃', next))!
    expect(findCounterpart(workspace, report, moved)?.section.id).toBe(idOf('科技创新点燃'))
    const addedNext = workspace.sections.get(idOf('数字乡村起步', next))!
    expect(findCounterpart(workspace, report, addedNext)?.section.id).toBe(added)
  })
})
