import type { FigureStyle } from '../document/figure-style'
import { formatFigure } from '../document/format-figure'
import type { ExtractedFigure, FigureKind, FigureQualifier } from './extracted-figure'
import { findDateReferences } from './find-date-references'
import { labelFigures } from './label-figures'
import type { UnitClass, UnitMatch } from './match-unit'
import { rangeSeparatorAt, rangeSeparators } from './lexicon'
import { isChineseNumeralChar, parseChineseNumeral } from './numerals'
import { digitValueAt, readArabicNumber } from './read-arabic-number'
import type { FigureTail } from './read-figure-tail'
import { readFigureTail } from './read-figure-tail'
import type { DurationKind } from './read-duration'
import { followsStreakLead, readDuration, streakUnitSet } from './read-duration'
import { readLeadIn } from './read-lead-in'
import type { RatioPart } from './read-ratio'
import { readRatio } from './read-ratio'
import { WordList } from './word-list'
import figureWords from './figure-words.json'

/** A number read at one place, with the tail that makes it a figure when there is one. */
interface NumberToken {
  start: number
  /** End of the written number, before a multiplier a Chinese numeral carries (三千|万元). */
  numberEnd: number
  /** Where the numeral's own characters end (三千万|元). */
  numeralEnd: number
  /** The written number as decimal digits: "10.5" for 10.5亿元, "3000" for 三千万元. */
  digits: string
  /** Power of ten a Chinese numeral carries itself (三千万 → 4); Arabic ones use the tail's. */
  ownExponent: number
  ownMultiplier: string
  numerals: FigureStyle['numerals']
  grouping: boolean
  decimals: number
  fullWidth: boolean
  tail: FigureTail | undefined
}

/** A figure before its lead-in, kind and label are known. */
interface Draft {
  start: number
  end: number
  token: NumberToken
  /** Text before the number inside the span: "百分之" for 百分之五十, else "". */
  prefix: string
  magnitude: number
  scale: number
  unit: string
  displayUnit: string
  unitClass: UnitClass
  tailQualifier: FigureQualifier
  /** The draft this one closes a range with (9亿～16亿元), when the first end had no unit. */
  rangeStart?: number
  /** 0, 1, 2 for the shares of a structure ratio (9.6:41.7:48.7). */
  ratioPart?: number
  duration?: DurationKind
}

interface Classified extends Draft {
  leadStart: number
  qualifier: FigureQualifier
  kind: FigureKind
  direction: -1 | 1
  /** Signed for changes: negative after 下降, 减少 …. */
  value: number
}

const chineseBlockedBefore = new Set('第初周每数几之')
const listJoiners = new Set(['和', '及', '与', '、', '或'])
const rankUnits = new Set(['名', '位', '强'])
const longestChineseNumeral = 24
const durationUnits = new Set(['分钟', '小时', '个小时', '天', '秒'])
const sessionWords = new WordList(figureWords.notFigures.sessionWords)
const chineseMultipliers: [string, number][] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
]

/** Fixed terms with a numeral and measure word that count nothing (四个全面, 八项规定, 五台山). */
const fixedTerms = new WordList(
  '四个全面 四个意识 四个自信 四个面向 四个革命 四个最严 两个维护 两个确立 ' +
    '两个毫不动摇 两个结合 两个大局 三个代表 三个务必 三个转变 三个有利于 五个振兴 ' +
    '五位一体 八项规定 三项制度 五台山 五台县 三台县 七台河 五家渠 九台 三次产业',
)

function isLatinLetter(char: string | undefined): boolean {
  const code = char === undefined ? 0 : char.charCodeAt(0) | 0x20
  return code >= 0x61 && code <= 0x7a
}

/**
 * The tail of the number between `start` and `end` with what makes it a duration: 年 in a
 * duration's words (过去三年, 建区24年来) or a count after 连续 (连续三次), see readDuration.
 */
function withDuration(
  text: string,
  start: number,
  end: number,
  tail: FigureTail | undefined,
): FigureTail | undefined {
  if (tail?.unit) {
    const streak = streakUnitSet.has(tail.unit.unit) && followsStreakLead(text, start)
    return streak ? { ...tail, duration: 'streak' } : tail
  }
  const found = tail ? undefined : readDuration(text, start, end)
  if (!found) {
    return tail
  }
  const { unit, qualifier, duration } = found
  return { end: unit.end, exponent: 0, multiplier: '', unit, qualifier, duration }
}

