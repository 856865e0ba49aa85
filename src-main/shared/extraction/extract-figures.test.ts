import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFigure } from '../document/format-figure'
import { formatChineseInteger } from './numerals'
import type { ExtractedFigure } from './extracted-figure'
import { extractFigures } from './extract-figures'
import { rangeSeparators } from './lexicon'
import type { PublicFigure } from './public-figure'
import { toPublicFigure } from './public-figure'

/** What the sentence tables compare; links and durations have tests of their own. */
type ComparedFigure = Omit<PublicFigure, 'linkedTo' | 'duration'>
type Expected = Omit<ComparedFigure, 'start' | 'end'> & { occurrence?: number }

/** The expected figure, its offsets found by searching the sentence (not by the extractor). */
function figure(sentence: string, expected: Expected): ComparedFigure {
  let start = sentence.indexOf(expected.text)
  for (let skip = expected.occurrence ?? 0; skip > 0; skip--) {
    start = sentence.indexOf(expected.text, start + 1)
  }
  const { occurrence: _occurrence, ...fields } = expected
  return {
    text: fields.text,
    start,
    end: start + fields.text.length,
    value: fields.value,
    unit: fields.unit,
    displayUnit: fields.displayUnit,
    qualifier: fields.qualifier,
    kind: fields.kind,
    label: fields.label,
  }
}

function publicFiguresIn(sentence: string): ComparedFigure[] {
  return extractFigures(sentence).map((found) => {
    const { linkedTo: _linkedTo, duration: _duration, ...compared } = toPublicFigure(found)
    return compared
  })
}

function toFullWidth(digits: string): string {
  return digits.replace(/[0-9.]/g, (char) =>
    char === '.' ? '．' : String.fromCharCode(char.charCodeAt(0) + 0xfee0),
  )
}

function expectWritable(input: string, figures: ExtractedFigure[]): void {
  let previousEnd = 0
  for (const found of figures) {
    expect(input.slice(found.start, found.end)).toBe(found.text)
    expect(formatFigure(found.value, found.style)).toBe(found.text)
    expect(found.label.length).toBeGreaterThan(0)
    expect(found.start).toBeGreaterThanOrEqual(previousEnd)
    previousEnd = found.end
  }
}

type Qualifier = PublicFigure['qualifier']

function amount(
  text: string,
  value: number,
  unit: string,
  displayUnit: string,
  label: string,
  qualifier: Qualifier = 'exact',
): Expected {
  return { text, value, unit, displayUnit, qualifier, kind: 'amount', label }
}

function count(
  text: string,
  value: number,
  unit: string,
  displayUnit: string,
  label: string,
  qualifier: Qualifier = 'exact',
): Expected {
  return { text, value, unit, displayUnit, qualifier, kind: 'count', label }
}

function rate(
  text: string,
  value: number,
  label: string,
  qualifier: Qualifier = 'exact',
): Expected {
  return { text, value, unit: '%', displayUnit: '%', qualifier, kind: 'rate', label }
}

function change(
  text: string,
  value: number,
  label: string,
  qualifier: Qualifier = 'exact',
): Expected {
  return { text, value, unit: '%', displayUnit: '%', qualifier, kind: 'change', label }
}

function points(text: string, value: number, label: string): Expected {
  const unit = '百分点'
  return { text, value, unit, displayUnit: '个百分点', qualifier: 'exact', kind: 'change', label }
}

