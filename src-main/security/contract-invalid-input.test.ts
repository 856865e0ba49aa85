import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelName, Failure, Result } from '../contract/channels'
import { channels } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { useTempFolder } from '../test-support/temp-folder'
import { databaseFingerprint } from './database-fingerprint'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

/** The parts of a zod 4 schema definition this test walks. */
interface SchemaDefinition {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  innerType?: z.ZodType
  element?: z.ZodType
  entries?: Record<string, string>
  options?: z.ZodType[]
  values?: unknown[]
  checks?: { _zod: { def: CheckDefinition } }[]
}

interface CheckDefinition {
  check: string
  value?: number
  inclusive?: boolean
  minimum?: number
  maximum?: number
  format?: string
  pattern?: RegExp
}

/** One invalid call: where the input was spoiled, and the input. */
interface InvalidCase {
  what: string
  input: unknown
}

type Path = (string | number)[]

const context = { mode: 'electron' as const }
const channelNames = Object.keys(channels) as ChannelName[]
const danglingId = 987_654_321
const englishZodWords = /Invalid|expected|received|Too (big|small)|Unrecognized/

const definitionOf = (schema: z.ZodType) => schema._zod.def as unknown as SchemaDefinition
const checksOf = (schema: z.ZodType) =>
  (definitionOf(schema).checks ?? []).map((check) => check._zod.def)
const checkOf = (schema: z.ZodType, name: string) =>
  checksOf(schema).find((check) => check.check === name)
const lengthBounds = (schema: z.ZodType) => ({
  min: checkOf(schema, 'min_length')?.minimum ?? 0,
  max: checkOf(schema, 'max_length')?.maximum,
})

function numberBounds(schema: z.ZodType) {
  const lower = checkOf(schema, 'greater_than')
  const upper = checkOf(schema, 'less_than')
  return {
    min: lower ? lower.value! + (lower.inclusive ? 0 : 1) : -Infinity,
    max: upper ? upper.value! - (upper.inclusive ? 0 : 1) : Infinity,
    isInteger: checkOf(schema, 'number_format') !== undefined,
  }
}

/** A valid value for each string pattern the contract uses (patterns cannot be sampled). */
const patternSamples: Record<string, string> = {
  '^[^/\\\\]+$': 'a',
  '^(lianghui|empty|saved:\\d{1,12})$': 'lianghui',
}

const aDocument = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }],
}

/** The smallest input a schema accepts, built from its definition (optional fields left out). */
function validSample(schema: z.ZodType): unknown {
  const definition = definitionOf(schema)
  switch (definition.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(definition.shape!)
          .filter(([, field]) => definitionOf(field).type !== 'optional')
          .map(([key, field]) => [key, validSample(field)]),
      )
    case 'optional':
    case 'nullable':
      return validSample(definition.innerType!)
    case 'number': {
      const { min, max } = numberBounds(schema)
      return Math.min(Math.max(1, min), max)
    }
    case 'string': {
      const pattern = checkOf(schema, 'string_format')?.pattern
      if (pattern) {
        const sample = patternSamples[pattern.source]
        if (sample === undefined) {
          throw new Error(`no sample for the pattern ${pattern.source}`)
        }
        return sample
      }
      return 'a'.repeat(Math.max(1, lengthBounds(schema).min))
    }
    case 'enum':
      return Object.values(definition.entries!)[0]
    case 'literal':
      return definition.values![0]
    case 'union':
      return validSample(definition.options![0]!)
    case 'boolean':
      return false
    case 'array':
      return Array.from({ length: lengthBounds(schema).min }, () =>
        validSample(definition.element!),
      )
    case 'record':
      return {}
    case 'lazy':
      return structuredClone(aDocument)
    default:
      throw new Error(`no sample for a ${definition.type} schema`)
  }
}

const nestedJunk = { a: [1, { b: null, c: [[[{ d: 'e' }]]] }], f: { g: { h: { i: NaN } } } }

function nestedDocument(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'paragraph' }
  for (let level = 0; level < depth; level++) {
    node = { type: level === depth - 1 ? 'doc' : 'blockquote', content: [node] }
  }
  return node
}

