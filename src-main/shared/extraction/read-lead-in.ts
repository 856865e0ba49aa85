import type { FigureQualifier } from './extracted-figure'
import { fallingVerbs, risingVerbs } from './lexicon'
import { WordList } from './word-list'

/** What the words just before a figure say about it; they stay outside the figure's span. */
export interface LeadIn {
  /** Where the qualifier and direction words begin (the figure's start when there are none). */
  start: number
  qualifier: FigureQualifier
  /** +1 after 增长/提高…, -1 after 下降/减少…, 0 when no direction word precedes the figure. */
  direction: -1 | 0 | 1
  /** 增长至/降到/控制在: the figure is the level reached, not a change. */
  level: boolean
  /**
   * The nearest direction word anywhere earlier in the clause, 高/低 included, for differences
   * that are changes by nature ("比全省高2个百分点", "低于全省平均0.5个百分点"). Read only when
   * asked for, as 0 otherwise.
   */
  clauseDirection: -1 | 0 | 1
  /** The direction word itself ("下降"), starting at `start`, when there is one. */
  directionWord?: string
}

const qualifierOf = new Map<string, FigureQualifier>([
  ['不超过', 'under'],
  ['不高于', 'under'],
  ['不低于', 'over'],
  ['不少于', 'over'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['多于', 'over'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['大约', 'about'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['未满', 'under'],
  ['少于', 'under'],
  ['超', 'over'],
  ['逾', 'over'],
  ['约', 'about'],
  ['近', 'about'],
])
const qualifierWords = new WordList([...qualifierOf.keys()])

/** Characters before a one-character qualifier that make it another word (签约, 附近, 赶超). */
const qualifierWordStarts: Record<string, string> = {
  约: '签节履预合违集特邀制契公条婚相赴守解爽简隐要毁续租承',
  近: '附最就邻临靠亲贴',
  超: '赶高',
}

const connectorWords = new WordList('分别为 分别达 分别 达到 高达 达 为 了 是 均')
const levelWords = new WordList('至 到 在')
/** The direction verbs, and the rates (增幅 5%) and comparisons (高于全省2个百分点) that give one too. */
const risingWords = new WordList([
  ...risingVerbs,
  ...'增幅 增速 涨幅 升幅 高于 快于 高出'.split(' '),
])
const fallingWords = new WordList([...fallingVerbs, ...'降幅 跌幅 减幅 低于 慢于'.split(' ')])

const clauseBreaks = new Set('，。；：、！？,;:!?（）()\n')
const clauseSearchLength = 30

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u3000' || char === '\u00a0'
}

function readQualifier(text: string, end: number): [string, FigureQualifier] | undefined {
  const word = qualifierWords.endingAt(text, end)
  const qualifier = word ? qualifierOf.get(word) : undefined
  if (!word || !qualifier) {
    return undefined
  }
  const excluded = word.length === 1 ? qualifierWordStarts[word] : undefined
  if (excluded && end >= 2 && excluded.includes(text[end - 2])) {
    return undefined
  }
  return [word, qualifier]
}

/** The direction a word ending at `end` gives, ignoring 新增 (newly added, not a change). */
function readDirection(text: string, end: number): [string, -1 | 1] | undefined {
  const rising = risingWords.endingAt(text, end)
  if (rising && !(rising === '增' && text[end - 2] === '新')) {
    return [rising, 1]
  }
  const falling = fallingWords.endingAt(text, end)
  return falling ? [falling, -1] : undefined
}

function readClauseDirection(text: string, end: number): -1 | 0 | 1 {
  for (let position = end; position > 0 && end - position < clauseSearchLength; position--) {
    const char = text[position - 1]
    if (clauseBreaks.has(char)) {
      return 0
    }
    const direction = readDirection(text, position)
    if (direction) {
      return direction[1]
    }
    if (char === '高' || char === '低') {
      return char === '高' ? 1 : -1
    }
  }
  return 0
}

/**
 * Reads backwards from a figure's start over 同比增长超过 / 下降了 / 约 / 达到 and similar:
 * qualifier verbs (超过, 约, 不足 …), connectors (达, 为, 了, 分别) and one direction word.
 * `wantsClause` also looks for a direction further back in the clause.
 */
export function readLeadIn(text: string, figureStart: number, wantsClause = false): LeadIn {
  let position = figureStart
  while (isSpace(text[position - 1])) {
    position--
  }
  let qualifier: FigureQualifier = 'exact'
  let start = figureStart
  let progressed = true
  while (progressed) {
    progressed = false
    const found: [string, FigureQualifier] | undefined =
      qualifier === 'exact' ? readQualifier(text, position) : undefined
    if (found) {
      qualifier = found[1]
      position -= found[0].length
      start = position
      progressed = true
    }
    const connector = connectorWords.endingAt(text, position)
    if (connector) {
      position -= connector.length
      progressed = true
    }
  }
  const clauseDirection = wantsClause ? readClauseDirection(text, position) : 0
  const levelWord = levelWords.endingAt(text, position)
  if (levelWord) {
    // "降至32微克", "提高到65.5%": the direction word belongs to the lead-in, not the label.
    const reached = readDirection(text, position - levelWord.length)
    const levelStart = position - levelWord.length - (reached?.[0].length ?? 0)
    const levelLeadStart = reached ? levelStart : start
    return { start: levelLeadStart, qualifier, direction: 0, level: true, clauseDirection }
  }
  const direction = readDirection(text, position)
  if (direction) {
    const directionStart = position - direction[0].length
    const found = direction[1]
    return {
      start: directionStart,
      qualifier,
      direction: found,
      level: false,
      clauseDirection,
      directionWord: direction[0],
    }
  }
  return { start, qualifier, direction: 0, level: false, clauseDirection }
}
