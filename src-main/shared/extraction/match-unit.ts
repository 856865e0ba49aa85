import figureWords from './figure-words.json'

/** amount: money and physical quantities; count: measure words; relative: %, 百分点, 成, 倍 */
export type UnitClass = 'amount' | 'count' | 'relative'

/** A unit as written right after a number. */
export interface UnitMatch {
  /** As written: "千瓦时", "个百分点", "％", "元/吨". */
  written: string
  /** Normalised: "%" for ％, "百分点" for 个百分点; otherwise as written. */
  unit: string
  unitClass: UnitClass
  end: number
}

interface UnitEntry {
  written: string
  unit: string
  unitClass: UnitClass
  /** Only after Arabic digits: after Chinese numerals they are terms (两度, 三方, 二十届). */
  arabicOnly: boolean
}

const countUnits =
  '个 家 座 项 套 台套 户 场 场次 村 片 辆 人 人次 名 次 所 台 位 件 条 处 批 批次 ' +
  '份 栋 幢 间 张 部 部门 支 类 种 款 起 宗 例 篇 本 册 首 幅 株 棵 只 匹 架 架次 ' +
  '艘 列 趟 轮 镇 乡 乡镇 校 车次 盏 块 眼 根 堂 枚 笔 床 家次 件次 户次'
const arabicCountUnits = '头 羽 尾 班 班次 期 门 届'
const amountUnits =
  '元 美元 欧元 港元 吨 吨标准煤 吨标煤 千克 公斤 克 斤 升 毫升 千瓦时 千瓦 兆瓦 ' +
  '兆瓦时 吉瓦 瓦 千伏 千伏安 兆伏安 公里 千米 米 延米 厘米 毫米 平方米 平米 平方公里 ' +
  '平方千米 立方米 亩 公顷 标准箱 标箱 微克 毫克 岁 周岁 分贝 摄氏度 ℃'
const arabicAmountUnits = '度 伏 方 分 天 小时 个小时 分钟 秒 个月 个工作日 工作日'
const relativeUnits: [string, string][] = [
  ['%', '%'],
  ['％', '%'],
  ['‰', '‰'],
  ['个百分点', '百分点'],
  ['百分点', '百分点'],
  ['成', '成'],
  ['倍', '倍'],
]

/** A unit followed by these characters starts another word (期间, 家庭, 方面, 成本 …). */
const continuedWords = new Set(
  (
    '期间 名单 名称 名义 次要 次序 条件 条例 处理 处置 处于 类型 台账 所以 所在 ' +
    '所有 所属 场所 场景 家庭 家乡 人民 片区 户籍 户外 口之 头部 本身 部署 位于 ' +
    '位置 支持 支撑 届时 批复 批准 间隔 门槛 元素 元旦 升级 度假 天然 分之 分局 ' +
    '分公司 分院 分校 分别 分类 方面 方案 方式 方向 方法 方位 方针 方略 方言 方阵 ' +
    '成为 成本 成效 成果 成功 成立 成员 成熟 成交 成绩 成就 成长 成型 成都 成品 ' +
    '成不 个多月 个多小时 起来 例如'
  )
    .split(' ')
    .concat(figureWords.notFigures.afterUnit),
)

function entries(
  list: string | readonly string[],
  unitClass: UnitClass,
  arabicOnly: boolean,
): UnitEntry[] {
  const words = typeof list === 'string' ? list.split(' ') : list
  return words.map((written) => ({ written, unit: written, unitClass, arabicOnly }))
}

const latinDenominators = new Set(figureWords.latinUnits.denominators)

function isLatinLetter(char: string | undefined): boolean {
  const code = char === undefined ? 0 : char.charCodeAt(0) | 0x20
  return code >= 0x61 && code <= 0x7a
}

const unitsByFirstChar = new Map<string, UnitEntry[]>()
for (const entry of [
  ...entries(countUnits, 'count', false),
  ...entries(arabicCountUnits, 'count', true),
  ...entries(amountUnits, 'amount', false),
  ...entries(arabicAmountUnits, 'amount', true),
  ...entries(figureWords.latinUnits.amount, 'amount', true),
  ...relativeUnits.map(([written, unit]) => ({
    written,
    unit,
    unitClass: 'relative' as const,
    arabicOnly: false,
  })),
]) {
  const list = unitsByFirstChar.get(entry.written[0]) ?? []
  list.push(entry)
  list.sort((a, b) => b.written.length - a.written.length)
  unitsByFirstChar.set(entry.written[0], list)
}

function longestEntry(text: string, index: number): UnitEntry | undefined {
  return unitsByFirstChar.get(text[index])?.find((entry) => text.startsWith(entry.written, index))
}

function continuesWord(text: string, index: number, end: number): boolean {
  return (
    continuedWords.has(text.slice(index, end + 1)) ||
    continuedWords.has(text.slice(index, end + 2)) ||
    continuedWords.has(text.slice(index, end + 3))
  )
}

/** A Latin denominator after "/" (t/h), as long as no other letter follows it. */
function latinDenominatorAt(text: string, index: number): string | undefined {
  const char = text[index]
  return latinDenominators.has(char) && !isLatinLetter(text[index + 1]) ? char : undefined
}

/**
 * The unit written at `index`, longest first (千瓦时 before 千瓦), or undefined. After Chinese
 * numerals the Arabic-only units do not match and a shorter one is not tried, so 三个月 is no
 * count of 个. Rate denominators are joined: 元/吨, 微克/立方米, t/h. A Latin unit (MW, kV, m²,
 * see figure-words.json) is one only when no Latin letter follows it: 5G and 100MWp are names.
 */
export function matchUnit(
  text: string,
  index: number,
  numerals: 'arabic' | 'chinese',
): UnitMatch | undefined {
  const entry = longestEntry(text, index)
  if (!entry || (entry.arabicOnly && numerals === 'chinese')) {
    return undefined
  }
  const end = index + entry.written.length
  if (continuesWord(text, index, end) || (isLatinLetter(text[index]) && isLatinLetter(text[end]))) {
    return undefined
  }
  const latinDenominator = text[end] === '/' ? latinDenominatorAt(text, end + 1) : undefined
  if (latinDenominator && isLatinLetter(text[index])) {
    const written = `${entry.written}/${latinDenominator}`
    return { written, unit: written, unitClass: 'amount', end: end + 2 }
  }
  if (text[end] === '/' && entry.unitClass !== 'relative') {
    const denominator = longestEntry(text, end + 1)
    if (denominator && denominator.unitClass !== 'relative') {
      const written = `${entry.written}/${denominator.written}`
      const compositeEnd = end + 1 + denominator.written.length
      return { written, unit: written, unitClass: 'amount', end: compositeEnd }
    }
  }
  return { written: entry.written, unit: entry.unit, unitClass: entry.unitClass, end }
}