/** Values of the wrong type or out of range for a schema, each invalid by its own rules. */
function invalidValues(schema: z.ZodType): unknown[] {
  const definition = definitionOf(schema)
  const wrongTypes = [null, true, {}, [], nestedJunk]
  switch (definition.type) {
    case 'optional':
      return invalidValues(definition.innerType!).filter((value) => value !== undefined)
    case 'nullable':
      return invalidValues(definition.innerType!).filter((value) => value !== null)
    case 'number': {
      const { min, max, isInteger } = numberBounds(schema)
      const values: unknown[] = [...wrongTypes, '1', NaN, Infinity, -Infinity]
      if (isInteger) {
        values.push(1.5, 2 ** 53 + 2, -(2 ** 53) - 2)
      }
      if (Number.isFinite(min)) {
        values.push(min - 1, min - 1_000_000, min >= 0 ? -1 : min - 1)
      }
      if (Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER) {
        values.push(max + 1)
      }
      return values
    }
    case 'string': {
      const { min, max } = lengthBounds(schema)
      const values: unknown[] = [...wrongTypes, 42, ['a'], NaN]
      if (min >= 1) {
        values.push('')
        if (checkOf(schema, 'overwrite')) {
          values.push(' \t\n\u3000 '.repeat(min))
        }
      }
      if (max !== undefined) {
        values.push('x'.repeat(max + 1))
        if (max <= 1_000_000) {
          values.push('汉'.repeat(max + 1))
        }
      }
      const pattern = checkOf(schema, 'string_format')?.pattern
      if (pattern) {
        const paths = ['../../etc/passwd', 'a/b', 'a\\b', '/etc/passwd']
        values.push(...paths.filter((value) => !pattern.test(value)))
      }
      return values
    }
    case 'enum': {
      const options = Object.values(definition.entries!)
      return [...wrongTypes, 'not-an-option', '', 0, options[0]!.toUpperCase() + '\u0000'].filter(
        (value) => !options.includes(value as string),
      )
    }
    case 'boolean':
      return [null, {}, [], 'true', 1, 0]
    case 'array': {
      const { min, max } = lengthBounds(schema)
      const arrayLike = { length: 1, 0: validSample(definition.element!) }
      const values: unknown[] = [null, true, 'x', 5, {}, arrayLike]
      if (min >= 1) {
        values.push([])
      }
      if (max !== undefined) {
        values.push(Array.from({ length: max + 1 }, () => validSample(definition.element!)))
      }
      return values
    }
    case 'object':
    case 'record':
      return [null, true, 'x', 5, [], [{}]]
    case 'union':
      return [null, true, 'x', 5, [], [{}], {}]
    case 'literal':
      return [...wrongTypes, 'not-the-literal', ''].filter(
        (value) => !definition.values!.includes(value),
      )
    case 'lazy':
      return [
        null,
        'x',
        [],
        { type: 'paragraph' },
        { type: 'doc', content: 'x' },
        { type: 'doc', content: [{}] },
        { type: 'doc', content: [{ type: 'text', text: 42 }] },
        { type: '' },
        { type: 'x'.repeat(41) },
        { type: 'doc', marks: Array.from({ length: 21 }, () => ({ type: 'bold' })) },
        { type: 'doc', content: [{ type: 'text', text: 'x'.repeat(1_000_001) }] },
        { type: 'doc', content: Array.from({ length: 100_001 }, () => ({ type: 'paragraph' })) },
        nestedDocument(33),
        nestedDocument(100_000),
      ]
    default:
      throw new Error(`no invalid values for a ${definition.type} schema`)
  }
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) {
    return value
  }
  const copy = structuredClone(root) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) {
    parent = parent[key] as Record<string | number, unknown>
  }
  parent[path.at(-1)!] = value
  return copy
}

function deleteAt(root: unknown, path: Path): unknown {
  const copy = structuredClone(root) as Record<string, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) {
    parent = parent[key] as Record<string, unknown>
  }
  delete parent[path.at(-1)!]
  return copy
}

/** An own, enumerable key of an object literal, as JSON.parse makes it (even `__proto__`). */
function withOwnKey(root: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>
  let target = copy
  for (const step of path) {
    target = target[step] as Record<string, unknown>
  }
  const property = { value, enumerable: true, configurable: true, writable: true }
  Object.defineProperty(target, key, property)
  return copy
}

const pathName = (path: Path) => path.join('.') || '（整体）'

/**
 * Every invalid input for a schema, each spoiling one place of a valid sample: wrong types and
 * out-of-range values at every field, array element and nested object, every required field
 * left out, and unknown keys (including `__proto__` and `constructor`) on every strict object.
 */
function invalidCases(schema: z.ZodType, sample: unknown, path: Path = []): InvalidCase[] {
  const values = invalidValues(schema).filter((value) => path.length > 0 || value !== null)
  const replaced = values.map((value) => ({
    what: `${pathName(path)} = ${describeValue(value)}`,
    input: setAt(sample, path, value),
  }))
  return [...replaced, ...innerCases(schema, sample, path)]
}

