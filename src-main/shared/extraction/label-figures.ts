import type { DateReference } from './date-reference'
import type { FigureKind } from './extracted-figure'
import figureWords from './figure-words.json'
import { genericHeads, measureHeads, verbPhraseNoise } from './label-lexicon'
import type { DurationKind } from './read-duration'
import { durationPhrase } from './read-duration'
import { splitListSubject } from './split-list-subject'
import { WordList } from './word-list'

/** What labelling needs to know about a figure; figures come in text order. */
export interface LabelTarget {
  start: number
  end: number
  /** Start of the qualifier and direction words before the figure (超过, 同比增长 …). */
  leadStart: number
  kind: FigureKind
  value: number
  unit: string
  /** Index of the range's other end when this figure closes one ("9亿～16亿元"). */
  rangeStart?: number
  /** 0, 1, 2 for the shares of a structure ratio (9.6:41.7:48.7), labelled by position. */
  ratioPart?: number
  duration?: DurationKind
}

interface Labelled {
  label: string
  /** Where the words the label came from end: after the figure when it leads its noun. */
  labelEnd: number
  fromAfter: boolean
  /** The figure whose measure this change or share is about, when the text says so; else -1. */
  linkedTo: number
}

/** A figure's label and, for a change or share, the figure it is about (-1 when none). */
export interface FigureLabel {
  label: string
  linkedTo: number
}

interface AfterPhrase {
  label: string
  end: number
  /** The figure is joined to its noun by 的 ("投资15亿元的人居环境整治项目"). */
  attributive: boolean
}

/** What the text around one figure offers, read once and shared by the label rules. */
interface Surroundings {
  figure: LabelTarget
  index: number
  /** The cleaned phrase between the previous boundary and the figure's lead-in. */
  before: string
  rawBefore: string
  previous: LabelTarget | undefined
  previousDone: Labelled | undefined
  /** The previous figure sits in the same clause (no punctuation between them). */
  sameClause: boolean
  /** The previous figure's label when it sits in the same sentence, else "". */
  previousLabel: string
}

