import { describe, expect, it } from 'vitest'
import { formatFigure } from '../document/format-figure'
import { extractFigures } from './extract-figures'

/** text, value, unit, qualifier, kind, label and duration of each figure, in order. */
function read(sentence: string) {
  return extractFigures(sentence).map((figure) => {
    expect(formatFigure(figure.value, figure.style)).toBe(figure.text)
    const { text, value, unit, qualifier, kind, label, duration } = figure
    return { text, value, unit, qualifier, kind, label, duration }
  })
}

function texts(sentence: string): string[] {
  return extractFigures(sentence).map((figure) => figure.text)
}

describe('streaks and durations', () => {
  it.each([
    [
      '开发区连续五年获评全省优秀开发区。',
      '五年',
      5,
      '年',
      'streak',
      '开发区连续获评全省优秀开发区',
    ],
    ['岚溪红茶连续三届蝉联金奖。', '三届', 3, '届', 'streak', '岚溪红茶连续蝉联金奖'],
    ['全县连续两次获评全国文明县城。', '两次', 2, '次', 'streak', '连续获评全国文明县城'],
    ['该矿连续24年实现安全生产。', '24年', 24, '年', 'streak', '该矿连续实现安全生产'],
    ['争取资金11亿元，相当于过去三年之和。', '三年', 3, '年', 'period', '过去三年之和'],
    ['五年来，全县面貌焕然一新。', '五年', 5, '年', 'period', '五年来'],
    ['建区24年来，城区面积扩大一倍。', '24年', 24, '年', 'period', '建区24年来'],
  ])('%s', (sentence, text, value, unit, duration, label) => {
    expect(read(sentence)).toContainEqual({
      text,
      value,
      unit,
      qualifier: 'exact',
      kind: 'count',
      label,
      duration,
    })
  })

  it('reads 近 before a duration as "the last", and as "nearly" after a verb of time', () => {
    expect(read('近三年新建学校14所。')[0]).toMatchObject({ text: '三年', qualifier: 'exact' })
    expect(read('工程历时近三年建成。')[0]).toMatchObject({ text: '三年', qualifier: 'about' })
  })

  it('marks ordinary counts as no duration', () => {
    expect(read('新建学校14所。')[0].duration).toBeNull()
  })

  it.each([
    '全县实施三年行动计划。',
    '编制五年规划。',
    '24年全县粮食总产达到历史最高。',
    '全县六年级学生全部参加，80年代建成的厂房。',
    '过去一年，我们砥砺前行。',
  ])('finds no duration in %s', (sentence) => {
    expect(read(sentence).filter((figure) => figure.unit === '年')).toEqual([])
  })
})

