import type { NumberingReference } from './docx-styles'
import { attributeOf, childElements, firstChild, isElement, onOffValue } from './docx-xml'
import { formatListNumber } from './format-list-number'

interface LevelDefinition {
  start: number
  format: string
  text: string
  /** 1-based level after which this level restarts; 0 never restarts. Default: any shallower. */
  restartAfter?: number
  isLegal: boolean
  suffix: string
}

interface NumberingInstance {
  abstractId: string
  levels: Map<number, LevelDefinition>
  startOverrides: Map<number, number>
}

const levelCount = 9

/**
 * The list numbers of a docx (numbering.xml), counted in document order as Word shows them:
 * 一、 （一） 1. from each level's `lvlText` and `numFmt`. Counters belong to the abstract list, so
 * instances sharing it continue one another; an instance with a start override restarts its
 * levels when first used, and a level restarts after a shallower one unless `lvlRestart` says
 * otherwise.
 */
export class DocxNumbering {
  private readonly abstractLevels = new Map<string, Map<number, LevelDefinition>>()
  private readonly instances = new Map<string, NumberingInstance>()
  private readonly counters = new Map<string, (number | undefined)[]>()
  private readonly startedInstances = new Set<string>()

  constructor(numberingDocument: Document | undefined) {
    const root = numberingDocument?.documentElement
    for (const element of root ? childElements(root) : []) {
      if (isElement(element, 'word', 'abstractNum')) {
        this.abstractLevels.set(attributeOf(element, 'abstractNumId') ?? '', readLevels(element))
      }
    }
    for (const element of root ? childElements(root) : []) {
      if (isElement(element, 'word', 'num')) {
        this.instances.set(attributeOf(element, 'numId') ?? '', this.readInstance(element))
      }
    }
  }

  /**
   * Counts one more paragraph of the list and returns its number as shown, with a space after it
   * when Word puts a tab or space there and the number ends in a letter or digit ("第一章 "), else
   * none ("一、"). Undefined for a paragraph outside any list or in a bulleted one.
   */
  next(reference: NumberingReference): string | undefined {
    const instance = reference.numId === undefined ? undefined : this.instances.get(reference.numId)
    const level = Math.min(Math.max(reference.level ?? 0, 0), levelCount - 1)
    const definition = instance?.levels.get(level)
    if (!instance || !definition || reference.numId === undefined) {
      return undefined
    }
    const counters = this.countersOf(instance, reference.numId)
    counters[level] = counters[level] === undefined ? definition.start : counters[level] + 1
    for (let deeper = level + 1; deeper < levelCount; deeper++) {
      const restartAfter = instance.levels.get(deeper)?.restartAfter ?? deeper
      if (level < restartAfter) {
        counters[deeper] = undefined
      }
    }
    const text = this.render(instance, definition, counters)
    if (text === undefined || text === '') {
      return undefined
    }
    const spaced = definition.suffix !== 'nothing' && /[\p{L}\p{N}]$/u.test(text)
    return spaced ? `${text} ` : text
  }

  private readInstance(element: Element): NumberingInstance {
    const abstractId = attributeOf(firstChild(element, 'abstractNumId')) ?? ''
    const levels = new Map(this.abstractLevels.get(abstractId) ?? [])
    const startOverrides = new Map<number, number>()
    for (const override of childElements(element)) {
      if (!isElement(override, 'word', 'lvlOverride')) {
        continue
      }
      const level = Number(attributeOf(override, 'ilvl'))
      const start = Number(attributeOf(firstChild(override, 'startOverride')))
      if (Number.isInteger(start)) {
        startOverrides.set(level, start)
      }
      const replacement = firstChild(override, 'lvl')
      if (replacement) {
        levels.set(level, readLevel(replacement))
      }
    }
    return { abstractId, levels, startOverrides }
  }

  private countersOf(instance: NumberingInstance, numId: string): (number | undefined)[] {
    let counters = this.counters.get(instance.abstractId)
    if (!counters) {
      counters = Array.from<number | undefined>({ length: levelCount })
      this.counters.set(instance.abstractId, counters)
    }
    if (!this.startedInstances.has(numId)) {
      this.startedInstances.add(numId)
      for (const [level, start] of instance.startOverrides) {
        counters[level] = start - 1
      }
    }
    return counters
  }

  private render(
    instance: NumberingInstance,
    definition: LevelDefinition,
    counters: (number | undefined)[],
  ): string | undefined {
    if (definition.format === 'bullet') {
      return undefined
    }
    return definition.text.replace(/%([1-9])/gu, (_, place: string) => {
      const level = Number(place) - 1
      const shown = instance.levels.get(level)
      const value = counters[level] ?? shown?.start ?? 1
      const format = definition.isLegal ? 'decimal' : (shown?.format ?? 'decimal')
      return formatListNumber(value, format) ?? ''
    })
  }
}

function readLevels(abstractNum: Element): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>()
  for (const element of childElements(abstractNum)) {
    if (isElement(element, 'word', 'lvl')) {
      levels.set(Number(attributeOf(element, 'ilvl') ?? 0), readLevel(element))
    }
  }
  return levels
}

function readLevel(element: Element): LevelDefinition {
  const start = Number(attributeOf(firstChild(element, 'start')) ?? 1)
  const restart = attributeOf(firstChild(element, 'lvlRestart'))
  return {
    start: Number.isInteger(start) ? start : 1,
    format: attributeOf(firstChild(element, 'numFmt')) ?? 'decimal',
    text: attributeOf(firstChild(element, 'lvlText')) ?? '',
    restartAfter: restart === undefined ? undefined : Number(restart),
    isLegal: onOffValue(firstChild(element, 'isLgl')) === true,
    suffix: attributeOf(firstChild(element, 'suff')) ?? 'tab',
  }
}