function readArabicToken(text: string, start: number): NumberToken | undefined {
  const number = readArabicNumber(text, start)
  const previous = text[start - 1]
  const next = text[number.end]
  // PM2.5, G5, 5G: digits inside a name. A Latin unit (50MW) is read by the tail.
  const blocked =
    number.mixedWidth ||
    previous === '第' ||
    previous === '每' ||
    previous === '_' ||
    previous === '{' ||
    next === '}' ||
    isLatinLetter(previous) ||
    ((next === '.' || next === '．') && digitValueAt(text, number.end + 1) >= 0)
  if (blocked) {
    return undefined
  }
  const tail = withDuration(text, start, number.end, readFigureTail(text, number.end, 'arabic'))
  if (isLatinLetter(next) && !tail?.unit) {
    return undefined
  }
  return {
    start,
    numberEnd: number.end,
    numeralEnd: number.end,
    digits: number.digits,
    ownExponent: 0,
    ownMultiplier: '',
    numerals: 'arabic',
    grouping: number.grouping,
    decimals: number.decimals,
    fullWidth: number.fullWidth,
    tail,
  }
}

/** Splits a trailing 万/亿 off a Chinese numeral so 三万吨 is written like 3万吨. */
function chineseToken(
  text: string,
  start: number,
  end: number,
  tail: FigureTail | undefined,
): NumberToken {
  const numeral = text.slice(start, end)
  let number = numeral
  let ownExponent = 0
  let ownMultiplier = ''
  for (const [written, exponent] of chineseMultipliers) {
    const rest = numeral.slice(0, numeral.length - written.length)
    const hasLowerMultiplier = rest.includes('万') || rest.includes('亿')
    const splits = numeral.endsWith(written) && rest !== '' && !hasLowerMultiplier
    if (splits && parseChineseNumeral(rest) !== undefined) {
      number = rest
      ownExponent = exponent
      ownMultiplier = written
      break
    }
  }
  return {
    start,
    numberEnd: start + number.length,
    numeralEnd: end,
    digits: String(parseChineseNumeral(number)),
    ownExponent,
    ownMultiplier,
    numerals: number.startsWith('两') ? 'chinese-liang' : 'chinese',
    grouping: false,
    decimals: 0,
    fullWidth: false,
    tail,
  }
}

/**
 * The longest Chinese numeral at `start` that a unit follows (三千米 is 3000米), else the
 * longest numeral at all, which may open a range (三至五个).
 */
function readChineseToken(
  text: string,
  start: number,
  afterPercent = false,
): NumberToken | undefined {
  const blocked = chineseBlockedBefore.has(text[start - 1]) || digitValueAt(text, start - 1) >= 0
  if (blocked && !afterPercent) {
    return undefined
  }
  if (fixedTerms.startingAt(text, start)) {
    return undefined
  }
  let runEnd = start
  // No numeral a report writes is longer; the cap keeps a long run of numerals linear.
  while (runEnd < text.length && runEnd - start < longestChineseNumeral) {
    if (!isChineseNumeralChar(text[runEnd])) {
      break
    }
    runEnd++
  }
  let bareEnd = -1
  for (let end = runEnd; end > start; end--) {
    if (parseChineseNumeral(text.slice(start, end)) === undefined) {
      continue
    }
    const tail = withDuration(text, start, end, readFigureTail(text, end, 'chinese'))
    if (tail) {
      return chineseToken(text, start, end, tail)
    }
    bareEnd = Math.max(bareEnd, end)
  }
  return bareEnd > 0 ? chineseToken(text, start, bareEnd, undefined) : undefined
}

function readToken(text: string, start: number): NumberToken | undefined {
  if (digitValueAt(text, start) >= 0) {
    return readArabicToken(text, start)
  }
  return readChineseToken(text, start)
}