describe('structure ratios', () => {
  it.each([
    ['三次产业结构调整为8.5:42.3:49.2。', ['8.5', '42.3', '49.2']],
    ['三次产业比例优化为12.4：40.1：47.5。', ['12.4', '40.1', '47.5']],
    ['全区三次产业结构为2.9∶37.6∶59.5，服务业占比提高。', ['2.9', '37.6', '59.5']],
  ])('reads %s as three shares labelled by position', (sentence, parts) => {
    expect(read(sentence).slice(0, 3)).toEqual(
      parts.map((text, index) => ({
        text,
        value: Number(text),
        unit: '%',
        qualifier: 'exact',
        kind: 'rate',
        label: ['第一产业占比', '第二产业占比', '第三产业占比'][index],
        duration: null,
      })),
    )
  })

  it('writes each share back as written, so the ratio renders as one', () => {
    const sentence = '三次产业结构调整为8.5:42.3:49.2。'
    const figures = extractFigures(sentence)
    let rendered = ''
    let cursor = 0
    for (const figure of figures) {
      rendered += sentence.slice(cursor, figure.start) + formatFigure(figure.value, figure.style)
      cursor = figure.end
    }
    expect(rendered + sentence.slice(cursor)).toBe(sentence)
    expect(figures.map((figure) => figure.displayUnit)).toEqual(['%', '%', '%'])
  })

  it.each([
    '城乡居民收入比缩小到2.1:1。',
    '会议于10:30开始。',
    '三次产业结构调整为8.5:42.3:39.2。',
    '比分为3:2:1。',
  ])('finds no share in %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})

describe('Latin and compound units', () => {
  it.each([
    ['岭北50MW风电项目并网。', '50MW', 50, 'MW', '风电项目'],
    ['新能源装机达到2GW。', '2GW', 2, 'GW', '新能源装机'],
    ['新增光伏装机5万kW。', '5万kW', 50000, 'kW', '新增光伏装机'],
    ['建成220kV变电站。', '220kV', 220, 'kV', '变电站'],
    ['新建线路12km。', '12km', 12, 'km', '新建线路'],
    ['建成厂房5000m²。', '5000m²', 5000, 'm²', '建成厂房'],
    ['配套建设2台80t/h燃气锅炉。', '80t/h', 80, 't/h', '燃气锅炉'],
    ['年发电量3.5亿kWh。', '3.5亿kWh', 350000000, 'kWh', '年发电量'],
  ])('%s', (sentence, text, value, unit, label) => {
    expect(read(sentence)).toContainEqual({
      text,
      value,
      unit,
      qualifier: 'exact',
      kind: 'amount',
      label,
      duration: null,
    })
  })

  it('takes PM2.5, PM10, 5G, G5 and 100MWp as names, not figures', () => {
    expect(texts('PM2.5浓度下降，PM10浓度持平，新建5G基站，G5高速，100MWp组件。')).toEqual([])
    expect(texts('PM2.5平均浓度35微克/立方米，新建5G基站620个。')).toEqual([
      '35微克/立方米',
      '620个',
    ])
  })
})

describe('words that are not figures', () => {
  it.each([
    '县域经济保持两位数增幅。',
    '跨境电商交易额实现三位数增长。',
    '谋划储备项目一批。',
    '审批时间由三四个月压缩到一个月。',
    '“十四五”规划圆满收官。',
    '增速位居全市第一。',
    '深度融入“一带一路”建设。',
    '围绕双碳目标推进转型。',
    '胜利召开县十八届人大五次会议。',
  ])('%s', (sentence) => {
    expect(texts(sentence)).toEqual([])
  })

  it('still counts meetings and places', () => {
    expect(texts('召开常务会议3次，获评全省前三名的有两位代表。')).toEqual(['3次', '两位'])
  })
})

describe('labels', () => {
  it('takes the subject noun phrase a figure leads', () => {
    expect(read('9480万千瓦时绿电规模同比增长46%。').map((figure) => figure.label)).toEqual([
      '绿电规模',
      '绿电规模增幅',
    ])
  })

  it('qualifies a generic head from its sentence', () => {
    const labels = read('全年签约项目86个、金额162.3亿元。').map((figure) => figure.label)
    expect(labels).toEqual(['签约项目', '签约项目金额'])
  })

  it('pairs a 分别 list with the items of its subject', () => {
    const labels = read('城乡居民人均可支配收入分别达到41260元和19870元。').map(
      (figure) => figure.label,
    )
    expect(labels).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
  })
})

describe('round-two details', () => {
  it('reads 及以上 as a trailing qualifier and 件次 as a count', () => {
    expect(read('新建110kV及以上输电线路，受理来信来访1260件次。')).toEqual([
      {
        text: '110kV及以上',
        value: 110,
        unit: 'kV',
        qualifier: 'over',
        kind: 'amount',
        label: '输电线路',
        duration: null,
      },
      {
        text: '1260件次',
        value: 1260,
        unit: '件次',
        qualifier: 'exact',
        kind: 'count',
        label: '受理来信来访',
        duration: null,
      },
    ])
  })

  it('leaves a shortened year out of the label', () => {
    expect(read('24年全县粮食总产达到23万吨。')[0].label).toBe('粮食总产')
  })
})