const cases: [string, Expected[]][] = [
  [
    '实现地区生产总值451.3亿元、增长5.2%',
    [
      amount('451.3亿元', 45130000000, '元', '亿元', '地区生产总值'),
      change('5.2%', 5.2, '地区生产总值增幅'),
    ],
  ],
  [
    '粮食总产量稳定在30万吨以上',
    [amount('30万吨以上', 300000, '吨', '万吨', '粮食总产量', 'over')],
  ],
  [
    '新建改造农村公路120余公里',
    [amount('120余公里', 120, '公里', '公里', '新建改造农村公路', 'about')],
  ],
  ['引进项目二十余个', [count('二十余个', 20, '个', '个', '引进项目', 'about')]],
  ['占比提高3.5个百分点', [points('3.5个百分点', 3.5, '占比增幅')]],
  ['全区常住人口近3万人', [count('3万人', 30000, '人', '万人', '常住人口', 'about')]],
  ['城镇登记失业率不足5%', [rate('5%', 5, '城镇登记失业率', 'under')]],
  [
    '投资1,200万元建设污水处理厂',
    [amount('1,200万元', 12000000, '元', '万元', '建设污水处理厂投资')],
  ],
  ['全年接待游客１２３万人次', [count('１２３万人次', 1230000, '人次', '万人次', '接待游客')]],
  [
    '预计总投资9亿～16亿元',
    [
      amount('9亿', 900000000, '元', '亿元', '总投资'),
      amount('16亿元', 1600000000, '元', '亿元', '总投资'),
    ],
  ],
  [
    '预计总投资9～16亿元',
    [
      amount('9', 900000000, '元', '亿元', '总投资'),
      amount('16亿元', 1600000000, '元', '亿元', '总投资'),
    ],
  ],
  ['年均增长15%～30%', [change('15%', 15, '增幅'), change('30%', 30, '增幅')]],
  [
    '中药材种植占比15%～30%',
    [rate('15%', 15, '中药材种植占比'), rate('30%', 30, '中药材种植占比')],
  ],
  [
    '计划新建3-5个示范点',
    [count('3', 3, '个', '个', '示范点'), count('5个', 5, '个', '个', '示范点')],
  ],
  [
    '计划建设三至五个园区',
    [count('三', 3, '个', '个', '园区'), count('五个', 5, '个', '个', '园区')],
  ],
  ['全区GDP达451 亿元', [amount('451 亿元', 45100000000, '元', '亿元', 'GDP')]],
  ['两家企业落户', [count('两家', 2, '家', '家', '落户企业')]],
  ['完成十二项改革任务', [count('十二项', 12, '项', '项', '改革任务')]],
  ['参训人员三千零五十二人', [count('三千零五十二人', 3052, '人', '人', '参训人员')]],
  ['参加活动群众5000人左右', [count('5000人左右', 5000, '人', '人', '参加活动群众', 'about')]],
  [
    'PM2.5平均浓度为35微克/立方米',
    [amount('35微克/立方米', 35, '微克/立方米', '微克/立方米', 'PM2.5平均浓度')],
  ],
  ['国家4A级旅游景区3家', [count('3家', 3, '家', '家', '国家4A级旅游景区')]],
  [
    '规上工业增加值增长9.1%，高于全省2.3个百分点',
    [change('9.1%', 9.1, '规上工业增加值增幅'), points('2.3个百分点', 2.3, '规上工业增加值增幅')],
  ],
  ['失业率降低了0.6个百分点', [points('0.6个百分点', -0.6, '失业率降幅')]],
  ['比全省低0.5个百分点', [points('0.5个百分点', -0.5, '降幅')]],
  ['PM2.5浓度同比下降11.8%', [change('11.8%', -11.8, 'PM2.5浓度降幅')]],
  ['万元GDP能耗下降3.2%', [change('3.2%', -3.2, '万元GDP能耗降幅')]],
  ['城镇化率提高到65.5%', [rate('65.5%', 65.5, '城镇化率')]],
  ['粮食产量下降到25万吨', [amount('25万吨', 250000, '吨', '万吨', '粮食产量')]],
  [
    '百分之九十以上的村完成改造',
    [{ ...rate('百分之九十以上', 90, '村', 'over'), displayUnit: '百分之' }],
  ],
  [
    '群众满意度达九成以上',
    [{ ...rate('九成以上', 9, '群众满意度', 'over'), unit: '成', displayUnit: '成' }],
  ],
  [
    '游客量增长近一倍',
    [{ ...change('一倍', 1, '游客量增幅', 'about'), unit: '倍', displayUnit: '倍' }],
  ],
  [
    '签约12个项目，节约资金300万元',
    [count('12个', 12, '个', '个', '项目'), amount('300万元', 3000000, '元', '万元', '节约资金')],
  ],
  ['全县完成投资三亿五千万元', [amount('三亿五千万元', 350000000, '元', '元', '投资')]],
  ['完成投资三千万元', [amount('三千万元', 30000000, '元', '万元', '投资')]],
  ['1-9月规上工业增加值增长8.1%', [change('8.1%', 8.1, '规上工业增加值增幅')]],
  [
    '城乡居民人均可支配收入分别达到42350元、18620元',
    [
      amount('42350元', 42350, '元', '元', '城镇居民人均可支配收入'),
      amount('18620元', 18620, '元', '元', '农村居民人均可支配收入'),
    ],
  ],
  [
    '城乡居民人均可支配收入分别增长7%和6.5%',
    [
      change('7%', 7, '城镇居民人均可支配收入增幅'),
      change('6.5%', 6.5, '农村居民人均可支配收入增幅'),
    ],
  ],
  ['城镇登记失业率控制在4.5%以内', [rate('4.5%以内', 4.5, '城镇登记失业率', 'under')]],
  ['调解成功率98.6％', [{ ...rate('98.6％', 98.6, '调解成功率'), displayUnit: '％' }]],
  [
    '人口自然增长率为3.5‰',
    [{ ...rate('3.5‰', 3.5, '人口自然增长率'), unit: '‰', displayUnit: '‰' }],
  ],
  ['投入资金2000余万元', [amount('2000余万元', 20000000, '元', '万元', '投入资金', 'about')]],
  [
    '在校学生3.2万余人，专任教师2800多名',
    [
      count('3.2万余人', 32000, '人', '万人', '在校学生', 'about'),
      count('2800多名', 2800, '名', '名', '专任教师', 'about'),
    ],
  ],
  ['空气质量优良天数达到300天', [amount('300天', 300, '天', '天', '空气质量优良天数')]],
  [
    '110千伏变电站2座',
    [amount('110千伏', 110, '千伏', '千伏', '变电站'), count('2座', 2, '座', '座', '变电站')],
  ],
  ['粮食产量超过30万吨', [amount('30万吨', 300000, '吨', '万吨', '粮食产量', 'over')]],
  ['总投资突破1000亿元', [amount('1000亿元', 100000000000, '元', '亿元', '总投资', 'over')]],
  ['培育规上企业逾200家', [count('200家', 200, '家', '家', '培育规上企业', 'over')]],
  ['惠及群众约3000人', [count('3000人', 3000, '人', '人', '惠及群众', 'about')]],
  ['贫困发生率不到1%', [rate('1%', 1, '贫困发生率', 'under')]],
  ['新增设380个充电桩', [count('380个', 380, '个', '个', '充电桩')]],
  ['一般公共预算收入增长5%左右', [change('5%左右', 5, '一般公共预算收入增幅', 'about')]],
  ['全年接待游客１２．５万人次', [count('１２．５万人次', 125000, '人次', '万人次', '接待游客')]],
  ['生猪出栏32.5万头', [count('32.5万头', 325000, '头', '万头', '生猪出栏')]],
  ['办理各类案件1,235件', [count('1,235件', 1235, '件', '件', '办理各类案件')]],
  ['带动就业1.1万人', [count('1.1万人', 11000, '人', '万人', '带动就业')]],
  ['人口35万', [count('35万', 350000, '', '万', '人口')]],
  [
    '全县128个村集体经济收入全部超过10万元',
    [
      count('128个', 128, '个', '个', '村集体经济收入'),
      amount('10万元', 100000, '元', '万元', '村集体经济收入', 'over'),
    ],
  ],
  [
    '投资2.8亿元的污水处理厂建成投用',
    [amount('2.8亿元', 280000000, '元', '亿元', '污水处理厂投资')],
  ],
  [
    '税收收入11.2亿元，占比达71.7%',
    [amount('11.2亿元', 1120000000, '元', '亿元', '税收收入'), rate('71.7%', 71.7, '税收收入占比')],
  ],
  [
    '高考本科上线人数首次突破3000人，达到3126人',
    [
      count('3000人', 3000, '人', '人', '高考本科上线人数', 'over'),
      count('3126人', 3126, '人', '人', '高考本科上线人数'),
    ],
  ],
  [
    'PM2.5平均浓度降至32微克/立方米',
    [amount('32微克/立方米', 32, '微克/立方米', '微克/立方米', 'PM2.5平均浓度')],
  ],
  ['全年增长5.5%', [change('5.5%', 5.5, '全年增幅')]],
  [
    '完成7项重点任务、完成率达到100%',
    [count('7项', 7, '项', '项', '重点任务'), rate('100%', 100, '完成率')],
  ],
  [
    '全县GDP总量首次突破200亿元大关',
    [amount('200亿元', 20000000000, '元', '亿元', 'GDP总量', 'over')],
  ],
  [
    '单个项目补助3万—5万元',
    [
      amount('3万', 30000, '元', '万元', '单个项目补助'),
      amount('5万元', 50000, '元', '万元', '单个项目补助'),
    ],
  ],
  ['参与群众两万余人', [count('两万余人', 20000, '人', '万人', '参与群众', 'about')]],
  ['在全省排名中跃升12位', [count('12位', 12, '位', '位', '在全省排名中')]],
]