const clauseBreaks = new Set('，。；：、！？,;:!?（）()[]【】《》〈〉「」『』…—|\n\r\t')
const sentenceBreaks = new Set('。；！？;!?\n\r')
const quoteCharacters = /[“”‘’"'「」『』]/g
const bareShares = new Set(['占比', '比重', '占比重'])
const maximumLabelLength = 12
const maximumClauseLength = 40
/** How far back (characters, figures) a change looks for the amount its subject names. */
const maximumLinkReach = 200
const maximumLinkFigures = 8

/** Words before a noun phrase that say nothing about what is measured. */
const leadingNoise = new WordList(
  '全年 今年 去年 当年 全区 全县 全市 全镇 全乡 全省 全国 其中 累计 共计 合计 总计 ' +
    '共有 拥有 现有 目前 截至 截止 实现 完成 达到 开展 举办 组织 争取 获得 取得 预计 ' +
    '成功 同比 通过 分别 期间 以来 年内 已经 力争 确保 计划 努力 和 及 与 并 且 还 又 ' +
    '也 已 将 的',
)

/** Periods and places that still say something when nothing follows them ("全年增长5.5%"). */
const scopeWords = new WordList('全年 今年 去年 当年 全区 全县 全市 全镇 全乡 全省 全国')

/** Words between a noun phrase and its figure: verbs, comparisons, connectors. */
const trailingNoise = new WordList(
  '达到 达 为 是 共 共计 累计 合计 预计 同比 比上年同期 比上年 较上年 比去年 较去年 ' +
    '同期 年均 分别为 分别 已 将 稳定在 控制在 保持在 在 了 的 等 至 到 突破 超过 超 逾 ' +
    '约 近 不足 不到 增长 下降 提高 增加 减少 实现 完成 产出 争取 获得 开展 撬动 带动 ' +
    '引来 吸引 拉动 覆盖 惠及 新增 全部 基本 都 首次 发展',
)

/** Verbs after which a long phrase before a figure starts over (…路面修复群众满意度). */
const phraseVerbs = (
  '实现 完成 争取 获得 开展 带动 撬动 拉动 吸引 引来 覆盖 惠及 建成 修复 推动 推进 ' +
  '实施 落实 通过 启动'
).split(' ')

/** Words that end a noun phrase read after a figure. */
const afterStops = new WordList(
  '实现 完成 达到 建成 投产 达效 投用 落地 落户 开工 竣工 通车 启动 带动 撬动 拉动 ' +
    '惠及 覆盖 争取 获得 获批 获评 入选 入库 入统 认定 评为 成为 位居 跃居 保持 突破 ' +
    '超过 带来 产生 产出 化解 缓解 储备 布局 滚动 实施 推进 开展 举办 增长 下降 减少 ' +
    '增加 提高 提升 降低 回落 同比 比上 较上 全面 正式 顺利 成功 持续 有效 稳步 加快 ' +
    '逐步 基本 已经 全部 累计 共计 合计 分别 陆续 先后 相继 率先 正在 同时 其中 用于 ' +
    '总投资 涉及 包括 参与 参加',
)

/** One-character words ending a noun phrase read after a figure, except as its first one. */
const afterStopCharacters = new Set('的和与及并或等每是为被把由从向都也还又已共约比较占')

const countVerbs =
  '参加 参与 参观 参训 受益 受惠 受训 接受 享受 就业 返乡 入驻 入园 签约 到位 完工 提前'

/** Verbs that, right after a count, show it leads no noun ("5000人参加活动"). */
const countVerbStarts = new WordList(countVerbs)

/** Verbs that, right after an amount, show it leads no noun ("投资1200万元建设污水处理厂"). */
const amountVerbStarts = new WordList(
  `${countVerbs} 建设 新建 改建 修建 扩建 改造 实施 打造 用于 帮助 解决 推进 开展 购置 采购 落实`,
)

/** Connectors dropped when a measure is joined to a counted noun (涉煤项目 + 完成投资). */
const measureConnectors = new WordList('达到 达 为 共 累计 约')
const attributiveEnds = new WordList('的 等')

/** Nouns after an amount that name a milestone, not the measure ("突破200亿元大关"). */
const milestoneNouns = new Set(['大关', '关口', '台阶', '水平', '量级'])

function isDigit(char: string): boolean {
  return (char >= '0' && char <= '9') || (char >= '０' && char <= '９')
}

function stripLeading(text: string, noise: WordList): string {
  const word = noise.startingAt(text, 0)
  if (word) {
    const rest = text.slice(word.length)
    // "完成率" and a lone "全年" stay: one character, or nothing after a scope, names nothing.
    const keeps = rest.length === 1 || (rest === '' && scopeWords.has(word))
    return keeps ? text : rest
  }
  // 共 as "in all" (共办理), not the start of 共享, 共建, 共同, 共青团, 共产党.
  return /^共[^享建同青产治]/.test(text) ? text.slice(1) : text
}

function stripTrailing(text: string, noise: WordList): string {
  const word = noise.endingAt(text, text.length)
  return word ? text.slice(0, text.length - word.length) : text
}

function cleanPhrase(raw: string): string {
  // "24年全县粮食总产": a shortened year (flagged by the checks) is no part of the subject.
  const withoutShortYear = raw.replace(/^\s*\d{2}年/, '')
  let phrase = withoutComparison(withoutShortYear.replace(quoteCharacters, '').trim())
  let previous = ''
  while (phrase !== previous) {
    previous = phrase
    phrase = stripLeading(stripTrailing(phrase, trailingNoise), leadingNoise).trim()
  }
  if (phrase.length > maximumLabelLength) {
    let cut = -1
    for (const verb of phraseVerbs) {
      const at = phrase.lastIndexOf(verb)
      if (at >= 0 && phrase.length - at - verb.length >= 2) {
        cut = Math.max(cut, at + verb.length)
      }
    }
    phrase = cut >= 0 ? phrase.slice(cut) : phrase
  }
  // One character left ("末" of 比上年末) names nothing.
  return phrase.length >= 2 ? phrase : ''
}

function clauseStartBefore(text: string, position: number): number {
  let start = position
  while (start > 0 && position - start < maximumClauseLength) {
    if (clauseBreaks.has(text[start - 1])) {
      break
    }
    start--
  }
  return start
}

function hasBreak(text: string, from: number, to: number, breaks: Set<string>): boolean {
  for (let index = from; index < to; index++) {
    if (breaks.has(text[index])) {
      return true
    }
  }
  return false
}

/** "增速比全省高" → 增速: a comparison base (比全省, 较上年, 低于全国) is no subject. */
function withoutComparison(subject: string): string {
  const at = subject.search(/(比|较|高于|低于|快于|慢于)[全上去同省市县国区平前年]/)
  return at >= 0 ? subject.slice(0, at) : subject
}

/** The noun phrase right after figure `index`, up to the next verb, punctuation or figure. */
function readAfter(text: string, figures: LabelTarget[], index: number): AfterPhrase {
  let position = figures[index].end
  while (text[position] === ' ' || text[position] === '\u3000') {
    position++
  }
  const attributive = text[position] === '的'
  if (attributive) {
    position++
  }
  let next = index + 1
  const following = figures[next]
  // "16片2毫米超薄压延光伏玻璃": both figures describe the noun after the second one.
  if (following && following.start === position && following.kind !== 'rate') {
    position = following.end
    next++
  }
  const limit = Math.min(figures[next]?.start ?? text.length, position + maximumLabelLength + 2)
  const begin = position
  const verbStarts = figures[index].kind === 'amount' ? amountVerbStarts : countVerbStarts
  if (verbStarts.startingAt(text, position)) {
    return { label: '', end: begin, attributive }
  }
  if (text[position] === '“') {
    position++
  }
  while (position < limit) {
    const char = text[position]
    const quoteInside = position > begin && (char === '“' || char === '‘' || char === '"')
    const stopInside = position > begin && afterStopCharacters.has(char)
    if (clauseBreaks.has(char) || quoteInside || stopInside || isDigit(char)) {
      break
    }
    if (afterStops.startingAt(text, position)) {
      break
    }
    position++
  }
  const phrase = text.slice(begin, position).replace(quoteCharacters, '').trim()
  const noun = stripTrailing(phrase, attributiveEnds)
  const label = milestoneNouns.has(noun) ? '' : noun
  // One character ("直" of 直达) names nothing, unless 的 made it the noun ("的村").
  const usable = label.length >= 2 || (attributive && label.length === 1)
  return { label: usable ? label : '', end: position, attributive }
}

function directionSuffix(figure: LabelTarget): string {
  return figure.value < 0 ? '降幅' : '增幅'
}

function fallbackLabel(figure: LabelTarget): string {
  const fallbacks: Record<FigureKind, string> = {
    amount: '数额',
    count: '数量',
    rate: '比率',
    change: directionSuffix(figure),
  }
  return fallbacks[figure.kind]
}

function labelChange(around: Surroundings): string {
  const { figure, previous, previousLabel } = around
  const subject = around.before
  if (subject) {
    return subject + directionSuffix(figure)
  }
  if (!previousLabel) {
    return fallbackLabel(figure)
  }
  return previous?.kind === 'change' ? previousLabel : previousLabel + directionSuffix(figure)
}

function labelRate(text: string, figures: LabelTarget[], around: Surroundings): string {
  const { before } = around
  const previousSubject = around.previousLabel.replace(/(增幅|降幅)$/, '')
  // "税收收入11.2亿元，占比达71.7%": a bare share is the previous figure's.
  if (bareShares.has(before) && previousSubject) {
    return previousSubject + before
  }
  // "百分之九十以上的村": the share is of the noun after 的.
  const after = readAfter(text, figures, around.index)
  const share = after.attributive ? after.label : ''
  return before || share || previousSubject || fallbackLabel(around.figure)
}

type LabelAndEnd = Omit<Labelled, 'linkedTo'>

function labelQuantity(text: string, figures: LabelTarget[], around: Surroundings): LabelAndEnd {
  const { figure, index, before, previous, previousDone, sameClause, previousLabel } = around
  const atFigure = { labelEnd: figure.end, fromAfter: false }
  // A range's noun follows its second end: "新建3-5个示范点".
  const closesRange = figures[index + 1]?.rangeStart === index
  const after = readAfter(text, figures, closesRange ? index + 1 : index)
  if (after.label && (!after.attributive || before.length <= 3)) {
    const label = after.attributive ? after.label + before : after.label
    return { label, labelEnd: after.end, fromAfter: true }
  }
  const afterCountedNoun =
    sameClause && previous?.kind === 'count' && previousDone?.fromAfter === true
  if (before && afterCountedNoun && before.length <= 3 && previousDone) {
    // "34个涉煤项目完成投资10.5亿元": the measure belongs to the counted noun.
    const measure = stripTrailing(around.rawBefore.trim(), measureConnectors)
    return { label: previousDone.label + measure, ...atFigure }
  }
  if (before) {
    return { label: before, ...atFigure }
  }
  // "110千伏变电站2座": the noun the previous figure led is counted here too.
  if (sameClause && previousDone?.fromAfter) {
    return { label: previousDone.label, ...atFigure }
  }
  // "首次突破3000人，达到3126人", "比上年增加15天": the same measure, restated.
  const restated = previous?.kind === figure.kind && previous.unit === figure.unit
  if (restated && previousLabel) {
    return { label: previousLabel, ...atFigure }
  }
  return { label: fallbackLabel(figure), ...atFigure }
}

/** Whether `figure` measures something a change or share can be about (not a change itself). */
function canBeBase(figure: LabelTarget | undefined): boolean {
  return figure !== undefined && figure.kind !== 'change'
}

/**
 * The figure a change or share is about, only when the text says so; -1 otherwise.
 *
 * A change with a subject of its own is about the latest earlier figure of the sentence with
 * exactly that label ("地区生产总值451.3亿元，地区生产总值增长5.2%"); one with no subject of its
 * own continues the figure just before it in the sentence ("9480万千瓦时绿电规模同比增长46%",
 * "451.3亿元、增长5.2%"). A bare share (占比, 比重) is of the figure before it. Anything else
 * ("城镇新增就业5580人，城乡居民人均可支配收入分别增长7%") stands alone.
 */
function linkOf(
  text: string,
  figures: LabelTarget[],
  done: LabelAndEnd[],
  around: Surroundings,
): number {
  const { figure, index, before, previous, previousLabel } = around
  if (figure.kind === 'rate') {
    return bareShares.has(before) && previousLabel && canBeBase(previous) ? index - 1 : -1
  }
  if (figure.kind !== 'change') {
    return -1
  }
  if (!before) {
    return previousLabel && canBeBase(previous) ? index - 1 : -1
  }
  // Bounded: a link is to a nearby figure of the same sentence, and a long run of figures without
  // a full stop must not make labelling quadratic.
  let sentenceStart = figure.start
  while (
    sentenceStart > 0 &&
    figure.start - sentenceStart < maximumLinkReach &&
    !sentenceBreaks.has(text[sentenceStart - 1])
  ) {
    sentenceStart--
  }
  for (
    let candidate = index - 1;
    candidate >= Math.max(0, index - maximumLinkFigures);
    candidate--
  ) {
    if (figures[candidate].end <= sentenceStart) {
      return -1
    }
    if (canBeBase(figures[candidate]) && done[candidate].label === before) {
      return candidate
    }
  }
  return -1
}

/** Text that joins the items of a 分别 list of figures: 和, 、, 及, with a direction word. */
const listJoint = /^[和及与、，,]\s*(?:同比)?(?:增长|下降|提高|降低|增加|减少|达到|达)?$/

/**
 * 分别 lists: "城乡居民人均可支配收入分别增长7%和6.5%" pairs each figure with an item of the
 * subject (城镇…增幅, 农村…增幅). When the subject does not name as many items as there are
 * figures, the labels stay as they are and the import asks a person to name them.
 */
function labelLists(
  text: string,
  figures: LabelTarget[],
  done: Labelled[],
  subjects: string[],
): void {
  for (let first = 0; first < figures.length; first++) {
    const subject = subjects[first]
    if (!subject) {
      continue
    }
    let last = first
    while (
      last + 1 < figures.length &&
      figures[last + 1].kind === figures[first].kind &&
      figures[last + 1].rangeStart === undefined &&
      listJoint.test(text.slice(figures[last].end, figures[last + 1].start))
    ) {
      last++
    }
    const items = splitListSubject(subject, last - first + 1)
    items?.forEach((item, offset) => {
      const figure = figures[first + offset]
      const label = figure.kind === 'change' ? item + directionSuffix(figure) : item
      done[first + offset] = { ...done[first + offset], label, linkedTo: -1 }
    })
    first = last
  }
}

/** "实现“拿地即开工”" → 拿地即开工: the verb phrase after a figure's generic noun. */
function verbPhraseAfter(text: string, from: number): string {
  let end = from
  while (end < text.length && end - from < 12) {
    const char = text[end]
    if (clauseBreaks.has(char) || isDigit(char)) {
      break
    }
    end++
  }
  let phrase = text.slice(from, end).replace(quoteCharacters, '')
  let noise = verbPhraseNoise.startingAt(phrase, 0)
  while (noise) {
    phrase = phrase.slice(noise.length)
    noise = verbPhraseNoise.startingAt(phrase, 0)
  }
  return phrase.length >= 2 && phrase.length <= 8 ? phrase : ''
}

/**
 * A label that is only a generic head (项目, 金额) is qualified from its sentence: a measure
 * head by the noun counted just before ("签约项目86个、金额162.3亿元" → 签约项目金额), else by
 * the subject before the figure unless that is a list of examples ("绿能物流、散煤清零等28个
 * 项目"), else by the verb phrase after it ("391个项目滚动实施" → 滚动实施项目).
 */
function qualifyGeneric(
  text: string,
  figures: LabelTarget[],
  done: Labelled[],
  index: number,
  around: Surroundings,
): string {
  const { label, labelEnd } = done[index]
  const head = label.replace(/^(.*?)(增幅|降幅)?$/, '$1')
  const previousLabel = around.previousLabel
  if (measureHeads.has(label) && around.previous?.kind === 'count' && previousLabel) {
    return previousLabel + label
  }
  const examples = /等\s*$/.test(around.rawBefore)
  if (!examples && around.before && around.before !== label && around.before !== head) {
    return around.before + label
  }
  const after = verbPhraseAfter(text, labelEnd)
  if (after && figures[index].kind !== 'change') {
    return after + label
  }
  return label
}

/**
 * A streak is named by its subject and what holds ("开发区连续五年获评全省优秀开发区" →
 * 开发区连续获评全省优秀开发区); another duration by its own words (过去三年, 建区24年来).
 */
function labelDuration(text: string, figure: LabelTarget, before: string): string {
  if (figure.duration === 'period') {
    return durationPhrase(text, figure.start, figure.end)
  }
  let end = figure.end
  while (end < text.length && end - figure.end < 12) {
    if (clauseBreaks.has(text[end]) || isDigit(text[end])) {
      break
    }
    end++
  }
  const holds = text.slice(figure.end, end).replace(quoteCharacters, '')
  const subject = before.replace(/连续$/, '')
  return `${subject}连续${holds}`
}

/** "PM_{2.5}浓度" → PM2.5浓度: labels are plain text. */
function plainLabel(label: string): string {
  return label.replace(/_\{([^}]*)\}/g, '$1')
}