/** The cases inside a value: its elements, its fields, missing fields and unknown keys. */
function innerCases(schema: z.ZodType, sample: unknown, path: Path): InvalidCase[] {
  const definition = definitionOf(schema)
  if (definition.type === 'optional' || definition.type === 'nullable') {
    const inner = definition.innerType!
    return innerCases(inner, setAt(sample, path, validSample(inner)), path)
  }
  if (definition.type === 'union') {
    // The sample is built from the first option: spoil the places of that option.
    return innerCases(definition.options![0]!, sample, path)
  }
  if (definition.type === 'array') {
    const withElement = setAt(sample, path, [validSample(definition.element!)])
    return invalidCases(definition.element!, withElement, [...path, 0])
  }
  if (definition.type !== 'object') {
    return []
  }
  const cases: InvalidCase[] = []
  for (const [key, field] of Object.entries(definition.shape!)) {
    if (definitionOf(field).type !== 'optional') {
      const input = deleteAt(sample, [...path, key])
      cases.push({ what: `${pathName([...path, key])} missing`, input })
    }
    cases.push(...invalidCases(field, sample, [...path, key]))
  }
  if (definition.catchall && definitionOf(definition.catchall).type === 'never') {
    for (const key of ['extra', '__proto__', 'constructor']) {
      cases.push({
        what: `${pathName(path)} with unknown key ${key}`,
        input: withOwnKey(sample, path, key, { polluted: true }),
      })
    }
  }
  return cases
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 20 ? `string(${value.length})` : JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return `array(${value.length})`
  }
  if (typeof value === 'number') {
    return String(value)
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).join(',').slice(0, 40)}}`
  }
  return String(value)
}

/** Whole-input junk: not an object at all, or an object where the contract has nothing. */
const wholeInputJunk: InvalidCase[] = [42, 'reports.list', true, NaN, [], [{}], nestedJunk].map(
  (input) => ({ what: `input = ${describeValue(input)}`, input }),
)

/**
 * Replaces the ids (fields named id, …Id, …Ids) of a sample with one that names nothing, except
 * those named in `real`, which get that real id. `dangling` counts the ids left naming nothing.
 */
function withDanglingIds(
  sample: unknown,
  real: Record<string, number> = {},
): { input: unknown; dangling: number } {
  let dangling = 0
  const idFor = (key: string) => {
    if (key in real) {
      return real[key]
    }
    dangling++
    return danglingId
  }
  const visit = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      return key.endsWith('Ids')
        ? value.map(() => idFor(key))
        : value.map((item) => visit(item, ''))
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value).map(([name, inner]) => [name, visit(inner, name)])
      return Object.fromEntries(entries)
    }
    return typeof value === 'number' && /^id$|Id$/.test(key) ? idFor(key) : value
  }
  return { input: visit(sample, ''), dangling }
}

function expectChineseFailure(result: Result<unknown>, what: string): asserts result is Failure {
  expect(result.ok, what).toBe(false)
  const failure = result as Failure
  expect(failure.code, what).toMatch(/^[a-z_]+$/)
  expect(failure.code, what).not.toBe('internal')
  expect(failure.message, what).toMatch(/^[\u4e00-\u9fff]/)
  if (failure.code === 'invalid_input') {
    expect(failure.message, what).not.toMatch(englishZodWords)
  }
}

const tempFolder = useTempFolder()
let workspace: Workspace
let folder: string

describe('every contract channel fed invalid input', () => {
  beforeEach(() => {
    folder = tempFolder()
    workspace = openWorkspace(join(folder, 'workspace.sqlite'))
    seedSampleOnFirstLaunch(workspace)
  })
  afterEach(() => workspace.close())

  it('derives a valid sample for every channel, so each case spoils exactly one thing', () => {
    for (const channel of channelNames) {
      const parsed = channels[channel].input.safeParse(validSample(channels[channel].input))
      expect(parsed.success, channel).toBe(true)
    }
  })

  it.each(channelNames)(
    '%s refuses every invalid input in Chinese, storing nothing',
    async (channel) => {
      const schema = channels[channel].input
      const cases = [...wholeInputJunk, ...invalidCases(schema, validSample(schema))]
      expect(cases.length).toBeGreaterThanOrEqual(8)
      const handlers = createHandlers(workspace)
      const before = databaseFingerprint(workspace)
      for (const { what, input } of cases) {
        const result = await dispatch(handlers, channel, input, context)
        expectChineseFailure(result, what)
        expect(['invalid_input', 'input_too_deep'], what).toContain(result.code)
        if (result.code === 'invalid_input') {
          expect(result.message, what).toMatch(/^输入有误：/)
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(databaseFingerprint(workspace)).toEqual(before)
    },
  )

  const channelsWithIds = channelNames.filter(
    (channel) => withDanglingIds(validSample(channels[channel].input)).dangling > 0,
  )

  it.each(channelsWithIds)(
    '%s with ids that name nothing fails with a clear Chinese error and stores nothing',
    async (channel) => {
      const sample = validSample(channels[channel].input)
      const report = workspace.reports.listLive()[0]!
      const section = workspace.sections.listByReport(report.id)[0]!
      const real: Record<string, number> = channel.startsWith('reports.')
        ? { id: report.id }
        : { reportId: report.id, sectionId: section.id }
      const variants = [withDanglingIds(sample), withDanglingIds(sample, real)].filter(
        ({ dangling }) => dangling > 0,
      )
      const shape = definitionOf(channels[channel].input).shape ?? {}
      const idLists = Object.keys(shape).filter((key) => key.endsWith('Ids'))
      for (const key of idLists) {
        const { input } = withDanglingIds(sample, real)
        const ids = key === 'sectionIds' ? [section.id, danglingId] : [danglingId]
        variants.push({ input: { ...(input as object), [key]: ids }, dangling: 1 })
      }
      const target = join(folder, 'export.docx')
      for (const variant of variants) {
        const toFile = { ...(variant.input as object), path: target }
        const input = channel === 'export.toFile' ? toFile : variant.input
        const before = databaseFingerprint(workspace)
        const result = await dispatch(createHandlers(workspace), channel, input, context)
        expectChineseFailure(result, JSON.stringify(input))
        expect(result.code).not.toBe('invalid_input')
        expect(databaseFingerprint(workspace)).toEqual(before)
        expect(existsSync(target)).toBe(false)
      }
    },
  )

  it('refuses a well-formed but hostile section document and stores nothing', async () => {
    const section = workspace.sections.listByReport(workspace.reports.listLive()[0]!.id)[0]!
    const text = (extra: object = {}) => ({ type: 'text', text: '正文', ...extra })
    const paragraph = (extra: object = {}) => ({ type: 'paragraph', content: [text()], ...extra })
    const cell = (attrs: object) => ({
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableCell', attrs, content: [paragraph()] }] },
      ],
    })
    const bodies = [
      [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }],
      [paragraph({ attrs: { onclick: 'alert(1)' } })],
      [{ type: 'paragraph', content: [text({ marks: [{ type: 'onclick' }] })] }],
      [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }],
      [{ type: 'text', text: '顶层文字' }],
      [cell({ colspan: 100_000_000, rowspan: 1, colwidth: null })],
      [cell({ colspan: 'abc', rowspan: 1, colwidth: null })],
      [cell({ colspan: 1, rowspan: -5, colwidth: null })],
      [cell({ colspan: 1, rowspan: 1, colwidth: ['1px;position:fixed'] })],
    ]
    const before = databaseFingerprint(workspace)
    for (const content of bodies) {
      const doc = { type: 'doc', content }
      const input = { sectionId: section.id, baseVersion: section.version, doc }
      const result = await dispatch(createHandlers(workspace), 'sections.save', input, context)
      expectChineseFailure(result, JSON.stringify(content))
      expect(result.code, JSON.stringify(content)).toBe('invalid_document')
    }
    expect(databaseFingerprint(workspace)).toEqual(before)
  })

  it('refuses a 100,000-deep or cyclic input on every channel before validating it', async () => {
    const cyclic: Record<string, unknown> = { type: 'doc' }
    cyclic.content = [cyclic]
    const before = databaseFingerprint(workspace)
    for (const channel of channelNames) {
      for (const input of [nestedDocument(100_000), { doc: cyclic }, cyclic]) {
        const result = await dispatch(createHandlers(workspace), channel, input, context)
        expectChineseFailure(result, channel)
        expect(result.code).toBe('input_too_deep')
        expect(result.message).toBe('输入嵌套过深（超过 128 层），已拒绝。')
      }
    }
    expect(databaseFingerprint(workspace)).toEqual(before)
  })

  it('names an unknown or hostile channel name without running anything', async () => {
    const before = databaseFingerprint(workspace)
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'reports.list ']
    for (const channel of [...names, 'x'.repeat(100_000)]) {
      const result = await dispatch(createHandlers(workspace), channel, {}, context)
      expectChineseFailure(result, channel)
      expect(result.code).toBe('unknown_channel')
      expect(result.message.length).toBeLessThan(200)
    }
    expect(databaseFingerprint(workspace)).toEqual(before)
  })
})

/**
 * A limit the app documents (README, `import-limits.ts`, `spreadsheet-limits.ts`, its error
 * messages), written out by hand: values just inside it, which every place must accept, and just
 * outside it, which every place must refuse. The cases above derive their values from the schemas,
 * so a bound missing from a schema passes them; these do not read a schema's bounds at all.
 */
interface DocumentedLimit {
  what: string
  inside: unknown[]
  outside: unknown[]
  /** Each channel field that carries the limit (a path into its input). */
  places: Place[]
}

interface Place {
  channel: ChannelName
  path: Path
  /** A valid input to change the field in, when the schema's own sample is of another shape. */
  base?: unknown
}

const mebibyte = 1024 * 1024

/** Strings of `min` to `max` characters, and just past them. */
function characters(min: number, max: number) {
  const inside: unknown[] = ['汉'.repeat(max)]
  const outside: unknown[] = ['汉'.repeat(max + 1), 'x'.repeat(max + 1)]
  if (min === 1) {
    inside.push('汉')
    outside.push('')
  }
  return { inside, outside }
}

/** As `characters`, for a field trimmed first: spaces around count for nothing. */
function trimmedCharacters(min: number, max: number) {
  const { inside, outside } = characters(min, max)
  inside.push(` ${'汉'.repeat(max)}\u3000`)
  if (min === 1) {
    outside.push(' \u3000\t')
  }
  return { inside, outside }
}

function integers(min: number, max: number) {
  return { inside: [min, max], outside: [min - 1, max + 1, min + 0.5] }
}

/** Arrays of `min` to `max` items (item `index` made by `item`), and one item fewer or more. */
function items(min: number, max: number, item: (index: number) => unknown) {
  const list = (length: number) => Array.from({ length }, (_, index) => item(index))
  const outside = [list(max + 1)]
  if (min > 0) {
    outside.push(list(min - 1))
  }
  return { inside: [list(min), list(max)], outside }
}

/**
 * A file of `limit` bytes as base64 is accepted; the smallest file whose base64 is longer is
 * refused by the schema (one byte over is caught by the handler, which counts decoded bytes).
 */
function fileBytes(limit: number) {
  const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3)
  let over = limit + 1
  while (base64Length(over) === base64Length(limit)) {
    over++
  }
  return {
    inside: [Buffer.alloc(limit).toString('base64')],
    outside: [Buffer.alloc(over).toString('base64')],
  }
}

const at = (channel: ChannelName, path: string, base?: unknown): Place => ({
  channel,
  path: path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
  base,
})

const addSection = {
  op: 'add',
  reportId: 1,
  kind: 'subsection',
  title: '新的小节',
  placement: { after: 1 },
}
const renameSection = { op: 'rename', sectionId: 1, title: '新的标题' }
const barChart = { chartType: 'bar', seriesIds: [1], years: 1, caption: '', note: '' }
const chartInput = (chart: object) => ({ reportId: 1, chart })

/** The same field in several channels. */
const field = (path: string, names: ChannelName[]) => names.map((channel) => at(channel, path))

/** Every numeric id field of every channel: a positive integer JavaScript holds exactly. */
const idPlaces: Place[] = [
  ...field('id', [
    'reports.rename',
    'reports.delete',
    'reports.restore',
    'reports.open',
    'reports.text',
    'reports.rollForward',
  ]),
  ...field('reportId', [
    'templates.save',
    'rollForward.suggestions',
    'rollForward.decide',
    'checks.run',
    'checks.dismiss',
    'compare.report',
    'compare.docx',
    'compare.toFile',
    'sections.trash',
    'assets.addImage',
    'metrics.list',
    'metrics.setValue',
    'metrics.setReview',
    'metrics.relabel',
    'metrics.accept',
    'metrics.reject',
    'metrics.merge',
    'metrics.delete',
    'metrics.split',
    'metrics.setUnit',
    'metrics.setLink',
    'metrics.contexts',
    'metrics.create',
    'metrics.checkSheet',
    'metrics.previewSpreadsheet',
    'metrics.applySpreadsheet',
    'families.linkPreview',
    'families.link',
    'charts.render',
    'export.report',
    'export.toFile',
    'export.clipboard',
    'export.wechatClipboard',
    'team.presence',
    'sections.assignments',
    'comments.list',
    'review.status',
    'review.sign',
    'review.reopen',
  ]),
  ...field('sectionId', [
    'checks.dismiss',
    'sections.save',
    'sections.compare',
    'sections.get',
    'sections.revisions',
    'sections.compareRevision',
    'sections.restoreRevision',
    'metrics.split',
    'sections.assign',
    'comments.add',
  ]),
  ...field('commentId', ['comments.reply', 'comments.resolve']),
  at('sections.assign', 'userIds.0'),
  ...field('seriesId', [
    'metrics.setValue',
    'metrics.setReview',
    'metrics.relabel',
    'metrics.reject',
    'metrics.delete',
    'metrics.split',
    'metrics.setUnit',
    'metrics.setLink',
  ]),
  ...field('revisionId', [
    'sections.revisionDocument',
    'sections.compareRevision',
    'sections.restoreRevision',
  ]),
  ...field('sectionIds.0', [
    'checks.run',
    'export.report',
    'export.toFile',
    'export.clipboard',
    'export.wechatClipboard',
  ]),
  ...field('seriesIds.0', ['metrics.accept', 'metrics.contexts']),
  ...field('previousReportId', ['families.linkPreview', 'families.link']),
  at('rollForward.decide', 'suggestionIds.0'),
  at('sections.structure', 'reportId', addSection),
  at('sections.structure', 'placement.after', addSection),
  at('sections.structure', 'placement.before', { ...addSection, placement: { before: 1 } }),
  at('sections.structure', 'placement.inside', { ...addSection, placement: { inside: 1 } }),
  at('sections.structure', 'sectionId', renameSection),
  at('assets.getImage', 'assetId'),
  at('metrics.merge', 'fromSeriesId'),
  at('metrics.merge', 'intoSeriesId'),
  at('metrics.setLink', 'baseSeriesId'),
  at('metrics.applySpreadsheet', 'values.0.seriesId'),
  at('families.link', 'pairs.0.earlierSeriesId'),
  at('families.link', 'pairs.0.laterSeriesId'),
  at('families.link', 'decisions.0.laterSeriesId'),
  at('charts.render', 'chart.seriesIds.0'),
]

const documentedLimits: DocumentedLimit[] = [
  {
    what: 'ids: whole numbers from 1 to 2^53 − 1',
    inside: [1, Number.MAX_SAFE_INTEGER],
    outside: [0, -1, 2 ** 53, 1.5],
    places: idPlaces,
  },
  {
    what: 'a section version: a whole number from 1',
    inside: [1, Number.MAX_SAFE_INTEGER],
    outside: [0, 2 ** 53, 1.5],
    places: [at('sections.save', 'baseVersion')],
  },
  {
    what: 'years: 1949 to 2200',
    ...integers(1949, 2200),
    places: [
      at('reports.create', 'year'),
      at('import.file', 'year'),
      at('import.text', 'year'),
      at('metrics.readSpreadsheet', 'year'),
      at('metrics.applySpreadsheet', 'values.0.year'),
      at('metrics.previewSpreadsheet', 'mapping.yearColumns.0.year'),
      at('families.link', 'decisions.0.year'),
    ],
  },
  {
    what: 'a report title: 1 to 200 characters',
    ...trimmedCharacters(1, 200),
    places: [at('reports.create', 'title'), at('reports.rename', 'title')],
  },
  {
    what: 'a title given with an import: up to 200 characters (the file’s own title otherwise)',
    ...trimmedCharacters(0, 200),
    places: field('title', ['import.file', 'import.text']),
  },
  {
    what: 'an organisation: up to 200 characters',
    ...trimmedCharacters(0, 200),
    places: field('organization', ['reports.create', 'import.file', 'import.text']),
  },
  {
    what: 'a section title: 1 to 200 characters',
    ...trimmedCharacters(1, 200),
    places: [
      at('sections.structure', 'title', addSection),
      at('sections.structure', 'title', renameSection),
    ],
  },
  {
    what: 'a template name: 1 to 60 characters',
    ...trimmedCharacters(1, 60),
    places: [at('templates.save', 'name')],
  },
  {
    what: 'a series label: 1 to 60 characters',
    ...trimmedCharacters(1, 60),
    places: field('label', ['metrics.relabel', 'metrics.split', 'metrics.create']),
  },
  {
    what: 'a value as typed: up to 60 characters',
    ...characters(0, 60),
    places: [at('metrics.setValue', 'text'), at('metrics.create', 'text')],
  },
  {
    what: 'a unit: up to 20 characters',
    ...trimmedCharacters(0, 20),
    places: [
      ...field('unit', ['metrics.setUnit', 'metrics.create']),
      ...field('displayUnit', ['metrics.setUnit', 'metrics.create']),
    ],
  },
  {
    what: 'a reviewer’s name: up to 40 characters',
    ...trimmedCharacters(0, 40),
    places: [at('settings.setReviewer', 'reviewer'), at('metrics.setReview', 'reviewer')],
  },
  {
    what: 'the reason a finding is dismissed: 1 to 200 characters',
    ...trimmedCharacters(1, 200),
    places: [at('checks.dismiss', 'reason')],
  },
  {
    what: 'a finding key: 1 to 2,000 characters',
    ...characters(1, 2000),
    places: [at('checks.dismiss', 'key')],
  },
  {
    what: 'a photo caption: up to 500 characters',
    ...characters(0, 500),
    places: [at('assets.addImage', 'caption')],
  },
  {
    what: 'a photo credit: up to 200 characters',
    ...characters(0, 200),
    places: [at('assets.addImage', 'credit')],
  },
  {
    what: 'a chart’s caption and note: up to 100 characters each',
    ...characters(0, 100),
    places: [at('charts.render', 'chart.caption'), at('charts.render', 'chart.note')],
  },
  {
    what: 'a chart: 1 to 8 series',
    ...items(1, 8, (index) => index + 1),
    places: [at('charts.render', 'chart.seriesIds', chartInput(barChart))],
  },
  {
    what: 'a chart: 1 to 10 years',
    ...integers(1, 10),
    places: [at('charts.render', 'chart.years', chartInput(barChart))],
  },
  {
    what: 'a file name: 1 to 260 characters',
    ...trimmedCharacters(1, 260),
    places: [at('import.file', 'fileName'), at('metrics.readSpreadsheet', 'fileName')],
  },
  {
    what: 'a path to save to: 1 to 1,000 characters',
    ...trimmedCharacters(1, 1000),
    places: [at('export.toFile', 'path'), at('compare.toFile', 'path')],
  },
  {
    what: 'a backup’s file name: 1 to 200 characters',
    ...characters(1, 200),
    places: [at('backups.restore', 'file')],
  },
  {
    what: 'an export’s id (for 取消): 1 to 64 characters',
    ...characters(1, 64),
    places: [at('export.toFile', 'exportId'), at('export.cancel', 'exportId')],
  },
  {
    what: 'an imported file: 50 MB',
    ...fileBytes(50 * mebibyte),
    places: [at('import.file', 'dataBase64')],
  },
  {
    what: 'a photo: 20 MB',
    ...fileBytes(20 * mebibyte),
    places: [at('assets.addImage', 'dataBase64')],
  },
  {
    what: 'a statistics table (.xlsx, .csv): 10 MB',
    ...fileBytes(10 * mebibyte),
    places: [at('metrics.readSpreadsheet', 'dataBase64')],
  },
  {
    what: 'pasted text to import: up to 20 million characters',
    inside: ['汉'.repeat(20_000_000)],
    outside: ['汉'.repeat(20_000_001)],
    places: [at('import.text', 'text')],
  },
  {
    what: 'a statistics table: up to 20,000 rows',
    ...items(0, 20_000, () => []),
    places: [at('metrics.previewSpreadsheet', 'rows')],
  },
  {
    what: 'a statistics table: up to 100 columns',
    ...items(0, 100, () => ''),
    places: [at('metrics.previewSpreadsheet', 'rows.0')],
  },
  {
    what: 'a statistics table: up to 500 characters a cell',
    ...characters(0, 500),
    places: [at('metrics.previewSpreadsheet', 'rows.0.0')],
  },
  {
    what: 'a column of a statistics table: 0 to 99',
    ...integers(0, 99),
    places: [
      at('metrics.previewSpreadsheet', 'mapping.labelColumn'),
      at('metrics.previewSpreadsheet', 'mapping.valueColumn'),
      at('metrics.previewSpreadsheet', 'mapping.unitColumn'),
      at('metrics.previewSpreadsheet', 'mapping.yearColumns.0.column'),
    ],
  },
  {
    what: 'a statistics table: up to 30 year columns',
    ...items(0, 30, (index) => ({ column: index, year: 1990 + index })),
    places: [at('metrics.previewSpreadsheet', 'mapping.yearColumns')],
  },
  {
    what: 'values written from a table at once: 1 to 200,000',
    ...items(1, 200_000, (index) => ({ seriesId: index + 1, value: index })),
    places: [at('metrics.applySpreadsheet', 'values')],
  },
  {
    what: 'sections exported at once: 1 to 5,000',
    ...items(1, 5000, (index) => index + 1),
    places: [
      at('export.report', 'sectionIds'),
      at('export.toFile', 'sectionIds'),
      at('export.clipboard', 'sectionIds'),
      at('export.wechatClipboard', 'sectionIds'),
    ],
  },
  {
    what: 'sections checked at once: up to 5,000',
    ...items(0, 5000, (index) => index + 1),
    places: [at('checks.run', 'sectionIds')],
  },
  {
    what: 'year suggestions decided at once: 1 to 5,000',
    ...items(1, 5000, (index) => index + 1),
    places: [at('rollForward.decide', 'suggestionIds')],
  },
  {
    what: 'series accepted or listed at once: up to 100,000',
    ...items(0, 100_000, (index) => index + 1),
    places: [at('metrics.accept', 'seriesIds'), at('metrics.contexts', 'seriesIds')],
  },
  {
    what: 'series paired when linking last year’s report: up to 20,000',
    ...items(0, 20_000, (index) => ({ earlierSeriesId: index + 1, laterSeriesId: index + 1 })),
    places: [at('families.link', 'pairs')],
  },
  {
    what: 'conflicting values decided when linking: up to 200,000',
    ...items(0, 200_000, (index) => ({ laterSeriesId: index + 1, year: 2000, keep: 'later' })),
    places: [at('families.link', 'decisions')],
  },
  {
    what: 'a section document: a text of up to 1,000,000 characters',
    inside: [documentWith({ type: 'text', text: '汉'.repeat(1_000_000) })],
    outside: [documentWith({ type: 'text', text: '汉'.repeat(1_000_001) })],
    places: [at('sections.save', 'doc')],
  },
  {
    what: 'a section document: up to 100,000 blocks in a node',
    inside: [{ type: 'doc', content: paragraphs(100_000) }],
    outside: [{ type: 'doc', content: paragraphs(100_001) }],
    places: [at('sections.save', 'doc')],
  },
  {
    what: 'a section document: up to 20 marks on a text',
    inside: [documentWith({ type: 'text', text: '正文', marks: marks(20) })],
    outside: [documentWith({ type: 'text', text: '正文', marks: marks(21) })],
    places: [at('sections.save', 'doc')],
  },
  {
    what: 'a section document: nested up to 32 levels',
    // nestedDocument(n) is n levels around a paragraph: n + 1 in all.
    inside: [nestedDocument(31)],
    outside: [nestedDocument(32)],
    places: [at('sections.save', 'doc')],
  },
  {
    what: 'a section document: node names up to 40 characters',
    inside: [{ type: 'doc', content: [{ type: 'x'.repeat(40) }] }],
    outside: [{ type: 'doc', content: [{ type: 'x'.repeat(41) }] }],
    places: [at('sections.save', 'doc')],
  },
]

function documentWith(text: object) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [text] }] }
}

function paragraphs(count: number) {
  return Array.from({ length: count }, () => ({ type: 'paragraph' }))
}

function marks(count: number) {
  return Array.from({ length: count }, () => ({ type: 'bold' }))
}

/** The schema of the field at `path` (the first option of a union that has the field). */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema
  for (const key of path) {
    while (current) {
      const definition = definitionOf(current)
      if (definition.type === 'optional' || definition.type === 'nullable') {
        current = definition.innerType
      } else if (definition.type === 'union') {
        current = definition.options!.find((option) => {
          const shape = definitionOf(option).shape
          return shape !== undefined && typeof key === 'string' && key in shape
        })
      } else {
        break
      }
    }
    if (!current) {
      return undefined
    }
    const definition = definitionOf(current)
    current = typeof key === 'number' ? definition.element : definition.shape?.[key]
  }
  return current
}

/** A valid input of the place's channel with `value` at its path (missing parents made valid). */
function inputAt(place: Place, value: unknown): unknown {
  const schema = channels[place.channel].input
  const input = structuredClone(place.base ?? validSample(schema)) as Record<string, unknown>
  let parent: Record<string | number, unknown> = input
  place.path.slice(0, -1).forEach((key, index) => {
    if (parent[key] === undefined || (Array.isArray(parent[key]) && parent[key].length === 0)) {
      const inner = schemaAt(schema, place.path.slice(0, index + 1))!
      const made = validSample(inner)
      parent[key] =
        Array.isArray(made) && made.length === 0 ? [validSample(elementOf(inner))] : made
    }
    parent = parent[key] as Record<string | number, unknown>
  })
  parent[place.path.at(-1)!] = value
  return input
}

function elementOf(schema: z.ZodType): z.ZodType {
  const definition = definitionOf(schema)
  return definition.element ?? elementOf(definition.innerType!)
}

/**
 * The fields of a type (`number` or `string`) whose name passes `test`, as "channel path": what a
 * limit must cover, found by the fields' names alone (an array's items by the array's name).
 */
function namedFields(type: 'number' | 'string', test: (name: string) => boolean): string[] {
  const found = new Set<string>()
  const visit = (channel: string, schema: z.ZodType, path: Path) => {
    const definition = definitionOf(schema)
    if (definition.type === 'optional' || definition.type === 'nullable') {
      visit(channel, definition.innerType!, path)
    } else if (definition.type === 'union') {
      definition.options!.forEach((option) => visit(channel, option, path))
    } else if (definition.type === 'array') {
      visit(channel, definition.element!, [...path, 0])
    } else if (definition.type === 'object') {
      for (const [key, field] of Object.entries(definition.shape!)) {
        visit(channel, field, [...path, key])
      }
    } else if (definition.type === type) {
      const name = path.findLast((key) => typeof key === 'string')
      if (typeof name === 'string' && test(name)) {
        found.add(`${channel} ${pathName(path)}`)
      }
    }
  }
  for (const channel of channelNames) {
    visit(channel, channels[channel].input, [])
  }
  return [...found].sort()
}

/** Whether an issue is about the field at `path` (a union reports at the union's own path). */
function reaches(path: Path) {
  const startsWith = (whole: PropertyKey[], start: PropertyKey[]) =>
    start.every((key, index) => whole[index] === key)
  return (issue: { code: string; path: PropertyKey[] }) =>
    startsWith(issue.path, path) ||
    (issue.code === 'invalid_union' && issue.path.length > 0 && startsWith(path, issue.path))
}

const placesOf = (limits: DocumentedLimit[]) =>
  [
    ...new Set(
      limits
        .flatMap((limit) => limit.places)
        .map((place) => `${place.channel} ${pathName(place.path)}`),
    ),
  ].sort()

describe('the limits the app documents, written out by hand', () => {
  it.each(documentedLimits.map((limit) => [limit.what, limit] as const))(
    '%s: accepted just inside, refused just outside, at every field that carries it',
    (_what, limit) => {
      for (const place of limit.places) {
        const schema = channels[place.channel].input
        const where = `${place.channel} ${pathName(place.path)}`
        for (const value of limit.inside) {
          const parsed = schema.safeParse(inputAt(place, value))
          expect(parsed.error?.issues, `${where} = ${describeValue(value)}`).toBeUndefined()
        }
        for (const value of limit.outside) {
          const parsed = schema.safeParse(inputAt(place, value))
          const issues = parsed.error?.issues ?? []
          expect(issues.some(reaches(place.path)), `${where} = ${describeValue(value)}`).toBe(true)
        }
      }
    },
  )

  it('covers every id, year and title field of the contract', () => {
    const ids = documentedLimits.filter((limit) => limit.what.startsWith('ids'))
    // A placement names the section it is after, before or inside.
    const isId = (name: string) => /^id$|Ids?$|^(after|before|inside)$/.test(name)
    expect(placesOf(ids)).toEqual(namedFields('number', isId))
    const years = documentedLimits.filter((limit) => limit.what.startsWith('years'))
    expect(placesOf(years)).toEqual(namedFields('number', (name) => name === 'year'))
    const titles = documentedLimits.filter((limit) => / title/.test(limit.what))
    expect(placesOf(titles)).toEqual(namedFields('string', (name) => name === 'title'))
  })

  it('refuses a file one byte over its limit in the handler, in Chinese', async () => {
    const folder = tempFolder()
    const workspace = openWorkspace(join(folder, 'workspace.sqlite'))
    try {
      seedSampleOnFirstLaunch(workspace)
      const reportId = workspace.reports.listLive()[0]!.id
      const overBy1 = (limit: number) => Buffer.alloc(limit + 1).toString('base64')
      const calls = [
        ['import.file', { fileName: '去年.txt', year: 2025, dataBase64: overBy1(50 * mebibyte) }],
        [
          'assets.addImage',
          { reportId, caption: '', credit: '', dataBase64: overBy1(20 * mebibyte) },
        ],
        ['metrics.readSpreadsheet', { fileName: '统计.csv', dataBase64: overBy1(10 * mebibyte) }],
      ] as const
      const before = databaseFingerprint(workspace)
      for (const [channel, input] of calls) {
        const result = await dispatch(createHandlers(workspace), channel, input, context)
        expectChineseFailure(result, channel)
        expect(result.code, channel).toBe('file_too_large')
      }
      expect(databaseFingerprint(workspace)).toEqual(before)
    } finally {
      workspace.close()
    }
  })
})
