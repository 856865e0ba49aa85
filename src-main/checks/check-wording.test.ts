import { describe, expect, it } from 'vitest'
import { checkWording } from './check-wording'
import { proofreadingWordList, readWordEntries } from './proofreading-word-list'
import { plainSegmenter, wordSegmenter } from './word-segmenter'

/** The text with every finding's fix applied, last first. */
function fixed(text: string): string {
  return checkWording(text)
    .reverse()
    .reduce(
      (result, finding) =>
        result.slice(0, finding.start) + finding.suggestion! + result.slice(finding.end),
      text,
    )
}

describe('the proofreading word list', () => {
  it('loads jieba for word-aware matching here', () => {
    expect(wordSegmenter().name).toBe('jieba')
  })

  it('has a source, a right form and an example for every entry', () => {
    expect(proofreadingWordList.length).toBeGreaterThanOrEqual(15)
    for (const entry of proofreadingWordList) {
      expect(entry.source).toMatch(/《|GB\/T|写法/)
      expect(entry.examples.length).toBeGreaterThan(0)
    }
  })

  const examples = proofreadingWordList.flatMap((entry) =>
    entry.examples.map((example) => ({ id: entry.id, ...example })),
  )
  it.each(examples)('$id fixes: $text', ({ text, fixed: expected }) => {
    expect(fixed(text)).toBe(expected)
  })

  const clean = proofreadingWordList.flatMap((entry) =>
    entry.clean.map((text) => ({ id: entry.id, text })),
  )
  it.each(clean)('$id leaves alone: $text', ({ text }) => {
    expect(checkWording(text)).toEqual([])
  })

  it('reports rule, place, right form and source in Chinese', () => {
    expect(checkWording('截止目前，已建成充电桩1260个。')).toEqual([
      {
        rule: 'wording',
        severity: 'warning',
        message:
          '“截止”宜写作“截至”：“截至”后接时间点，表示到某时为止；“截止”表示到期停止，一般不带时间宾语' +
          '（《现代汉语词典》（第7版），中国社会科学院语言研究所词典编辑室编，商务印书馆，2016年）。',
        messageKey: 'wording.replace',
        messageParams: {
          text: '截止',
          suggestion: '截至',
          note: '“截至”后接时间点，表示到某时为止；“截止”表示到期停止，一般不带时间宾语',
          source:
            '《现代汉语词典》（第7版），中国社会科学院语言研究所词典编辑室编，商务印书馆，2016年',
        },
        start: 0,
        end: 2,
        suggestion: '截至',
      },
    ])
  })

  it('gives a fix the editor can apply as text', () => {
    const [finding] = checkWording('县中医院新院区座落于城东新区。')
    expect(finding).toMatchObject({ start: 7, end: 9, suggestion: '坐落' })
  })

  it('flags only the first mention of an abbreviated body', () => {
    const findings = checkWording('县发改局牵头，县发改局负责。')
    expect(findings.map((finding) => [finding.start, finding.suggestion])).toEqual([
      [1, '发展和改革局'],
    ])
  })

  it('without the segmenter, still applies exceptions and context, but not word boundaries', () => {
    const text = '这座落成于2020年的体育馆，采购截止阀200台。'
    expect(checkWording(text)).toEqual([])
    const plain = checkWording(text, proofreadingWordList, plainSegmenter)
    expect(plain.map((finding) => text.slice(finding.start, finding.end))).toEqual(['座落'])
  })

  it('refuses an entry without a known source', () => {
    const entry = { id: 'x', kind: 'replace', wrong: 'a', right: 'b', severity: 'info' }
    expect(() => readWordEntries([{ ...entry, note: '', source: 'nowhere' }], {})).toThrow(
      /词表条目 x/,
    )
  })
})