/**
 * The label of each figure: the nearest noun phrase saying what it measures; never empty. With
 * it, for a change or a share, the figure it is about when the text says so (see linkOf).
 *
 * A count or amount that leads a noun takes the noun after it, up to the next verb or
 * punctuation ("3598万吨原煤产量" → 原煤产量, "34个涉煤项目" → 涉煤项目); otherwise the
 * phrase before it, back to the previous punctuation, date or figure, trimmed of generic
 * verbs ("全年实现城镇新增就业5580人" → 城镇新增就业). A short measure right after a counted
 * noun keeps it ("涉煤项目完成投资"). Rates take the phrase before them. Changes add 增幅 or
 * 降幅 to their subject, or to the previous figure's label when it is left out
 * ("地区生产总值451.3亿元、增长5.2%" → 地区生产总值增幅). A range's two ends share a label.
 * 分别 lists pair figures with the items of their subject (see labelLists), and a generic head
 * is qualified (see qualifyGeneric).
 */
export function labelFigures(
  text: string,
  figures: LabelTarget[],
  dates: DateReference[],
): FigureLabel[] {
  const done: Labelled[] = []
  const arounds: (Surroundings | undefined)[] = []
  const listSubjects: string[] = []
  let dateIndex = 0
  for (const [index, figure] of figures.entries()) {
    let clauseStart = clauseStartBefore(text, figure.leadStart)
    while (dateIndex < dates.length && dates[dateIndex].end <= figure.leadStart) {
      clauseStart = Math.max(clauseStart, dates[dateIndex].end)
      dateIndex++
    }
    if (figure.rangeStart !== undefined) {
      const start = done[figure.rangeStart]
      done.push({ ...start, labelEnd: Math.max(start.labelEnd, figure.end) })
      arounds.push(undefined)
      listSubjects.push('')
      continue
    }
    const previous = figures[index - 1]
    const previousDone = done[index - 1]
    const sameClause = previous !== undefined && previous.end > clauseStart
    const left = sameClause ? Math.max(clauseStart, previousDone.labelEnd) : clauseStart
    const rawBefore = text.slice(Math.min(left, figure.leadStart), figure.leadStart)
    const sameSentence =
      previous !== undefined && !hasBreak(text, previous.end, figure.start, sentenceBreaks)
    const around: Surroundings = {
      figure,
      index,
      before: cleanPhrase(rawBefore),
      rawBefore,
      previous,
      previousDone,
      sameClause,
      previousLabel: sameSentence ? previousDone.label : '',
    }
    const atFigure = { labelEnd: figure.end, fromAfter: false }
    let labelled: LabelAndEnd
    if (figure.ratioPart !== undefined) {
      labelled = { label: figureWords.ratio.labels[figure.ratioPart], ...atFigure }
    } else if (figure.duration !== undefined) {
      labelled = { label: labelDuration(text, figure, around.before), ...atFigure }
    } else if (figure.kind === 'change') {
      labelled = { label: labelChange(around), ...atFigure }
    } else if (figure.kind === 'rate') {
      labelled = { label: labelRate(text, figures, around), ...atFigure }
    } else {
      labelled = labelQuantity(text, figures, around)
    }
    const linkedTo = linkOf(text, figures, done, around)
    done.push({ ...labelled, linkedTo })
    arounds.push(around)
    listSubjects.push(rawBefore.includes('分别') ? around.before : '')
  }
  labelLists(text, figures, done, listSubjects)
  return done.map((labelled, index) => {
    const around = arounds[index]
    const generic = around !== undefined && genericHeads.has(labelled.label)
    const label = generic ? qualifyGeneric(text, figures, done, index, around) : labelled.label
    return { label: plainLabel(label), linkedTo: labelled.linkedTo }
  })
}
