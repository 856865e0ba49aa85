import { describe, expect, it } from 'vitest'
import { uniqueSeriesLabels } from './unique-series-labels'

const labelsOf = (labels: string[], titles: string[], units: string[] = []) =>
  uniqueSeriesLabels(
    labels.map((label, index) => ({
      label,
      unit: units[index] ?? '个',
      sectionTitle: titles[index],
    })),
  )

describe('uniqueSeriesLabels', () => {
  it('keeps labels that are unique and say what they measure', () => {
    expect(labelsOf(['原煤产量', '洗精煤'], ['传统产业', '传统产业'])).toEqual([
      '原煤产量',
      '洗精煤',
    ])
  })

  it('qualifies repeated labels by their section', () => {
    expect(labelsOf(['项目', '项目'], ['项目建设跑出加速度', '服务保障'])).toEqual([
      '项目（项目建设跑出加速度）',
      '项目（服务保障）',
    ])
  })

  it('qualifies a bare generic head even when it is alone', () => {
    expect(labelsOf(['增幅'], ['基本保障更加扎实'])).toEqual(['增幅（基本保障更加扎实）'])
  })

  it('numbers what the section cannot tell apart', () => {
    expect(labelsOf(['金额', '金额', '金额'], ['招商', '招商', '招商'])).toEqual([
      '金额（招商）',
      '金额（招商，第2处）',
      '金额（招商，第3处）',
    ])
  })

  it('tells series apart by their units when those differ', () => {
    expect(labelsOf(['光伏玻璃', '光伏玻璃'], ['新兴产业', '新兴产业'], ['片', '毫米'])).toEqual([
      '光伏玻璃（片）',
      '光伏玻璃（毫米）',
    ])
  })

  it('shortens long section titles', () => {
    const [label] = labelsOf(['项目', '项目'], ['一二三四五六七八九十一二三四五', 'x'])
    expect(label).toBe('项目（一二三四五六七八九十一二）')
  })
})