/** Chinese numerals that are words rather than quantities: 一份, 二次, 千方百计-like pairs. */
function isChineseWord(
  text: string,
  token: NumberToken,
  unitClass: UnitClass,
  end: number,
): boolean {
  const numeral = text.slice(token.start, token.numeralEnd)
  // A quoted term that opens with a numeral is a slogan: “三个县”, “两个确立”.
  if ('“‘「'.includes(text[token.start - 1] ?? '_')) {
    return true
  }
  if (numeral === '一' && unitClass !== 'relative') {
    return true
  }
  if (numeral === '二' && unitClass === 'count') {
    return true
  }
  const followedByNumeral = end < text.length && isChineseNumeralChar(text[end])
  const between = text[token.start - 1] ?? ''
  const afterNumeralAndWord =
    token.start >= 2 &&
    isChineseNumeralChar(text[token.start - 2]) &&
    !isChineseNumeralChar(between) &&
    !rangeSeparators.includes(between)
  return numeral.length === 1 && (followedByNumeral || afterNumeralAndWord)
}

/** "县十八届人大五次会议": the fifth session of a congress, not five of anything. */
function namesSession(text: string, token: NumberToken, tail: FigureTail): boolean {
  const unitStart = tail.end - (tail.unit?.written.length ?? 0)
  const session = sessionWords.startingAt(text, unitStart)
  return session !== undefined && /届[^，。；]{0,3}$/.test(text.slice(token.start - 4, token.start))
}

function emptyTail(end: number): FigureTail {
  return { end, exponent: 0, multiplier: '', unit: undefined, qualifier: 'exact' }
}

/** The draft for a token; a range's first end takes the unit (and multiplier) of the second. */
function draftOf(
  text: string,
  token: NumberToken,
  tail: FigureTail,
  inherited?: FigureTail,
): Draft | undefined {
  const unit: UnitMatch | undefined = tail.unit ?? inherited?.unit
  const unitClass = unit?.unitClass ?? 'count'
  const isChinese = token.numerals !== 'arabic'
  if (isChinese && (!unit || isChineseWord(text, token, unitClass, tail.end))) {
    return undefined
  }
  if (text[token.start - 1] === '前' && rankUnits.has(unit?.unit ?? '')) {
    return undefined
  }
  if (isChinese && namesSession(text, token, tail)) {
    return undefined
  }
  // "15分钟便民生活圈", "1小时经济圈" name a policy, not a measured time.
  const namesPolicy = /^[^，。；、]{0,6}圈/.test(text.slice(tail.end, tail.end + 7))
  if (durationUnits.has(unit?.unit ?? '') && namesPolicy) {
    return undefined
  }
  let multiplier = token.ownMultiplier || tail.multiplier
  let exponent = token.ownExponent || tail.exponent
  if (!multiplier && inherited) {
    multiplier = inherited.multiplier
    exponent = inherited.exponent
  }
  return {
    start: token.start,
    end: tail.end,
    token,
    prefix: '',
    magnitude: Number(`${token.digits}e${exponent}`),
    scale: 10 ** exponent,
    unit: unit?.unit ?? '',
    displayUnit: multiplier + (unit?.written ?? ''),
    unitClass,
    tailQualifier: tail.qualifier,
    duration: tail.duration,
  }
}

function separatorEndAt(text: string, index: number): number {
  const separator = rangeSeparatorAt(text, index)
  return separator ? index + separator.length : -1
}

/** 百分之五十, 百分之3.5, 百分之九十以上. */
function readChinesePercent(text: string, start: number): Draft | undefined {
  const numberStart = start + 3
  const token =
    digitValueAt(text, numberStart) >= 0
      ? readArabicToken(text, numberStart)
      : readChineseToken(text, numberStart, true)
  if (!token || token.tail?.unit || token.tail?.multiplier || token.ownExponent) {
    return undefined
  }
  const tail = readFigureTail(text, token.numberEnd, 'qualifier-only') ?? emptyTail(token.numberEnd)
  return {
    start,
    end: tail.end,
    token,
    prefix: '百分之',
    magnitude: Number(token.digits),
    scale: 1,
    unit: '%',
    displayUnit: '百分之',
    unitClass: 'relative',
    tailQualifier: tail.qualifier,
  }
}

/** A share of a structure ratio: a rate in % written as the number alone. */
function ratioDraft(part: RatioPart, index: number): Draft {
  return {
    start: part.start,
    end: part.end,
    token: {
      start: part.start,
      numberEnd: part.end,
      numeralEnd: part.end,
      digits: part.digits,
      ownExponent: 0,
      ownMultiplier: '',
      numerals: 'arabic',
      grouping: false,
      decimals: part.decimals,
      fullWidth: part.fullWidth,
      tail: undefined,
    },
    prefix: '',
    magnitude: Number(part.digits),
    scale: 1,
    unit: '%',
    displayUnit: '%',
    unitClass: 'relative',
    tailQualifier: 'exact',
    ratioPart: index,
  }
}

