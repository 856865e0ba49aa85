import { describe, expect, it } from 'vitest'
import { checkTextChanges } from './check-text-changes'

interface Planted {
  text: string
  /** The change figure as written; the finding spans it. */
  flagged: string
  /** Only a wrong unit is corrected; a number that disagrees is left to a person. */
  suggestion: string | undefined
  message: string
}

const planted: Planted[] = [
  {
    text: '城镇新增就业从2.3万人增加到2.8万人，增长25%。',
    flagged: '25%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按2.3万人→2.8万人计算为增长21.7%，文中写作增长25%（如按可比价计算可忽略）。',
  },
  {
    text: '地区生产总值由2024年的200亿元增长到2025年的230亿元，同比增长18%。',
    flagged: '18%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按200亿元→230亿元计算为增长15.0%，文中写作增长18%（如按可比价计算可忽略）。',
  },
  {
    text: '粮食产量由12.5万吨增至13.4万吨，增长7.5%，实现“十连增”。',
    flagged: '7.5%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按12.5万吨→13.4万吨计算为增长7.2%，文中写作增长7.5%（如按可比价计算可忽略）。',
  },
  {
    text: '单位地区生产总值能耗从0.8吨标准煤下降到0.74吨标准煤，下降5.2%。',
    flagged: '5.2%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按0.8吨标准煤→0.74吨标准煤计算为下降7.5%，文中写作下降5.2%（如按可比价计算可忽略）。',
  },
  {
    text: '上党区一中本科达线率由95.5%提高到97%，提高1.5%。',
    flagged: '1.5%',
    suggestion: '1.5个百分点',
    message: '比率之差应以“百分点”表示：按95.5%→97%计算为提高1.5个百分点，文中写作提高1.5%。',
  },
  {
    text: '规上工业企业从100家减少到80家，同比增长20%。',
    flagged: '20%',
    suggestion: undefined,
    message: '增减方向与数据不符：按100家→80家计算为下降20.0%，文中写作增长20%。',
  },
]

planted.push(
  {
    text: '财政收入达到96亿元，较上年的80亿元增长25%。',
    flagged: '25%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按80亿元→96亿元计算为增长20.0%，文中写作增长25%（如按可比价计算可忽略）。',
  },
  {
    text: '全年接待游客由上年的120万人次下降到100万人次，同比增长8%。',
    flagged: '8%',
    suggestion: undefined,
    message: '增减方向与数据不符：按120万人次→100万人次计算为下降16.7%，文中写作增长8%。',
  },
  {
    text: '财政收入达到96亿元，比上年增加16亿元，增长25%。',
    flagged: '25%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按80亿元→96亿元计算为增长20.0%，文中写作增长25%（如按可比价计算可忽略）。',
  },
  {
    text: '能耗总量86万吨标准煤，比上年减少4万吨标准煤，下降5%。',
    flagged: '5%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按90万吨标准煤→86万吨标准煤计算为下降4.4%，文中写作下降5%（如按可比价计算可忽略）。',
  },
  {
    text: '规上工业总产值完成612.4亿元，比2024年的540亿元增长15.4%。',
    flagged: '15.4%',
    suggestion: undefined,
    message:
      '同比增幅与数据不符：按540亿元→612.4亿元计算为增长13.4%，文中写作增长15.4%（如按可比价计算可忽略）。',
  },
)

const clean = [
  // This year's value, then last year's after 较上年的, agreeing within rounding.
  '规上工业总产值完成612.4亿元，比上年的540亿元增长13.4%。',
  '城镇居民人均可支配收入达到43580元，比上年的41200元增长5.8%。',
  // This year's value and its difference from last year, agreeing.
  '财政收入达到96亿元，比上年增加16亿元，增长20%。',
  '全年接待游客452万人次，同比增加66万人次、增长17.1%。',
  '能耗总量86万吨标准煤，比上年减少4万吨标准煤，下降4.4%。',
  // Two amounts of different things, not a value and its difference.
  '完成投资96亿元，新增贷款16亿元，增长25%。',
  // A comparison with the province is no earlier value.
  '人均收入达到4.2万元，比全省的3.9万元高7.7%。',
  // The figures agree within rounding.
  '地区生产总值由2024年的200亿元增长到2025年的230亿元，同比增长15%。',
  '城镇新增就业从2.3万人增加到2.8万人，增长21.7%。',
  '上党区一中本科达线率由95.5%提高到97%，提高1.5个百分点。',
  // Not a before and after: two different measures, or no 由/从 … 到.
  '一产增加值20亿元，二产增加值50亿元，增长8%。',
  '全年签约项目86个、金额162.3亿元，开工率超70%，同比增长12%。',
  // Approximate values, a range, a start from zero, or a rate at comparable prices.
  '固定资产投资由约200亿元增长到230亿元，增长20%。',
  '补助标准从3至5万元不等，比上年增长20%。',
  '新能源企业从0家增加到5家，增长100%。',
  '地区生产总值由200亿元增长到230亿元，按可比价计算增长8.5%。',
]

describe('checkTextChanges', () => {
  it.each(planted)('flags the stated change in $text', ({ text, flagged, suggestion, message }) => {
    const start = text.indexOf(flagged)
    const expected = {
      rule: 'change-consistency',
      severity: 'warning',
      message,
      messageKey: expect.stringMatching(/^changeConsistency\./),
      messageParams: expect.any(Object),
      start,
      end: start + flagged.length,
      ...(suggestion === undefined ? {} : { suggestion }),
    }
    expect(checkTextChanges(text)).toEqual([expected])
  })

  it.each(clean)('leaves alone: %s', (text) => {
    expect(checkTextChanges(text)).toEqual([])
  })

  it('reports offsets in the whole text, sentence after sentence', () => {
    const first = '全年接待游客从120万人次增加到150万人次，增长25%。'
    const second = '农村居民人均可支配收入从1.6万元增长到1.7万元，增长8%。'
    const findings = checkTextChanges(`${first}\n${second}`)
    const start = first.length + 1 + second.indexOf('8%')
    // A mismatch is reported, never "fixed" with the computed number: only a person decides.
    expect(findings).toEqual([expect.objectContaining({ start, end: start + 2 })])
    expect(findings[0]!.suggestion).toBeUndefined()
  })
})
