import { describe, expect, it } from 'vitest'
import type { CheckSeverity } from '../shared/checks/check-finding'
import { checkNumberUsage } from './check-number-usage'
import { rangeSeparators, rangeWords } from '../shared/extraction/lexicon'

interface Planted {
  text: string
  /** The span the finding must cover, as written. */
  flagged: string
  suggestion: string | undefined
  severity: CheckSeverity
}

function flags(
  text: string,
  flagged: string,
  suggestion: string | undefined,
  severity: CheckSeverity = 'warning',
): Planted {
  return { text, flagged, suggestion, severity }
}

const planted: Planted[] = [
  // Only 万 and 亿 may follow Arabic digits.
  flags('全年新增城镇就业4千人，超额完成省定目标。', '4千', '4000'),
  flags('争取中央预算内投资1千3百万元，用于农村供水保障。', '1千3百万', '1300万'),
  flags('新建高标准农田3百亩，带动周边农户增收。', '3百', '300'),
  flags('全区一般公共预算收入3亿4千万元，增长6.1%。', '3亿4千万', '3.4亿'),
  flags('全年接待游客1万3千人次。', '1万3千', '1.3万'),
  flags('全区共有1百零8个行政村。', '1百零8', '108'),
  // "3千5" could be 3500 or 3005: flagged, but without a guess.
  flags('全年培训新型职业农民3千5人。', '3千5', undefined),
  // Ranges repeat 万, 亿 and %.
  flags('项目建成后预计拉动社会投资9～16亿元。', '9～16亿', '9亿～16亿'),
  flags('重点企业产值增速保持在15～30%之间。', '15～30%', '15%～30%'),
  flags('对改造农户每户给予3-5万元一次性补助。', '3-5万', '3万～5万'),
  flags('单个项目奖励资金1000至2000万元。', '1000至2000万', '1000万至2000万'),
  // Years.
  flags('全面完成二零二五年度目标任务。', '二零二五', '二〇二五'),
  flags('二○二四年以来，全区累计新建5G基站200个。', '二○二四', '二〇二四'),
  flags('老旧供热管网改造计划于25年底前全部完工。', '25年', '2025年'),
  flags('25年上半年，全区规上工业增加值增长8.2%。', '25年', '2025年'),
  flags('24年3月，振兴村获评全国文明村。', '24年', '2024年'),
  // 98年 might be 1998 or 2098: flagged without a guess.
  flags('98年底建成的老旧小区全部纳入改造计划。', '98年', undefined),
  // A quantity's 0 is 零.
  flags('全区共有一百〇八个行政村。', '〇', '零'),
  // Full-width digits.
  flags('全年原煤产量３５９８万吨。', '３５９８', '3598'),
  flags('绿电规模同比增长４６．５%。', '４６．５', '46.5'),
  // Percentages: Chinese and Arabic digits mixed, or two forms in one text.
  flags('贫困发生率降至百分之0.5以下。', '百分之0.5', '0.5%'),
  flags(
    '参保率达98%，覆盖率达95%，老年人口占百分之二十一点五。',
    '百分之二十一点五',
    '21.5%',
    'info',
  ),
  flags('参保率达百分之九十八，覆盖率达百分之九十五，占21%。', '21%', '百分之二十一', 'info'),
]

const clean = [
  '34个涉煤项目完成投资10.5亿元，9480万千瓦时绿电规模同比增长46%。',
  '全国经济总量突破130万亿元，全区人口35万。',
  // Units that start with 千 or 百.
  '新建污水管网3千米，新增光伏装机2千瓦，提高1.5个百分点。',
  // Ranges that may drop their unit, and ranges written in full.
  '2024～2025年连续两年获评全省先进，3～5个重点项目同步推进。',
  '预计拉动投资9亿～16亿元，增速保持在15%～30%，每户补助3万～5万元。',
  // Durations and ordinals are no shortened years.
  '建区25年来，近25年间累计投入资金，这是第25年举办，坚守25年初心不改。',
  '历经25年底蕴深厚，连续15年度过汛期，用了25年初步建成。',
  // Years written the standard way, and Chinese numerals for quantities.
  '上党区交出二〇二五年高质量发展答卷，三千零五十户群众受益。',
  // Codes, dates and phone numbers are no ranges.
  '咨询电话0355-2021234，依据GB/T 15835-2011，于2025-01-01施行，PM2.5浓度下降。',
  // 百分之百 is an idiom, not a percentage written in Chinese.
  '群众满意度达到百分之百，参保率达98%。',
  // One form throughout is fine.
  '贫困发生率降至百分之零点五，农村集体经济收入增长百分之十二。',
]

