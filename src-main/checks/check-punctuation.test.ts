import { describe, expect, it } from 'vitest'
import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import { checkPunctuation } from './check-punctuation'
import { rangeDashes, rangeSeparators } from '../shared/extraction/lexicon'

interface Planted {
  text: string
  /** Every span flagged, as written, with its suggestion; `at` picks a later occurrence. */
  flagged: { written: string; at?: number; suggestion: string | undefined }[]
  severity: CheckSeverity
}

const planted: Planted[] = [
  // Half-width marks in Chinese sentences.
  {
    text: '全年实现城镇新增就业5580人,超额完成省定目标。',
    flagged: [{ written: ',', suggestion: '，' }],
    severity: 'warning',
  },
  {
    text: '生态环境持续向好.推动高质量发展，生态是必须守住的底线。',
    flagged: [{ written: '.', suggestion: '。' }],
    severity: 'warning',
  },
  {
    text: '主要做法有: 一是强化组织领导;二是压实工作责任?',
    flagged: [
      { written: ': ', suggestion: '：' },
      { written: ';', suggestion: '；' },
      { written: '?', suggestion: '？' },
    ],
    severity: 'warning',
  },
  {
    text: 'PM2.5(细颗粒物)浓度同比下降11.8%.',
    flagged: [
      { written: '(', suggestion: '（' },
      { written: ')', suggestion: '）' },
      { written: '.', at: 20, suggestion: '。' },
    ],
    severity: 'warning',
  },
  {
    text: '全年开展文化惠民活动共计800.群众精神文化生活更加丰富多彩！',
    flagged: [{ written: '.', suggestion: '。' }],
    severity: 'warning',
  },
  {
    text: '新质生产力正加速破土成林...',
    flagged: [{ written: '...', suggestion: '……' }],
    severity: 'warning',
  },
  // Straight quotes.
  {
    text: '紧扣"四宜"上党建设目标，让\'黑色黄金\'焕发绿色动能。',
    flagged: [
      { written: '"', suggestion: '“' },
      { written: '"', at: 5, suggestion: '”' },
      { written: "'", suggestion: '‘' },
      { written: "'", at: 17, suggestion: '’' },
    ],
    severity: 'warning',
  },
  // Unpaired marks.
  {
    text: '紧扣“四宜”上党建设目标，为“十四五规划圆满收官写下浓墨重彩的一笔。',
    flagged: [{ written: '“', at: 6, suggestion: undefined }],
    severity: 'error',
  },
  {
    text: '坚持“引进来”与“走出去”）并举，学习《千万工程》经验。',
    flagged: [{ written: '）', suggestion: undefined }],
    severity: 'error',
  },
  {
    text: '【聚焦两会上党区交出高质量发展答卷',
    flagged: [{ written: '【', suggestion: undefined }],
    severity: 'error',
  },
  // Repeated and stacked marks.
  {
    text: '项目是发展的生命线，，全区上下以重大项目建设年为抓手。。',
    flagged: [
      { written: '，，', suggestion: '，' },
      { written: '。。', suggestion: '。' },
    ],
    severity: 'error',
  },
  {
    text: '让高质量发展号角在太行山下更响亮！！',
    flagged: [{ written: '！！', suggestion: '！' }],
    severity: 'info',
  },
  {
    text: '城乡居民人均可支配收入分别增长7%和6.5%，。化解1.9万套房屋登记难问题。',
    flagged: [{ written: '，。', suggestion: undefined }],
    severity: 'warning',
  },
  // Dashes in ranges.
  {
    text: '每个村配备3~5名网格员，培训时长2-3天。',
    flagged: [
      { written: '~', suggestion: '～' },
      { written: '-', suggestion: '～' },
    ],
    severity: 'warning',
  },
  {
    text: '2024-2025年连续两年获评全省先进，1-3月完成投资12亿元。',
    flagged: [
      { written: '-', suggestion: '—' },
      { written: '-', at: 10, suggestion: '—' },
    ],
    severity: 'warning',
  },
  {
    text: '每个项目安排3—5名专班人员。',
    flagged: [{ written: '—', suggestion: '～' }],
    severity: 'info',
  },
  // No 、 between quoted or titled items.
  {
    text: '“飞地招商”、“绿电招商”、“以商招商”多管齐下，学习《条例》、《办法》。',
    flagged: [
      { written: '”、“', suggestion: '”“' },
      { written: '”、“', at: 7, suggestion: '”“' },
      { written: '》、《', suggestion: '》《' },
    ],
    severity: 'warning',
  },
]

