import { WordList } from './word-list'

/**
 * Heads that name no measure on their own: a label that is only one of these ("项目", "金额")
 * tells a reader nothing, so the labeller qualifies it from the sentence (签约项目金额,
 * 滚动实施项目) and a person may not rename a series to one.
 */
export const genericHeads = new Set([
  '项目',
  '企业',
  '金额',
  '资金',
  '投资',
  '总额',
  '指标',
  '数额',
  '数量',
  '比率',
  '增幅',
  '降幅',
  '数据',
])

/** Generic heads that measure the noun counted just before them ("签约项目86个、金额162.3亿元"). */
export const measureHeads = new Set(['金额', '资金', '投资', '总额'])

/** Words before a qualifying verb phrase that add nothing to it (成功争取 → 争取). */
export const verbPhraseNoise = new WordList('成功 顺利 实现 已经 已 均 全部 基本 累计 共 陆续 先后')

/**
 * Abbreviations that name two or more items at once, for 分别 lists: "城乡居民人均可支配收入
 * 分别增长7%和6.5%" is 城镇 7% and 农村 6.5%. Each entry lists its items in the order the
 * abbreviation names them, which is the order 分别 pairs them with the figures.
 */
export const compoundAbbreviations: readonly (readonly [string, readonly string[]])[] = [
  ['城乡', ['城镇', '农村']],
  ['中小学', ['中学', '小学']],
  ['中小学生', ['中学生', '小学生']],
  ['工农业', ['工业', '农业']],
  ['进出口', ['进口', '出口']],
  ['中小微企业', ['中型企业', '小型企业', '微型企业']],
  ['大中型', ['大型', '中型']],
  ['高中职', ['高中', '中职']],
  ['水电气', ['水', '电', '气']],
  ['男女', ['男性', '女性']],
]

/** Direction words and the word that states the opposite change, for fixing a stated direction. */
export const directionAntonyms: ReadonlyMap<string, string> = new Map([
  ['增长', '下降'],
  ['下降', '增长'],
  ['增加', '减少'],
  ['减少', '增加'],
  ['提高', '降低'],
  ['降低', '提高'],
  ['上升', '下降'],
  ['提升', '下降'],
  ['扩大', '缩小'],
  ['缩小', '扩大'],
  ['上涨', '下跌'],
  ['下跌', '上涨'],
  ['回升', '回落'],
  ['回落', '回升'],
])
