import { describe, expect, it } from 'vitest'
import { mergeRunPieces } from './merge-run-pieces'

describe('mergeRunPieces', () => {
  it('joins a figure with the text around it when they are set alike', () => {
    const pieces = [
      { format: {}, text: '2025年，' },
      { format: {}, text: '102.3万吨', highlight: false },
      { format: {}, text: '原煤产量扛牢能源安全责任。' },
    ]
    expect(mergeRunPieces(pieces)).toEqual([
      { format: {}, text: '2025年，102.3万吨原煤产量扛牢能源安全责任。' },
    ])
  })

  it('keeps apart what is set differently: highlight, bold, italics, lead sentence, link, breaks', () => {
    const pieces = [
      { format: { characterRole: 'leadSentence' as const }, text: '传统产业焕发绿色生机。' },
      { format: {}, text: '全年新增就业' },
      { format: {}, text: '【待填：新增就业人数】', highlight: true },
      { format: {}, text: '，' },
      { format: { bold: true }, text: '稳中有进' },
      { format: { italics: true }, text: '进中向好' },
      { format: { link: 'https://example.cn/' }, text: '区政府网站' },
      { format: { link: 'https://example.cn/other' }, text: '另一网站' },
      { format: {}, break: 1 },
      { format: {}, break: 1 },
      { format: {}, text: '煤矿智能化改造全面完成。' },
    ]
    expect(mergeRunPieces(pieces)).toEqual(pieces)
  })

  it('treats an unset and a false format flag as the same', () => {
    const merged = mergeRunPieces([
      { format: { bold: false }, text: '甲' },
      { format: {}, text: '乙', highlight: false },
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0].text).toBe('甲乙')
  })
})
