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

beforeEach(() => {
  folder = tempFolder()
  workspace = openWorkspace(join(folder, 'workspace.sqlite'))
  seedSampleOnFirstLaunch(workspace)
})
afterEach(() => workspace.close())

describe('every contract channel fed invalid input', () => {
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