/** Reads the figure, or the two ends of a range, at `start`; returns where scanning goes on. */
function scanAt(text: string, start: number, drafts: Draft[]): number {
  const ratio = digitValueAt(text, start) >= 0 ? readRatio(text, start) : undefined
  if (ratio) {
    drafts.push(...ratio.map(ratioDraft))
    return ratio[2].end
  }
  if (text.startsWith('百分之', start)) {
    const percent = readChinesePercent(text, start)
    if (percent) {
      drafts.push(percent)
      return percent.end
    }
  }
  const token = readToken(text, start)
  if (!token) {
    return digitValueAt(text, start) >= 0 ? readArabicNumber(text, start).end : start + 1
  }
  const tail = token.tail
  if (!tail?.unit) {
    const separatorEnd = separatorEndAt(text, tail?.end ?? token.numeralEnd)
    const second = separatorEnd > 0 ? readToken(text, separatorEnd) : undefined
    const sameNumerals = (second?.numerals === 'arabic') === (token.numerals === 'arabic')
    if (second?.tail?.unit && sameNumerals) {
      const first = draftOf(text, token, tail ?? emptyTail(token.numeralEnd), second.tail)
      const last = draftOf(text, second, second.tail)
      if (first && last) {
        drafts.push(first, { ...last, rangeStart: drafts.length })
        return second.tail.end
      }
    }
  }
  if (!tail) {
    return token.numeralEnd
  }
  const draft = draftOf(text, token, tail)
  if (draft) {
    drafts.push(draft)
  }
  return tail.end
}

/** Index of the earlier end of a range this draft closes ("9亿～16亿元", "15%～30%"), or -1. */
function rangePartner(text: string, draft: Draft, classified: Classified[]): number {
  if (draft.rangeStart !== undefined) {
    return draft.rangeStart
  }
  const previous = classified[classified.length - 1]
  const adjacent = previous !== undefined && separatorEndAt(text, previous.end) === draft.start
  return adjacent && previous.unit === draft.unit ? classified.length - 1 : -1
}

interface Reading {
  kind: FigureKind
  direction: -1 | 1
  leadStart: number
  qualifier: FigureQualifier
}

function readRelative(text: string, draft: Draft, previous: Classified | undefined): Reading {
  const lead = readLeadIn(text, draft.start, draft.unit === '百分点')
  const { start: leadStart, qualifier } = lead
  const changeDirection = lead.level ? 0 : lead.direction
  if (draft.unit === '百分点') {
    const direction = changeDirection || lead.clauseDirection || 1
    return { kind: 'change', direction, leadStart, qualifier }
  }
  if (changeDirection) {
    return { kind: 'change', direction: changeDirection, leadStart, qualifier }
  }
  const joined = previous !== undefined && listJoiners.has(text.slice(previous.end, draft.start))
  if (joined && previous.kind === 'change' && previous.unit === draft.unit && !lead.level) {
    return { kind: 'change', direction: previous.direction, leadStart, qualifier }
  }
  return { kind: 'rate', direction: 1, leadStart, qualifier }
}

function readQuantity(text: string, draft: Draft): Reading {
  const lead = readLeadIn(text, draft.start)
  const kind = draft.unitClass === 'amount' ? 'amount' : 'count'
  // 近三年 is "the last three years": the duration's own reading says when 近 means "nearly".
  const recent = draft.duration !== undefined && text[draft.start - 1] === '近'
  const qualifier = recent ? draft.tailQualifier : lead.qualifier
  return { kind, direction: 1, leadStart: lead.start, qualifier }
}

function signedValue(draft: Draft, reading: Reading): number {
  if (reading.kind !== 'change' || draft.magnitude === 0) {
    return draft.magnitude
  }
  return reading.direction * draft.magnitude
}