function expectedFindings(text: string, planted: Planted): Partial<CheckFinding>[] {
  return planted.flagged.map(({ written, at, suggestion }) => {
    const start = text.indexOf(written, at ?? 0)
    const finding: Partial<CheckFinding> = {
      rule: 'punctuation',
      severity: planted.severity,
      start,
      end: start + written.length,
    }
    return suggestion === undefined ? finding : { ...finding, suggestion }
  })
}

const clean = [
  // From the sample: marks the standard asks for.
  '“飞地招商”“绿电招商”“以商招商”多管齐下，全年签约项目86个、金额162.3亿元，开工率超70%；坚持“引进来”与“走出去”并举。',
  '太行深处焕新颜 实干笃行向未来\n——上党区交出二〇二五年高质量发展答卷',
  // Decimals, codes, Latin abbreviations, times and ratios.
  '建成5G基站200个，PM2.5浓度下降，A.M.时段车流量3.5万辆，会议于10:30开始，比分3:1。',
  // URLs and e-mail addresses keep their ASCII marks.
  '详见https://www.changzhi.gov.cn/zwgk/index.html?id=1,2，或来信sdq.rmt@163.com咨询。',
  // Arabic list numbers take a full stop at a paragraph start or after a mark (GB/T 15834).
  '1.坚持党建引领\n目标：1.稳增长；2.促改革。',
  // Ellipsis, dash, ？！ and an explanatory note between quoted items.
  '发展成果……来之不易——我们怎能不骄傲？！“四宜”（宜居、宜业）、“四城”同步推进。',
  // Negative numbers, dates, phone numbers, scores, standards, the wave dash and year spans.
  '气温-5℃，于2025-01-01施行，电话0355-2021234、138-1234-5678，以3-1获胜，GB/T 15834-2011。',
  '3～5个，2021—2025年，1—3月，2024～2025年。',
  // A quotation over paragraphs opens each one with “ and closes only at its end.
  '“第一段引文，\n“第二段引文，\n\n“第三段引文结束。”',
  // English inside a Chinese text keeps its own punctuation.
  "他引用了“It’s time, don't wait!”这句话。",
  // Half-width parentheses around Latin text only.
  '地区生产总值(GDP)增长6.5%。',
]

describe('checkPunctuation', () => {
  it.each(planted)('flags $text', (entry) => {
    const findings = checkPunctuation(entry.text).map(
      ({ message, messageKey, messageParams, ...finding }) => {
        expect(message).not.toBe('')
        expect(messageKey).toMatch(/^punctuation\./)
        expect(messageParams).toBeDefined()
        return finding
      },
    )
    expect(findings).toEqual(expectedFindings(entry.text, entry))
  })

  it.each(clean)('leaves alone: %s', (text) => {
    expect(checkPunctuation(text)).toEqual([])
  })

  it('writes the messages in Chinese from the locale file', () => {
    const [half, unpaired] = checkPunctuation('全年增长7%,《报告')
    expect(half.message).toBe('中文语句中应使用全角标点：, 应为“，”。')
    expect(unpaired.message).toBe('《 没有配对：本段中缺少对应的 》。')
  })

  it('closes a quotation over paragraphs only when the next one opens with “', () => {
    const text = '“第一段引文，\n第二段没有前引号。”'
    expect(checkPunctuation(text)).toEqual([
      expect.objectContaining({ start: 0, end: 1, severity: 'error' }),
      expect.objectContaining({ start: text.indexOf('”'), end: text.indexOf('”') + 1 }),
    ])
  })

  it('reports marks left open inside another pair', () => {
    const text = '学习《关于“千万工程的报告》。'
    expect(checkPunctuation(text)).toEqual([
      expect.objectContaining({ start: text.indexOf('“'), end: text.indexOf('“') + 1 }),
    ])
  })
})

describe('range marks', () => {
  it.each(rangeDashes)('suggests ～ for %s between the ends of a range of values', (dash) => {
    const text = `新建3${dash}5个村。`
    expect(checkPunctuation(text)).toEqual([
      expect.objectContaining({
        messageKey: dash === '—' ? 'punctuation.rangeEmDash' : 'punctuation.rangeDash',
        severity: dash === '—' ? 'info' : 'warning',
        start: 3,
        end: 4,
        suggestion: '～',
      }),
    ])
  })

  it.each(rangeSeparators.filter((separator) => !rangeDashes.includes(separator)))(
    'accepts %s between the ends of a range',
    (separator) => {
      expect(checkPunctuation(`新建3${separator}5个村。`)).toEqual([])
    },
  )
})
