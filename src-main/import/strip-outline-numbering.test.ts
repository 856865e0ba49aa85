import { describe, expect, it } from 'vitest'
import type { DetectedSection } from './detected-outline'
import { stripOutlineNumbering } from './strip-outline-numbering'

const section = (
  kind: DetectedSection['kind'],
  title: string,
  text?: string,
  children: DetectedSection[] = [],
): DetectedSection => ({
  kind,
  title,
  blocks: text ? [{ kind: 'paragraph', text, leadLength: text.indexOf('。') + 1 }] : [],
  children,
})

describe('stripOutlineNumbering', () => {
  it('drops 一、 from headings and （一） from lead sentences, keeping the lead length right', () => {
    const outline = [
      section('heading', '一、产业转型提速', undefined, [
        section(
          'subsection',
          '（一）传统产业焕发绿色生机',
          '（一）传统产业焕发绿色生机。原煤产量3598万吨。',
        ),
        section('subsection', '2. 新兴产业加速成长', '2. 新兴产业加速成长。光伏玻璃量产。'),
      ]),
    ]
    const [heading] = stripOutlineNumbering(outline)
    expect(heading!.title).toBe('产业转型提速')
    expect(heading!.children.map((child) => child.title)).toEqual([
      '传统产业焕发绿色生机',
      '新兴产业加速成长',
    ])
    expect(heading!.children[0]!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '传统产业焕发绿色生机。原煤产量3598万吨。',
      leadLength: 11,
    })
  })

  it('leaves unnumbered titles, years and other kinds alone', () => {
    const outline = [
      section('title', '一、不是标题编号'),
      section('heading', '2025年成绩单'),
      section('heading', '十四五收官'),
      section('lead', '（一）导语', '（一）导语。'),
    ]
    expect(stripOutlineNumbering(outline)).toEqual(outline)
  })
})