describe('checkNumberUsage', () => {
  it.each(planted)('flags “$flagged” in $text', ({ text, flagged, suggestion, severity }) => {
    const start = text.indexOf(flagged)
    const end = start + flagged.length
    const findings = checkNumberUsage(text)
    const expected = { rule: 'number-usage', severity, start, end }
    expect(findings).toEqual([expect.objectContaining(expected)])
    expect(findings[0].suggestion).toBe(suggestion)
    expect(findings[0].message).toContain(flagged)
  })

  it.each(clean)('leaves alone: %s', (text) => {
    expect(checkNumberUsage(text)).toEqual([])
  })

  it('writes the message in Chinese from the locale file', () => {
    const [finding] = checkNumberUsage('预计拉动社会投资9～16亿元。')
    expect(finding.message).toBe(
      '数值范围中前一个数值省略“亿”会产生歧义：“9～16亿”应写作“9亿～16亿”。',
    )
  })

  it('returns findings in text order', () => {
    const findings = checkNumberUsage('二零二五年新增就业4千人，增速15～30%，原煤３５９８万吨。')
    const starts = findings.map((finding) => finding.start)
    expect(starts).toEqual([0, 9, 15, 24])
  })
})

describe('shortened years completed from the report’s year', () => {
  it.each([
    ['24年全县粮食总产达到23.8万吨。', '24年', '2024年'],
    ['23年，全县启动“三年攻坚行动”。', '23年', '2023年'],
    ['自23年启动“无废城市”建设以来，成效明显。', '23年', '2023年'],
    ['22年以来，全县累计新建农村供水工程178处。', '22年', '2022年'],
    ['力争26年全县新能源装机突破3GW。', '26年', '2026年'],
    ['98年全县遭受特大洪灾。', '98年', '1998年'],
  ])('%s', (text, flagged, suggestion) => {
    const start = text.indexOf(flagged)
    expect(checkNumberUsage(text, 2025)).toEqual([
      expect.objectContaining({ rule: 'number-usage', start, end: start + 3, suggestion }),
    ])
  })

  it('completes to the century nearest the report’s year', () => {
    expect(checkNumberUsage('99年底建成。', 2005)[0].suggestion).toBe('1999年')
    expect(checkNumberUsage('05年底建成。', 2098)[0].suggestion).toBe('2105年')
  })

  it.each([
    '松洼煤矿连续24年实现安全生产。',
    '建县24年来，全县面貌焕然一新。',
    '建区24年，城区面积扩大一倍。',
    '24年来，全县干部群众接续奋斗。',
    '坚守24年，他把青春献给了山区教育。',
    '在24年间，全县累计投入资金86亿元。',
  ])('leaves the duration alone: %s', (text) => {
    expect(checkNumberUsage(text, 2025)).toEqual([])
  })
})

describe('range separators', () => {
  it.each(rangeSeparators)('adds the magnitude to the first end of 9%s16亿元', (separator) => {
    const joiner = rangeWords.includes(separator) ? separator : '～'
    const text = `投资9${separator}16亿元。`
    expect(checkNumberUsage(text)).toEqual([
      expect.objectContaining({
        messageKey: 'numberUsage.rangeMagnitude',
        start: 2,
        end: 2 + `9${separator}16亿`.length,
        suggestion: `9亿${joiner}16亿`,
      }),
    ])
  })
})