function classify(text: string, drafts: Draft[]): Classified[] {
  const classified: Classified[] = []
  for (const draft of drafts) {
    const previous = classified[classified.length - 1] as Classified | undefined
    const partnerIndex = rangePartner(text, draft, classified)
    let reading: Reading
    if (draft.ratioPart !== undefined) {
      reading = { kind: 'rate', direction: 1, leadStart: draft.start, qualifier: 'exact' }
    } else if (partnerIndex >= 0) {
      const partner = classified[partnerIndex]
      partner.qualifier = 'exact'
      const { kind, direction } = partner
      reading = { kind, direction, leadStart: draft.start, qualifier: 'exact' }
    } else if (draft.unitClass === 'relative') {
      reading = readRelative(text, draft, previous)
    } else {
      reading = readQuantity(text, draft)
    }
    const ownQualifier = partnerIndex < 0 && draft.tailQualifier !== 'exact'
    // Spelled out: spreading the draft made this loop the slowest part of extraction.
    classified.push({
      start: draft.start,
      end: draft.end,
      token: draft.token,
      prefix: draft.prefix,
      magnitude: draft.magnitude,
      scale: draft.scale,
      unit: draft.unit,
      displayUnit: draft.displayUnit,
      unitClass: draft.unitClass,
      tailQualifier: draft.tailQualifier,
      kind: reading.kind,
      direction: reading.direction,
      leadStart: Math.max(reading.leadStart, previous?.end ?? 0),
      qualifier: ownQualifier ? draft.tailQualifier : reading.qualifier,
      value: signedValue(draft, reading),
      rangeStart: partnerIndex >= 0 ? partnerIndex : undefined,
      ratioPart: draft.ratioPart,
      duration: draft.duration,
    })
  }
  return classified
}

function styleOf(text: string, figure: Classified): FigureStyle {
  const token = figure.token
  return {
    template: `${figure.prefix}{v}${text.slice(token.numberEnd, figure.end)}`,
    scale: figure.scale,
    numerals: token.numerals,
    grouping: token.grouping,
    decimals: token.decimals,
    magnitude: figure.kind === 'change',
    fullWidth: token.fullWidth,
  }
}

/**
 * Every figure in `text`, in text order: amounts (3598万吨, 10.5亿元), counts (34个, 六个,
 * 二十余个), rates (99.27%) and changes (同比增长46% → 46, 下降11.8% → -11.8).
 *
 * A figure is a number with a unit, measure word or 万/亿 multiplier; years, dates and plans
 * (2025年, 3月5日, 十四五) are not figures, see findDateReferences. A range ("9亿～16亿元",
 * "15%～30%", "3-5个") gives two figures, both exact; an end written without a unit takes the
 * unit and multiplier of the other ("9～16亿元" → 900000000 元 and 1600000000 元). Every figure
 * satisfies `formatFigure(value, style) === text`; a number written in a way the style cannot
 * reproduce ("两千两百", "１２.5") is left out rather than bound wrongly. See ExtractedFigure
 * for the span convention and labelFigures for labels.
 */
export function extractFigures(text: string): ExtractedFigure[] {
  const dates = findDateReferences(text)
  const drafts: Draft[] = []
  let dateIndex = 0
  let index = 0
  while (index < text.length) {
    const date = dates[dateIndex]
    if (date && index >= date.start) {
      index = Math.max(index, date.end)
      dateIndex++
      continue
    }
    const startsChineseRun =
      isChineseNumeralChar(text[index]) && !isChineseNumeralChar(text[index - 1] ?? '')
    if (digitValueAt(text, index) >= 0 || startsChineseRun) {
      index = scanAt(text, index, drafts)
      continue
    }
    index++
  }
  const classified = classify(text, drafts)
  const labels = labelFigures(text, classified, dates)
  const kept = classified.map((figure) => formatFigure(figure.value, styleOf(text, figure)))
  const newIndex: number[] = []
  let count = 0
  for (const [index, figure] of classified.entries()) {
    newIndex.push(kept[index] === text.slice(figure.start, figure.end) ? count++ : -1)
  }
  const figures: ExtractedFigure[] = []
  for (const [index, figure] of classified.entries()) {
    if (newIndex[index] < 0) {
      continue
    }
    const { label, linkedTo } = labels[index]
    figures.push({
      text: text.slice(figure.start, figure.end),
      start: figure.start,
      end: figure.end,
      value: figure.value,
      unit: figure.unit,
      displayUnit: figure.displayUnit,
      qualifier: figure.qualifier,
      kind: figure.kind,
      label,
      linkedTo: linkedTo >= 0 && newIndex[linkedTo] >= 0 ? newIndex[linkedTo] : null,
      duration: figure.duration ?? null,
      style: styleOf(text, figure),
    })
  }
  return figures
}