describe('extractFigures', () => {
  it.each(cases)('reads %s', (sentence, expected) => {
    expect(publicFiguresIn(sentence)).toEqual(expected.map((item) => figure(sentence, item)))
  })

  it.each([
    '2024年',
    '2025年底',
    '3月5日',
    '“十四五”期间',
    '第一季度',
    '前三季度',
    '三年连降',
    '一年一个样',
    '一件件实事',
    '一系列举措',
    '一批项目',
    '新一轮建设热潮',
    '一份沉甸甸的答卷',
    '千万工程',
    '一站式服务',
    '一张网',
    '多管齐下',
    '第七届全国文明村',
    '第3位',
    '上党区一中',
    '四宜四城',
    '雄山二矿平急两用',
    '千家万户',
    '四面八方',
    '千方百计',
    '四个全面',
    '落实八项规定',
    'PM2.5浓度',
    'PM_{2.5}浓度',
    '5G网络',
    '4A级景区',
    '排名全省前10名',
    '二次供水',
    '二期工程',
    '党的二十届三中全会',
    '15分钟便民生活圈',
    '208国道',
    '12345热线',
    '1+N政策体系',
    '两会期间',
    '一是加强领导',
    '十分重要',
    '三个月',
    '数十个',
    '上千人',
    '每100人',
    '签约项目',
    '2.0版本',
  ])('finds no figure in %s', (text) => {
    expect(extractFigures(text)).toEqual([])
  })

  it('keeps how each figure is written', () => {
    const written = [
      '3598万吨',
      '投资1,200万元',
      '增长2.50%',
      '游客１２．５万人次',
      '两家',
      '三千万元',
      '百分之九十以上',
      '451 亿元',
      '300余米',
    ]
    const styles = extractFigures(written.join('，')).map((found) => found.style)
    const plain = {
      scale: 1,
      numerals: 'arabic',
      grouping: false,
      decimals: 0,
      magnitude: false,
      fullWidth: false,
    }
    expect(styles).toEqual([
      { ...plain, template: '{v}万吨', scale: 10000 },
      { ...plain, template: '{v}万元', scale: 10000, grouping: true },
      { ...plain, template: '{v}%', decimals: 2, magnitude: true },
      { ...plain, template: '{v}万人次', scale: 10000, decimals: 1, fullWidth: true },
      { ...plain, template: '{v}家', numerals: 'chinese-liang' },
      { ...plain, template: '{v}万元', scale: 10000, numerals: 'chinese' },
      { ...plain, template: '百分之{v}以上', numerals: 'chinese' },
      { ...plain, template: '{v} 亿元', scale: 100000000 },
      { ...plain, template: '{v}余米' },
    ])
  })

  it('writes a change back as its magnitude with the sign in the value', () => {
    const [fell] = extractFigures('PM2.5浓度同比下降11.8%')
    expect(fell.value).toBe(-11.8)
    expect(formatFigure(fell.value, fell.style)).toBe('11.8%')
    expect(formatFigure(-9.5, fell.style)).toBe('9.5%')
  })

  it('leaves out a numeral its style could not write back', () => {
    expect(extractFigures('两千两百人，一十二个，１２.5万人')).toEqual([])
  })

  it('writes back every figure of every tricky case', () => {
    for (const [sentence] of cases) {
      expectWritable(sentence, extractFigures(sentence))
    }
  })

  it('writes back any Arabic figure it reads, with its value', () => {
    const units = ['吨', '元', '个', '公里', '%', '人次', '亩']
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(['', 0], ['万', 4], ['亿', 8]),
        fc.constantFrom(...units),
        fc.boolean(),
        (whole, fraction, decimals, [multiplier, exponent], unit, fullWidth) => {
          const fractionDigits = String(fraction).padStart(2, '0').slice(0, decimals)
          const digits = decimals === 0 ? String(whole) : `${whole}.${fractionDigits}`
          const written = fullWidth ? toFullWidth(digits) : digits
          const sentence = `全年完成产量${written}${multiplier}${unit}。`
          const found = extractFigures(sentence)
          expect(found).toHaveLength(1)
          expect(found[0].text).toBe(`${written}${multiplier}${unit}`)
          expect(found[0].value).toBe(Number(`${digits}e${exponent}`))
          expectWritable(sentence, found)
        },
      ),
    )
  })

  it('writes back any Chinese count it reads, with its value', () => {
    const values = fc.integer({ min: 2, max: 99_999_999 })
    fc.assert(
      fc.property(values, fc.constantFrom('吨', '座', '户'), (value, unit) => {
        const numeral = formatChineseInteger(value)
        const sentence = `全年新建项目${numeral}${unit}。`
        const found = extractFigures(sentence)
        // 二 before a measure word is an ordinal (二次, 二期); counts say 两.
        const isOrdinal = numeral === '二' && unit !== '吨'
        expect(found.map((item) => item.value)).toEqual(isOrdinal ? [] : [value])
        expectWritable(sentence, found)
      }),
    )
  })

  it('keeps its promises on any mix of report fragments', () => {
    const fragments = [
      ' ',
      ...(
        '全年 实现 增长 下降 同比 约 超过 不足 近 余 多 以上 左右 ， 。 、 和 ～ - 至 第 的 ' +
        '项目 投资 收入 率 占比 3 12 1,200 0.5 １２ ． . 万 亿 千 百 十 二 两 三 一 零 五 个 ' +
        '家 吨 元 % ％ 个百分点 成 倍 年 月 日 人次 万人 公里 十四五 2025年 二〇二五年 百分之 ' +
        '分钟 圈 前 名 每 A PM _{ } “ ” 以内 降至 提高到 平方米 千瓦时 /'
      ).split(' '),
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const input = parts.join('')
        expectWritable(input, extractFigures(input))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('links between figures', () => {
  const linksIn = (sentence: string) =>
    extractFigures(sentence).map((found) => [found.text, found.label, found.linkedTo])

  it('links a change to the amount whose subject it continues', () => {
    expect(linksIn('9480万千瓦时绿电规模同比增长46%')).toEqual([
      ['9480万千瓦时', '绿电规模', null],
      ['46%', '绿电规模增幅', 0],
    ])
    expect(linksIn('地区生产总值451.3亿元、增长5.2%')).toEqual([
      ['451.3亿元', '地区生产总值', null],
      ['5.2%', '地区生产总值增幅', 0],
    ])
  })

  it('links a change whose own subject is the label of an earlier amount in the sentence', () => {
    expect(linksIn('地区生产总值达到451.3亿元，地区生产总值同比增长5.2%')).toEqual([
      ['451.3亿元', '地区生产总值', null],
      ['5.2%', '地区生产总值增幅', 0],
    ])
  })

  it('leaves a change alone when its subject differs from the amount before it', () => {
    expect(linksIn('全年实现城镇新增就业5580人，城乡居民人均可支配收入分别增长7%和6.5%')).toEqual([
      ['5580人', '城镇新增就业', null],
      ['7%', '城镇居民人均可支配收入增幅', null],
      ['6.5%', '农村居民人均可支配收入增幅', null],
    ])
    expect(linksIn('166个新建项目入库入统，固定资产投资预计增长10%以上')).toEqual([
      ['166个', '新建项目', null],
      ['10%以上', '固定资产投资增幅', null],
    ])
  })

  it('does not link across sentences', () => {
    expect(linksIn('原煤产量3598万吨。同比增长3%')[1][2]).toBeNull()
  })

  it('links a bare share to the amount before it, and no other rate', () => {
    expect(linksIn('税收收入11.2亿元，占比达71.7%')).toEqual([
      ['11.2亿元', '税收收入', null],
      ['71.7%', '税收收入占比', 0],
    ])
    expect(linksIn('全年签约项目86个、金额162.3亿元，开工率超70%')).toEqual([
      ['86个', '签约项目', null],
      ['162.3亿元', '签约项目金额', null],
      ['70%', '开工率', null],
    ])
  })

  it('links a change in 百分点 to the rate it continues', () => {
    expect(linksIn('本科达线率99.27%，提高1.2个百分点')).toEqual([
      ['99.27%', '本科达线率', null],
      ['1.2个百分点', '本科达线率增幅', 0],
    ])
  })
})

describe('labels a reader understands', () => {
  const labelsIn = (sentence: string) => extractFigures(sentence).map((found) => found.label)

  it('qualifies a generic head from its sentence', () => {
    expect(labelsIn('391个项目滚动实施')).toEqual(['滚动实施项目'])
    expect(labelsIn('绿能物流、散煤清零等28个项目成功争取政策资金11.5亿元')).toEqual([
      '争取政策资金项目',
      '政策资金',
    ])
    expect(labelsIn('25个项目实现“拿地即开工”')).toEqual(['拿地即开工项目'])
    expect(labelsIn('全年签约项目86个、金额162.3亿元')).toEqual(['签约项目', '签约项目金额'])
  })

  it('writes PM2.5 as plain text in a label', () => {
    expect(labelsIn('PM_{2.5}浓度同比下降11.8%')).toEqual(['PM2.5浓度降幅'])
  })
})

describe('ranges', () => {
  it.each(rangeSeparators)('reads both ends of a range joined by %s', (separator) => {
    const figures = extractFigures(`全县新建3${separator}5个村级活动场所。`)
    expect(figures.map(({ value, unit, text }) => ({ value, unit, text }))).toEqual([
      { value: 3, unit: '个', text: '3' },
      { value: 5, unit: '个', text: '5个' },
    ])
  })
})
