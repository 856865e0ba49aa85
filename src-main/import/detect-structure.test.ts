import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DetectedBlock, DetectedSection } from './detected-outline'
import type { SectionKind } from '../shared/sections/section-kind'
import { detectStructure } from './detect-structure'
import type { ParagraphHints, SourceAttachment, SourceBlock } from './source-paragraph'
import { splitTextParagraphs } from './split-text-paragraphs'

const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8')
const sampleLines = splitTextParagraphs(sample).map((source) => source.text)

interface OutlineEntry {
  kind: SectionKind
  title: string
  children?: OutlineEntry[]
}

/** Kinds and titles, with children only where there are some. */
function outlineOf(sections: DetectedSection[]): OutlineEntry[] {
  return sections.map(({ kind, title, children }) =>
    children.length > 0 ? { kind, title, children: outlineOf(children) } : { kind, title },
  )
}

function detectText(text: string): DetectedSection[] {
  return detectStructure(splitTextParagraphs(text))
}

function blockTexts(section: DetectedSection): string[] {
  return section.blocks.map((block) => (block.kind === 'paragraph' ? block.text : '[attachment]'))
}

function section(sections: DetectedSection[], kind: SectionKind): DetectedSection {
  const found = sections.find((entry) => entry.kind === kind)
  if (!found) {
    throw new Error(`no ${kind} section`)
  }
  return found
}

/** The report's text as the outline carries it: title lines, then every block, in reading order. */
function outlineText(sections: DetectedSection[]): string {
  const text = sections
    .map((entry) => {
      const head = ['title', 'subtitle', 'heading'].includes(entry.kind) ? entry.title : ''
      const body = entry.blocks
        .map((block) => (block.kind === 'paragraph' ? block.text : ''))
        .join('')
      return head + body + outlineText(entry.children)
    })
    .join('')
  return withoutWhitespace(text)
}

function withoutWhitespace(text: string): string {
  return text.replace(/[\s\ufeff]/g, '')
}

function paragraph(text: string, hints?: ParagraphHints): SourceBlock {
  return hints ? { kind: 'paragraph', text, hints } : { kind: 'paragraph', text }
}

function image(name: string): SourceAttachment {
  return { kind: 'attachment', node: { type: 'reportImage', attrs: { src: name } } }
}

function paragraphBlock(text: string, leadLength = 0): DetectedBlock {
  return { kind: 'paragraph', text, leadLength }
}

const sampleOutline: OutlineEntry[] = [
  { kind: 'masthead', title: '聚焦' },
  { kind: 'title', title: '太行深处焕新颜 实干笃行向未来' },
  { kind: 'subtitle', title: '——上党区交出二〇二五年高质量发展答卷' },
  { kind: 'lead', title: '冬日的太行山脉' },
  {
    kind: 'heading',
    title: '从“煤字号”到“新质态”，产业转型提速提档',
    children: [
      { kind: 'subsection', title: '传统产业焕发绿色生机' },
      { kind: 'subsection', title: '新兴产业加速拔节成长' },
      { kind: 'subsection', title: '科技创新点燃发展引擎' },
    ],
  },
  {
    kind: 'heading',
    title: '“项目为王”强根基，发展势能节节攀升',
    children: [
      { kind: 'subsection', title: '项目是发展的“生命线”' },
      { kind: 'subsection', title: '项目建设“跑出加速度”' },
      { kind: 'subsection', title: '招商引资“打出组合拳”' },
      { kind: 'subsection', title: '服务保障“跑出温度感”' },
    ],
  },
  {
    kind: 'heading',
    title: '城乡蝶变同出彩，宜居画卷渐次展开',
    children: [
      { kind: 'subsection', title: '城市更新提升品质' },
      { kind: 'subsection', title: '乡村振兴展现新风貌' },
    ],
  },
  {
    kind: 'heading',
    title: '民生答卷暖人心，幸福指数持续提升',
    children: [
      { kind: 'subsection', title: '基本保障更加扎实' },
      { kind: 'subsection', title: '公共服务优质均衡' },
      { kind: 'subsection', title: '生态环境持续向好' },
    ],
  },
  { kind: 'closing', title: '太行巍巍启新程' },
  { kind: 'credits', title: '策划/宋玉红' },
]

function sampleWithout(...removed: string[]): string {
  return sampleLines.filter((line) => !removed.some((start) => line.startsWith(start))).join('\n\n')
}

const title = '奋进新征程'
const leadProse =
  '2024年，全县上下团结奋斗，交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。'
const prose = [
  '全年新增规上企业10家，工业总产值突破200亿元，同比增长9%，发展后劲持续增强。',
  '县城建成区面积扩大到18平方公里，城镇化率达到58%，城乡面貌焕然一新，群众更加满意。',
]
const closingProse = '新的一年，全县将以更加昂扬的姿态，奋力谱写高质量发展新篇章。'
const leadParagraph = (lead: string) =>
  `${lead}全年完成技改项目30个，规上工业增加值增长9.2%，产业结构持续优化。`
const bodyHints: ParagraphHints = { fontSizePt: 16, fontFamily: '仿宋_GB2312' }

interface StructureRule {
  rule: string
  input: (string | SourceBlock)[]
  outline: OutlineEntry[]
}

/** What structure detection does, one rule a row: its input lines and the outline it gives. */
const structureRules: StructureRule[] = [
  {
    rule: 'prose is over 20 characters with 。！？；…; the front matter ends at it',
    input: [title, '全县经济运行稳中向好，发展质效持续稳步提升。'],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '全县经济运行稳中向好' },
    ],
  },
  {
    rule: 'prose is over 40 characters whatever its punctuation',
    input: [
      title,
      '全县上下坚定信心真抓实干经济社会发展取得新成效主要目标任务圆满完成人民群众获得感持续增强',
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '全县上下坚定信心真抓实干经济社会' },
    ],
  },
  {
    rule: 'a shorter line without them is no prose: the front matter goes on',
    input: [title, '全县经济运行稳中向好发展质效持续稳步提升'],
    outline: [
      { kind: 'masthead', title },
      { kind: 'title', title: '全县经济运行稳中向好发展质效持续稳步提升' },
    ],
  },
  {
    rule: "an editor's note (编者按) is no prose: before the title it is masthead",
    input: [
      '编者按：2024年是实现“十四五”规划目标任务的关键一年。本报今起推出系列报道，展示各县区发展成果。',
      title,
      leadProse,
    ],
    outline: [
      { kind: 'masthead', title: '编者按：2024年是实现“十四五' },
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'a centred, bold or large line of up to 60 characters is display text, not prose',
    input: [
      paragraph(
        '坚持稳中求进工作总基调，统筹推进产业转型城乡建设和民生保障，奋力谱写高质量发展新篇章',
        {
          align: 'center',
          fontSizePt: 16,
        },
      ),
      paragraph(leadProse, bodyHints),
    ],
    outline: [
      {
        kind: 'title',
        title:
          '坚持稳中求进工作总基调，统筹推进产业转型城乡建设和民生保障，奋力谱写高质量发展新篇章',
      },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'credits are the trailing 角色/姓名 lines when one has a slash, a known role or is a byline',
    input: [title, leadProse, '策划/宋玉红', '摄影：李明'],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'credits', title: '策划/宋玉红' },
    ],
  },
  {
    rule: 'a trailing 某某：… line alone is no credits',
    input: [title, leadProse, '来稿：张三'],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'the front line opening with a dash is the subtitle, the one before it the title, earlier ones the masthead',
    input: ['聚焦', '两会特刊', '太行深处焕新颜', '——上党区交出二〇二五年答卷', leadProse],
    outline: [
      { kind: 'masthead', title: '聚焦' },
      { kind: 'title', title: '太行深处焕新颜' },
      { kind: 'subtitle', title: '——上党区交出二〇二五年答卷' },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'without a dash, the title is the last front line',
    input: ['聚焦', '两会特刊', '太行深处焕新颜', leadProse],
    outline: [
      { kind: 'masthead', title: '聚焦' },
      { kind: 'title', title: '太行深处焕新颜' },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'with hints, a smaller centred line after a more prominent one is the subtitle',
    input: [
      paragraph('奋楫扬帆正当时', { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph('某县二〇二三年经济社会发展综述', { align: 'center', fontSizePt: 16 }),
      paragraph(leadProse, bodyHints),
    ],
    outline: [
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'subtitle', title: '某县二〇二三年经济社会发展综述' },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'a centred line more than 2 pt above body size is title-sized, not a subtitle',
    input: [
      paragraph('两会特刊', { align: 'center', bold: true, fontSizePt: 36 }),
      paragraph('奋楫扬帆正当时', { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph(leadProse, bodyHints),
    ],
    outline: [
      { kind: 'masthead', title: '两会特刊' },
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'lead', title: '2024年' },
    ],
  },
  {
    rule: 'a byline at the end of the front belongs to the body, and the lead with it',
    input: [title, '记者 王涵 李盼', leadProse],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '记者 王涵 李盼' },
    ],
  },
  {
    rule: 'a numbered heading at the end of the front belongs to the body: the report has no lead',
    input: [title, '一、产业发展提质增效', prose[0], '二、城乡建设步伐加快', prose[1]],
    outline: [
      { kind: 'title', title },
      { kind: 'heading', title: '一、产业发展提质增效' },
      { kind: 'heading', title: '二、城乡建设步伐加快' },
    ],
  },
  {
    rule: 'a left-aligned heading-formatted line after centred ones is the first heading',
    input: [
      paragraph('奋楫扬帆正当时', { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph('产业转型提速提档', { align: 'left', bold: true, fontSizePt: 16 }),
      paragraph(prose[0], bodyHints),
    ],
    outline: [
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'heading', title: '产业转型提速提档' },
    ],
  },
  {
    rule: 'a front line shaped like every later heading, before a lead sentence, is the first heading',
    input: [
      title,
      '创新驱动，产业升级跑出加速度',
      leadParagraph('传统产业焕发新生机。'),
      '绿色发展，生态底色更加鲜明',
      prose[0],
      '共享发展，民生福祉持续增进',
      prose[1],
    ],
    outline: [
      { kind: 'title', title },
      {
        kind: 'heading',
        title: '创新驱动，产业升级跑出加速度',
        children: [{ kind: 'subsection', title: '传统产业焕发新生机' }],
      },
      { kind: 'heading', title: '绿色发展，生态底色更加鲜明' },
      { kind: 'heading', title: '共享发展，民生福祉持续增进' },
    ],
  },
  {
    rule: 'the lead is the first prose paragraph with the paragraphs up to the first heading',
    input: [title, leadProse, prose[0], '城乡建设步伐加快', prose[1]],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '城乡建设步伐加快' },
    ],
  },
  {
    rule: 'without headings the lead ends at the first lead sentence, and subsections are top-level',
    input: [title, leadProse, leadParagraph('产业转型提速提档。'), closingProse],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'subsection', title: '产业转型提速提档' },
      { kind: 'closing', title: '新的一年' },
    ],
  },
  {
    rule: 'a heading is up to 30 characters with 4 Han characters and no 。！？；…, prose after it',
    input: [title, leadProse, '产业发展势头强劲', prose[0], '城乡建设步伐加快'],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
    ],
  },
  {
    rule: 'a numbered heading may run to 40 characters',
    input: [
      title,
      leadProse,
      '一、坚持稳中求进推动经济运行持续向好不断增强县域经济综合实力',
      prose[0],
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '一、坚持稳中求进推动经济运行持续向好不断增强县域经济综合实力' },
    ],
  },
  {
    rule: 'a two-part 甲，乙 heading may run to 41 characters',
    input: [
      title,
      leadProse,
      '从“煤字号”到“新质态”，上党区产业转型升级跑出高质量发展加速度',
      prose[0],
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '从“煤字号”到“新质态”，上党区产业转型升级跑出高质量发展加速度' },
    ],
  },
  {
    rule: 'a heading level, a whole bold line, a larger size or 黑体 make a heading whatever the text',
    input: [
      paragraph(title, { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph(leadProse, bodyHints),
      paragraph('坚持稳中求进，推动经济运行持续向好。', { ...bodyHints, bold: true }),
      paragraph(prose[0], bodyHints),
      paragraph('深化改革开放激发发展内生动力持续优化营商环境全面提升服务效能', {
        ...bodyHints,
        headingLevel: 2,
      }),
      paragraph(prose[1], bodyHints),
      paragraph('民生福祉持续增进', { ...bodyHints, fontSizePt: 18 }),
      paragraph(prose[0], bodyHints),
      paragraph('生态环境持续向好', { ...bodyHints, fontFamily: '黑体' }),
      paragraph(prose[1], bodyHints),
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '坚持稳中求进，推动经济运行持续向好。' },
      { kind: 'heading', title: '深化改革开放激发发展内生动力持续优化营商环境全面提升服务效能' },
      { kind: 'heading', title: '民生福祉持续增进' },
      { kind: 'heading', title: '生态环境持续向好' },
    ],
  },
  {
    rule: 'a caption (▲…, 图为…) or a credits line is never a heading',
    input: [title, leadProse, '产业发展势头强劲', '▲工业园区新貌', prose[0]],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
      { kind: 'closing', title: '全年新增规上企业10家' },
    ],
  },
  {
    rule: 'a heading numbered deeper than the current one is a subsection line',
    input: [title, leadProse, '一、产业发展', '（一）工业', prose[0], '二、城乡建设', prose[1]],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '一、产业发展',
        children: [{ kind: 'subsection', title: '（一）工业' }],
      },
      { kind: 'heading', title: '二、城乡建设' },
    ],
  },
  {
    rule: 'a deeper heading level is a subsection line',
    input: [
      paragraph(title, { headingLevel: 1 }),
      paragraph(leadProse, bodyHints),
      paragraph('经济发展', { headingLevel: 2 }),
      paragraph('工业', { headingLevel: 3 }),
      paragraph(prose[0], bodyHints),
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '经济发展', children: [{ kind: 'subsection', title: '工业' }] },
    ],
  },
  {
    rule: 'a paragraph opening with a lead sentence (4–20 characters, 。 or ！) starts a subsection',
    input: [
      title,
      leadProse,
      '产业发展势头强劲',
      leadParagraph('传统产业焕发新生机！'),
      closingProse,
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '产业发展势头强劲',
        children: [{ kind: 'subsection', title: '传统产业焕发新生机' }],
      },
      { kind: 'closing', title: '新的一年' },
    ],
  },
  {
    rule: 'a first sentence with a comma, opening like prose or too long is no lead sentence',
    input: [
      title,
      leadProse,
      '产业发展势头强劲',
      leadParagraph('这是转型发展的一年。'),
      leadParagraph('产业转型，提速提档。'),
      leadParagraph('全县传统产业焕发新的生机与活力并且持续发展壮大。'),
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
      { kind: 'closing', title: '全县传统产业焕发新的生机与活力并' },
    ],
  },
  {
    rule: 'a leading 【…】 is a lead sentence, and a bold leading run from hints is one too',
    input: [
      paragraph(title, { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph(leadProse, bodyHints),
      paragraph('产业发展势头强劲', { ...bodyHints, bold: true }),
      paragraph(`农业生产稳中有升，粮食总产量再创新高。${prose[1]}`, {
        ...bodyHints,
        leadLength: 19,
      }),
      paragraph(`【新兴产业加速成长】${prose[0]}`, bodyHints),
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '产业发展势头强劲',
        children: [
          { kind: 'subsection', title: '农业生产稳中有升，粮食总产量再创新高' },
          { kind: 'subsection', title: '新兴产业加速成长' },
        ],
      },
    ],
  },
  {
    rule: 'a line that is one lead sentence starts a subsection when prose follows it',
    input: [title, leadProse, '产业发展势头强劲', '传统产业焕发绿色生机。', prose[0]],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '产业发展势头强劲',
        children: [{ kind: 'subsection', title: '传统产业焕发绿色生机' }],
      },
    ],
  },
  {
    rule: 'a run-in lead (4–12 Han characters) after an intro sentence starts a subsection',
    input: [
      title,
      leadProse,
      '城乡蝶变同出彩，宜居画卷渐次展开',
      '全县以一体化思维推进城乡发展，让城市更有温度、乡村更加和美。城市更新提升品质。新建改造道路18条，老旧管网更新22.8公里。',
      '乡村振兴展现新风貌。投资15亿元的人居环境整治项目全面启动，5个精品示范村串珠成链。',
      closingProse,
    ],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '城乡蝶变同出彩，宜居画卷渐次展开',
        children: [
          { kind: 'subsection', title: '城市更新提升品质' },
          { kind: 'subsection', title: '乡村振兴展现新风貌' },
        ],
      },
      { kind: 'closing', title: '新的一年' },
    ],
  },
  {
    rule: 'the last prose paragraph, after body text and not opening with a lead sentence, is the closing',
    input: [title, leadProse, '产业发展势头强劲', prose[0], closingProse, '（完）'],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
      { kind: 'closing', title: '新的一年' },
    ],
  },
  {
    rule: "a heading's only paragraph is no closing",
    input: [title, leadProse, '产业发展势头强劲', prose[0], '城乡建设步伐加快', prose[1]],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
      { kind: 'heading', title: '城乡建设步伐加快' },
    ],
  },
  {
    rule: 'masthead, lead, closing and credits are titled with their first clause, 16 characters at most',
    input: [
      '全面建设社会主义现代化国家开局起步特别报道',
      title,
      '二〇二四年全县上下团结奋斗交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。',
    ],
    outline: [
      { kind: 'masthead', title: '全面建设社会主义现代化国家开局起' },
      { kind: 'title', title },
      { kind: 'lead', title: '二〇二四年全县上下团结奋斗交出了' },
    ],
  },
  {
    rule: 'an attachment stays where it occurs; one after the title joins the next section',
    input: [title, image('banner'), leadProse],
    outline: [
      { kind: 'title', title },
      { kind: 'lead', title: '2024年' },
    ],
  },
]

describe('detectStructure rules', () => {
  it.each(structureRules)('$rule', ({ input, outline }) => {
    const blocks = input.map((entry) => (typeof entry === 'string' ? paragraph(entry) : entry))
    expect(outlineOf(detectStructure(blocks))).toEqual(outline)
  })
})

describe('detectStructure on the 2025 上党区 sample', () => {
  const outline = detectText(sample)

  it('finds the whole outline', () => {
    expect(outlineOf(outline)).toEqual(sampleOutline)
  })

  it('puts the masthead lines in one masthead and keeps title lines out of blocks', () => {
    expect(blockTexts(outline[0])).toEqual([
      '聚焦',
      '2026',
      '长治两会',
      '谋好篇 布好局',
      '履职尽责为人民',
      '两会特刊',
    ])
    expect(outline[1].blocks).toEqual([])
    expect(outline[2].blocks).toEqual([])
  })

  it('keeps the lead, heading intros and subsection paragraphs with their lead lengths', () => {
    expect(outline[3].blocks).toEqual([paragraphBlock(sampleLines[8])])
    const firstHeading = outline[4]
    expect(firstHeading.blocks).toEqual([paragraphBlock(sampleLines[10])])
    expect(firstHeading.children[0].blocks).toEqual([paragraphBlock(sampleLines[11], 11)])
    const secondHeading = outline[5]
    expect(secondHeading.blocks).toEqual([])
    expect(secondHeading.children[0].blocks).toEqual([paragraphBlock(sampleLines[15], 12)])
  })

  it('splits the two run-in lead sentences out of their heading intros', () => {
    const cityAndCountry = outline[6]
    expect(cityAndCountry.blocks).toEqual([
      paragraphBlock(
        '从街角巷陌到田间地头，上党区以“一体化”思维推进城乡发展，让城市更有温度、乡村更加和美。',
      ),
    ])
    expect(cityAndCountry.children[0].blocks).toEqual([
      paragraphBlock(sampleLines[20].slice(sampleLines[20].indexOf('城市更新提升品质')), 9),
    ])
    const livelihood = outline[7]
    expect(livelihood.blocks).toEqual([
      paragraphBlock(
        '坚持把群众“盼的事”变成政府“干的事”，用一件件实事把“民生清单”变为“幸福账单”。',
      ),
    ])
    expect(blockTexts(livelihood.children[0])[0]).toMatch(/^基本保障更加扎实。全年实现城镇新增就业/)
    expect(livelihood.children[0].blocks[0]).toMatchObject({ leadLength: 9 })
  })

  it('ends with the closing paragraph and five credits lines', () => {
    expect(outline[8].blocks).toEqual([paragraphBlock(sampleLines[26])])
    expect(sampleLines[26]).toMatch(/^太行巍巍启新程/)
    expect(blockTexts(outline[9])).toEqual([
      '策划/宋玉红',
      '统筹/陈建波 张国平',
      '文字/王涵 李盼 上党区融媒体中心',
      '图片/张国平 尚华 赵浩 向峥',
      '版式/翟志慧',
    ])
  })

  it('loses, adds and reorders no text', () => {
    expect(outlineText(outline)).toBe(withoutWhitespace(sample))
  })
})

describe('detectStructure on layouts of the same report', () => {
  it('reads CRLF and CR line breaks and a byte-order mark', () => {
    expect(outlineOf(detectText(sample.replace(/\n/g, '\r\n')))).toEqual(sampleOutline)
    expect(outlineOf(detectText('\ufeff' + sample.replace(/\n/g, '\r')))).toEqual(sampleOutline)
  })

  it('reads text without blank lines', () => {
    expect(outlineOf(detectText(sampleLines.join('\n')))).toEqual(sampleOutline)
  })

  it('reads paragraphs indented with full-width spaces', () => {
    const indented = sampleLines.map((line) => `\u3000\u3000${line}\u3000`).join('\r\n')
    const outline = detectText(indented)
    expect(outlineOf(outline)).toEqual(sampleOutline)
    expect(outlineText(outline)).toBe(withoutWhitespace(sample))
  })

  it('keeps lead lengths right when the importer hands over untrimmed, indented paragraphs', () => {
    const outline = detectStructure(sampleLines.map((line) => paragraph(`\u3000\u3000${line}`)))
    expect(outlineOf(outline)).toEqual(sampleOutline)
    expect(outline[4].children[0].blocks).toEqual([paragraphBlock(sampleLines[11], 11)])
  })

  it('does without credits', () => {
    const outline = detectText(sampleWithout('策划', '统筹', '文字', '图片', '版式'))
    expect(outlineOf(outline)).toEqual(sampleOutline.slice(0, -1))
  })

  it('does without a masthead: the first line is the title', () => {
    const outline = detectText(sampleLines.slice(6).join('\n'))
    expect(outlineOf(outline)).toEqual(sampleOutline.slice(1))
  })

  it('does without a subtitle: the title is the last short line before the lead', () => {
    const outline = detectText(sampleWithout('——'))
    expect(outlineOf(outline)).toEqual(sampleOutline.filter((entry) => entry.kind !== 'subtitle'))
  })

  it('does without a lead: short lines after the subtitle are headings', () => {
    const outline = detectText(sampleWithout('冬日的太行山脉'))
    expect(outlineOf(outline)).toEqual(sampleOutline.filter((entry) => entry.kind !== 'lead'))
  })

  it("does without both subtitle and lead when the first heading shares the others' shape", () => {
    const outline = detectText(sampleWithout('——', '冬日的太行山脉'))
    expect(outlineOf(outline)).toEqual(
      sampleOutline.filter((entry) => entry.kind !== 'subtitle' && entry.kind !== 'lead'),
    )
  })

  it('keeps a title shaped like the headings when a lead follows it', () => {
    const title = '太行深处焕新颜，实干笃行向未来'
    const lines = sampleLines.map((line, index) => (index === 6 ? title : line))
    const outline = detectText(lines.filter((line) => !line.startsWith('——')).join('\n'))
    expect(outlineOf(outline).slice(0, 3)).toEqual([
      { kind: 'masthead', title: '聚焦' },
      { kind: 'title', title },
      { kind: 'lead', title: '冬日的太行山脉' },
    ])
  })

  it('finds an extra fifth section', () => {
    const extra = [
      '文旅融合添活力，城市名片更加闪亮',
      '文旅产业是上党区转型发展的新引擎，一年来，全区文旅市场持续升温，游客数量和旅游收入双双增长。',
      '红色文旅深度开发。依托八路军总部旧址等红色资源，推出精品研学线路12条，接待研学团队600余批次。',
      '乡村旅游提质升级。打造精品民宿集群3个，乡村旅游接待游客突破200万人次，带动农民增收1.2亿元。',
    ]
    const lines = [...sampleLines.slice(0, 26), ...extra, ...sampleLines.slice(26)]
    expect(outlineOf(detectText(lines.join('\n')))).toEqual([
      ...sampleOutline.slice(0, 8),
      {
        kind: 'heading',
        title: '文旅融合添活力，城市名片更加闪亮',
        children: [
          { kind: 'subsection', title: '红色文旅深度开发' },
          { kind: 'subsection', title: '乡村旅游提质升级' },
        ],
      },
      ...sampleOutline.slice(8),
    ])
  })
})

const yangchengReport = `
本期导读

2025
晋城两会

奋楫笃行开新局
两会特刊

稳中求进启新程　砥砺奋进谱新篇

─—阳城县二〇二四年经济社会发展回眸

　　岁末年初，回望来路。2024年，阳城县坚持稳中求进工作总基调，统筹推进产业转型、城乡建设和民生保障，全县地区生产总值突破300亿元，一份沉甸甸的发展答卷在析城山下徐徐展开。

动能转换提速，产业底盘更加坚实

　　工业经济量质齐升！全年规模以上工业增加值增长6.8%，煤电铝材一体化项目建成投产，新增规上工业企业15家。
　　现代农业提质增效。建成高标准农田5.2万亩，蚕桑、中药材等特色产业综合产值突破20亿元。
　　文旅融合迸发活力。皇城相府景区年接待游客突破500万人次，“阳城古堡”品牌叫响全国。

城乡面貌焕新，宜居品质不断提升

　　县城功能持续完善。新建改造城市道路18条，新增停车泊位2600个，城区供热管网实现全覆盖。
　　美丽乡村各美其美。创建省级美丽宜居示范村10个，农村生活污水治理率提高到45%。

民生保障有力，群众获得感成色更足

　　全县民生支出占一般公共预算支出的80%以上，一批群众急难愁盼问题得到解决。
　　就业增收稳步推进。城镇新增就业4200人，农村居民人均可支配收入增长7.1%。
　　教育医疗优质普惠。新建改扩建学校6所，县人民医院胸痛中心通过国家认证。

　　风正潮涌千帆竞，奋楫扬帆正当时。站在新的起点上，阳城县将以更加昂扬的姿态，奋力谱写高质量发展新篇章！

摄影：李明　王芳
责任编辑：赵刚
`

describe('detectStructure on other reports', () => {
  it('reads a 2024 county report with three sections and different wording', () => {
    const outline = detectText(yangchengReport)
    expect(outlineOf(outline)).toEqual([
      { kind: 'masthead', title: '本期导读' },
      { kind: 'title', title: '稳中求进启新程\u3000砥砺奋进谱新篇' },
      { kind: 'subtitle', title: '─—阳城县二〇二四年经济社会发展回眸' },
      { kind: 'lead', title: '岁末年初' },
      {
        kind: 'heading',
        title: '动能转换提速，产业底盘更加坚实',
        children: [
          { kind: 'subsection', title: '工业经济量质齐升' },
          { kind: 'subsection', title: '现代农业提质增效' },
          { kind: 'subsection', title: '文旅融合迸发活力' },
        ],
      },
      {
        kind: 'heading',
        title: '城乡面貌焕新，宜居品质不断提升',
        children: [
          { kind: 'subsection', title: '县城功能持续完善' },
          { kind: 'subsection', title: '美丽乡村各美其美' },
        ],
      },
      {
        kind: 'heading',
        title: '民生保障有力，群众获得感成色更足',
        children: [
          { kind: 'subsection', title: '就业增收稳步推进' },
          { kind: 'subsection', title: '教育医疗优质普惠' },
        ],
      },
      { kind: 'closing', title: '风正潮涌千帆竞' },
      { kind: 'credits', title: '摄影：李明\u3000王芳' },
    ])
    expect(blockTexts(outline[0])).toEqual([
      '本期导读',
      '2025',
      '晋城两会',
      '奋楫笃行开新局',
      '两会特刊',
    ])
    expect(blockTexts(outline[6])).toEqual([
      '全县民生支出占一般公共预算支出的80%以上，一批群众急难愁盼问题得到解决。',
    ])
    expect(blockTexts(outline[8])).toEqual(['摄影：李明\u3000王芳', '责任编辑：赵刚'])
    expect(outlineText(outline)).toBe(withoutWhitespace(yangchengReport))
  })

  it('reads numbered headings 一、 with （一） subsections', () => {
    const report = [
      '某县2024年政府工作回眸',
      '2024年，面对复杂严峻的外部环境，全县上下坚定信心、真抓实干，经济社会发展取得新成效，主要目标任务圆满完成。',
      '一、经济运行稳中向好',
      '（一）工业经济提质增效',
      '全年规上工业增加值增长8.5%，新培育专精特新企业12家，工业技改投资增长20%。',
      '新建成省级智能工厂2个，数字化车间5个，工业经济发展质效持续提升。',
      '（二）农业生产再获丰收',
      '粮食总产量达到32万吨，新建高标准农田3万亩，农产品加工业产值增长11%。',
      '二、民生福祉持续增进',
      '全县民生支出占比达到80%以上，群众获得感幸福感安全感不断增强。',
      '（一）就业形势总体稳定',
      '城镇新增就业3800人，城镇调查失业率控制在5.5%以内。',
      '（二）社会保障更加有力',
      '城乡居民基本养老保险参保率稳定在95%以上，新建社区养老服务站8个。',
      '三、改革开放纵深推进',
      '深化“放管服”改革，政务服务事项实现“一网通办”，新登记市场主体增长12%。',
      '新的一年，我们将坚定信心、乘势而上，为全面建设社会主义现代化国家贡献更大力量。',
    ]
    const outline = detectText(report.join('\n'))
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '某县2024年政府工作回眸' },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '一、经济运行稳中向好',
        children: [
          { kind: 'subsection', title: '（一）工业经济提质增效' },
          { kind: 'subsection', title: '（二）农业生产再获丰收' },
        ],
      },
      {
        kind: 'heading',
        title: '二、民生福祉持续增进',
        children: [
          { kind: 'subsection', title: '（一）就业形势总体稳定' },
          { kind: 'subsection', title: '（二）社会保障更加有力' },
        ],
      },
      { kind: 'heading', title: '三、改革开放纵深推进' },
      { kind: 'closing', title: '新的一年' },
    ])
    const industry = outline[2].children[0]
    expect(industry.blocks).toEqual([
      paragraphBlock('（一）工业经济提质增效', 11),
      paragraphBlock(report[4]),
      paragraphBlock(report[5]),
    ])
    expect(blockTexts(outline[3])).toEqual([report[9]])
    expect(blockTexts(outline[4])).toEqual([report[15]])
    expect(outlineText(outline)).toBe(withoutWhitespace(report.join('')))
  })

  it('keeps lead sentences inside a numbered subsection as plain paragraphs', () => {
    const report = [
      '奋进新征程',
      '2024年，全县上下团结奋斗，交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。',
      '一、产业发展',
      '（一）工业',
      '一是龙头企业带动有力。全年新增规上企业10家，工业总产值突破200亿元，同比增长9%。',
      '二是园区平台更加完善。开发区新建标准化厂房20万平方米，入驻企业35家。',
      '二、城乡建设',
      '县城建成区面积扩大到18平方公里，城镇化率达到58%，城乡面貌焕然一新。',
    ]
    const outline = detectText(report.join('\n'))
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '奋进新征程' },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '一、产业发展',
        children: [{ kind: 'subsection', title: '（一）工业' }],
      },
      { kind: 'heading', title: '二、城乡建设' },
    ])
    expect(outline[2].children[0].blocks).toEqual([
      paragraphBlock('（一）工业', 5),
      paragraphBlock(report[4], 11),
      paragraphBlock(report[5], 11),
    ])
  })

  it('reads a report without subtitle and lead when its first heading looks like the rest', () => {
    const report = [
      '聚焦两会',
      '奋进新征程 建功新时代',
      '创新驱动，产业升级跑出加速度',
      '传统产业焕发新生机。全年完成技改项目30个，规上工业增加值增长9.2%，产业结构持续优化。',
      '新兴产业加速成长。新能源、新材料产业产值突破百亿元，占工业总产值比重达到35%。',
      '绿色发展，生态底色更加鲜明',
      '全年空气质量优良天数达到280天，地表水考核断面水质全部达标，森林覆盖率提高到42%。',
      '共享发展，民生福祉持续增进',
      '全年民生支出占一般公共预算支出的82%，新增城镇就业5000人，新建改扩建学校8所。',
    ]
    expect(outlineOf(detectText(report.join('\n')))).toEqual([
      { kind: 'masthead', title: '聚焦两会' },
      { kind: 'title', title: '奋进新征程 建功新时代' },
      {
        kind: 'heading',
        title: '创新驱动，产业升级跑出加速度',
        children: [
          { kind: 'subsection', title: '传统产业焕发新生机' },
          { kind: 'subsection', title: '新兴产业加速成长' },
        ],
      },
      { kind: 'heading', title: '绿色发展，生态底色更加鲜明' },
      { kind: 'heading', title: '共享发展，民生福祉持续增进' },
    ])
  })

  it('puts lead sentences at the top level when a report has no headings', () => {
    const report = [
      '上党区：实干笃行向未来',
      '2025年，上党区坚持稳中求进，经济社会发展呈现稳中有进、进中向好的良好态势，主要指标增速位居全市前列。',
      '产业转型提速提档。全年完成工业技改投资50亿元，新增规上企业18家，工业增加值增长8.1%。',
      '城乡面貌焕然一新。完成老旧小区改造42个，新建城市公园3座，农村人居环境持续改善。',
      '新的一年，上党区将以更加昂扬的姿态，奋力谱写高质量发展新篇章。',
      '编辑/李华',
    ]
    expect(outlineOf(detectText(report.join('\n')))).toEqual([
      { kind: 'title', title: '上党区：实干笃行向未来' },
      { kind: 'lead', title: '2025年' },
      { kind: 'subsection', title: '产业转型提速提档' },
      { kind: 'subsection', title: '城乡面貌焕然一新' },
      { kind: 'closing', title: '新的一年' },
      { kind: 'credits', title: '编辑/李华' },
    ])
  })

  it('leaves the last paragraph in its section when it is the only one since the heading', () => {
    const report = [
      '奋进新征程',
      '2024年，全县上下团结奋斗，交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。',
      '产业发展势头强劲',
      '全年新增规上企业10家，工业总产值突破200亿元，同比增长9%，发展后劲持续增强。',
      '城乡建设步伐加快',
      '县城建成区面积扩大到18平方公里，城镇化率达到58%，城乡面貌焕然一新，群众更加满意。',
      '文字/张三',
    ]
    const outline = detectText(report.join('\n'))
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '奋进新征程' },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '产业发展势头强劲' },
      { kind: 'heading', title: '城乡建设步伐加快' },
      { kind: 'credits', title: '文字/张三' },
    ])
    expect(blockTexts(outline[3])).toEqual([report[5]])
  })
})

describe('detectStructure on other layouts', () => {
  it('does without a closing: a last paragraph opening with a lead stays a subsection', () => {
    const outline = detectText(sampleWithout('太行巍巍启新程'))
    expect(outlineOf(outline)).toEqual(sampleOutline.filter((entry) => entry.kind !== 'closing'))
    expect(blockTexts(outline[7].children[2])).toEqual([sampleLines[25]])
  })

  it('reads lone lead lines, 【】 leads, 【…篇】 headings and long two-part headings', () => {
    const report = [
      '奋进新征程',
      '2024年，全县上下团结奋斗，交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。',
      '【产业转型篇】',
      '传统产业焕发绿色生机。',
      '全年完成工业技改投资50亿元，新增规上企业18家，工业增加值增长8.1%，转型步伐加快。',
      '【新兴产业加速成长】新能源、新材料产业产值突破百亿元，占工业总产值比重达到35%。',
      '从“煤字号”到“新质态”，上党区产业转型升级跑出高质量发展加速度',
      '全年民生支出占一般公共预算支出的80%以上，办成一批群众可感可及的实事，群众更加满意。',
    ]
    const outline = detectText(report.join('\n'))
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '奋进新征程' },
      { kind: 'lead', title: '2024年' },
      {
        kind: 'heading',
        title: '【产业转型篇】',
        children: [
          { kind: 'subsection', title: '传统产业焕发绿色生机' },
          { kind: 'subsection', title: '新兴产业加速成长' },
        ],
      },
      { kind: 'heading', title: report[6] },
    ])
    expect(outline[2].children[0].blocks).toEqual([
      paragraphBlock('传统产业焕发绿色生机。', 11),
      paragraphBlock(report[4]),
    ])
    expect(outline[2].children[1].blocks).toEqual([paragraphBlock(report[5], 10)])
  })

  it("puts an editor's note before the title in the masthead, and after it in the lead", () => {
    const note =
      '编者按：2024年是实现“十四五”规划目标任务的关键一年。本报今起推出系列报道，展示各县区发展成果。'
    const lead =
      '2024年，武乡县以红色文化为魂、绿色发展为基，奋力推动县域经济高质量发展，全年地区生产总值增长5.5%。'
    const body = [
      '一、产业发展提质增效',
      '全县规上工业增加值增长7.2%，新增规上企业12家，工业经济运行稳中向好，发展后劲持续增强。',
    ]
    expect(
      outlineOf(detectText([note, '武乡：红色热土焕发新活力', lead, ...body].join('\n'))),
    ).toEqual([
      { kind: 'masthead', title: '编者按：2024年是实现“十四五' },
      { kind: 'title', title: '武乡：红色热土焕发新活力' },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '一、产业发展提质增效' },
    ])
    const afterTitle = detectText(['武乡：红色热土焕发新活力', note, lead, ...body].join('\n'))
    expect(outlineOf(afterTitle)).toEqual([
      { kind: 'title', title: '武乡：红色热土焕发新活力' },
      { kind: 'lead', title: '编者按：2024年是实现“十四五' },
      { kind: 'heading', title: '一、产业发展提质增效' },
    ])
    expect(blockTexts(afterTitle[1])).toEqual([note, lead])
  })

  it('keeps an end mark and a date after the closing paragraph in the closing', () => {
    const lines = [...sampleLines.slice(0, 27), '（完）', '2026年1月5日', ...sampleLines.slice(27)]
    const outline = detectText(lines.join('\n'))
    expect(outlineOf(outline)).toEqual(sampleOutline)
    expect(blockTexts(outline[8])).toEqual([sampleLines[26], '（完）', '2026年1月5日'])
  })

  it('keeps a two-paragraph lead together and a byline after the subtitle with it', () => {
    const second =
      '这一年，全区上下拼搏实干，经济总量迈上新台阶，主要经济指标增速稳居全市前列，发展底气更足。'
    const byline = '记者 王涵 李盼'
    const lines = [...sampleLines.slice(0, 8), byline, sampleLines[8], second]
    const outline = detectText([...lines, ...sampleLines.slice(9)].join('\n'))
    const lead = { kind: 'lead' as const, title: byline }
    expect(outlineOf(outline)).toEqual(
      sampleOutline.map((entry) => (entry.kind === 'lead' ? lead : entry)),
    )
    expect(blockTexts(outline[3])).toEqual([byline, sampleLines[8], second])
  })
})

describe('detectStructure and run-in lead sentences', () => {
  const head = [
    '奋进新征程',
    '2024年，全县上下团结奋斗，交出了一份高质量发展的亮眼答卷，各项事业取得新的进展和成效。',
    '城乡蝶变同出彩，宜居画卷渐次展开',
  ]
  const laterLeads = [
    '乡村振兴展现新风貌。投资15亿元的人居环境整治项目全面启动，5个精品示范村串珠成链。',
    '城市功能更加完善。新建城市公园3座，新增停车位3900个，群众出行更加便捷。',
  ]
  const closing = '新的一年，全县将以更加昂扬的姿态，奋力谱写高质量发展新篇章。'

  function introOf(intro: string, leads = laterLeads): DetectedSection {
    const outline = detectText([...head, intro, ...leads, closing].join('\n'))
    return section(outline, 'heading')
  }

  it('splits a lead-shaped sentence after the intro sentence', () => {
    const heading = introOf(
      '全县以一体化思维推进城乡发展，让城市更有温度、乡村更加和美。城市更新提升品质。新建改造道路18条，老旧管网更新22.8公里。',
    )
    expect(heading.blocks).toEqual([
      paragraphBlock('全县以一体化思维推进城乡发展，让城市更有温度、乡村更加和美。'),
    ])
    expect(heading.children.map((child) => child.title)).toEqual([
      '城市更新提升品质',
      '乡村振兴展现新风貌',
      '城市功能更加完善',
    ])
    expect(heading.children[0].blocks).toEqual([
      paragraphBlock('城市更新提升品质。新建改造道路18条，老旧管网更新22.8公里。', 9),
    ])
  })

  it.each([
    [
      'a sentence too short to be a lead',
      '全县推进城乡发展，城乡面貌不断改善。成效显著。新建改造道路18条，老旧管网更新22.8公里。',
    ],
    [
      'a sentence with a comma',
      '全县推进城乡发展，城乡面貌不断改善。城市更新，品质提升。新建改造道路18条，管网更新22.8公里。',
    ],
    [
      'a sentence with digits',
      '全县推进城乡发展，城乡面貌不断改善。道路新建18条以上。新建改造道路18条，管网更新22.8公里。',
    ],
    [
      'a sentence opening like prose',
      '全县推进城乡发展，城乡面貌不断改善。这是群众最大的期盼。新建改造道路18条，管网更新22.8公里。',
    ],
    [
      'a sentence at the end of the paragraph',
      '全县推进城乡发展，城乡面貌不断改善，新建改造道路18条。城市更新提升品质。',
    ],
    [
      'a sentence after a third sentence',
      '全县坚持城乡统筹，推进融合发展。城乡面貌不断改善，群众满意度提升。全年投入资金5亿元。道路建设全面提速。新建改造道路18条，管网更新22.8公里。',
    ],
  ])('does not split at %s', (_, intro) => {
    const heading = introOf(intro)
    expect(heading.blocks).toEqual([paragraphBlock(intro)])
    expect(heading.children.map((child) => child.title)).toEqual([
      '乡村振兴展现新风貌',
      '城市功能更加完善',
    ])
  })

  it('does not split an intro when the heading has no lead sentences later', () => {
    const intro =
      '全县推进城乡发展，城乡面貌不断改善。城市更新提升品质。新建改造道路18条，管网更新22.8公里。'
    const plain = ['全年新建城市公园3座，新增停车位3900个，群众出行更加便捷，城市品质持续提升。']
    const heading = introOf(intro, plain)
    expect(heading.blocks).toEqual([paragraphBlock(intro), paragraphBlock(plain[0])])
    expect(heading.children).toEqual([])
  })

  it('does not split the lead or a subsection paragraph', () => {
    const lead =
      '2024年，全县上下团结奋斗，交出了一份亮眼答卷。城市更新提升品质。各项事业取得新的进展和成效。'
    const subsection =
      '乡村振兴展现新风貌。人居环境整治项目全面启动。城市更新提升品质。5个精品示范村串珠成链。'
    const lines = [head[0], lead, head[2], subsection, laterLeads[1], closing]
    const outline = detectText(lines.join('\n'))
    expect(section(outline, 'lead').blocks).toEqual([paragraphBlock(lead)])
    expect(section(outline, 'heading').children.map((child) => child.blocks)).toEqual([
      [paragraphBlock(subsection, 10)],
      [paragraphBlock(laterLeads[1], 9)],
    ])
  })
})

describe('detectStructure with formatting hints', () => {
  const masthead: ParagraphHints = {
    align: 'center',
    bold: true,
    fontSizePt: 22,
    fontFamily: '方正小标宋简体',
  }
  const body: ParagraphHints = { fontSizePt: 16, fontFamily: '仿宋_GB2312' }
  const headingHints: ParagraphHints = {
    align: 'left',
    bold: true,
    fontSizePt: 16,
    fontFamily: '黑体',
  }
  const credits: ParagraphHints = { align: 'right', fontSizePt: 10.5, fontFamily: '楷体_GB2312' }

  /** The sample as the Word importer sees it: bold 黑体 headings and bold lead runs. */
  function sampleAsWord(): SourceBlock[] {
    return sampleLines.map((text, index) => {
      if (index < 7) {
        return paragraph(text, masthead)
      }
      if (index === 7) {
        return paragraph(text, { ...masthead, fontSizePt: 16, fontFamily: '楷体_GB2312' })
      }
      if ([9, 14, 19, 22].includes(index)) {
        return paragraph(text, headingHints)
      }
      if (index >= 27) {
        return paragraph(text, credits)
      }
      const lead = /^[^。，]{4,20}。/.exec(text)?.[0]
      const boldRun = index === 26 ? '太行巍巍启新程，漳水汤汤向未来。' : lead
      const hasBoldRun = boldRun !== undefined && index !== 8
      return paragraph(text, hasBoldRun ? { ...body, leadLength: boldRun.length } : body)
    })
  }

  it('reads the sample as a Word document; the closing keeps its bold lead', () => {
    const outline = detectStructure(sampleAsWord())
    expect(outlineOf(outline)).toEqual(sampleOutline)
    expect(outline[8].blocks).toEqual([paragraphBlock(sampleLines[26], 16)])
    expect(outline[6].children[0].blocks[0]).toMatchObject({ leadLength: 9 })
  })

  it('uses heading levels, whole bold, larger fonts and bold lead runs without text cues', () => {
    const blocks: SourceBlock[] = [
      paragraph('奋楫扬帆正当时', { align: 'center', bold: true, fontSizePt: 22 }),
      paragraph('某县二〇二三年经济社会发展综述', { align: 'center', fontSizePt: 16 }),
      paragraph(
        '2023年，全县上下在县委坚强领导下，攻坚克难、砥砺奋进，经济社会发展取得新成效，人民生活水平持续提高。',
        body,
      ),
      paragraph('坚持稳中求进，推动经济运行持续向好。', { ...body, bold: true }),
      paragraph('农业生产稳中有升，粮食总产量再创新高。全年粮食播种面积稳定在60万亩以上。', {
        ...body,
        leadLength: 19,
      }),
      paragraph('工业经济稳中有进，规上工业增加值增长7.5%。新投产项目18个，新增产值20亿元。', {
        ...body,
        leadLength: 23,
      }),
      paragraph('深化改革开放激发发展内生动力持续优化营商环境全面提升服务效能', {
        ...body,
        headingLevel: 2,
      }),
      paragraph('全年新登记市场主体5600户，增长12%，实际利用外资增长15%，改革红利持续释放。', body),
      paragraph('坚持以人民为中心的发展思想不断增进民生福祉持续提升群众幸福感', {
        ...body,
        fontSizePt: 18,
      }),
      paragraph('传统产业焕发绿色生机。', { ...body, bold: true }),
      paragraph('全年民生支出占一般公共预算支出的80%以上，办成一批群众可感可及的实事。', body),
      paragraph('新的一年，我们将坚定信心、真抓实干，奋力谱写全面建设现代化新篇章。', body),
      paragraph('责任编辑：张三', credits),
    ]
    const outline = detectStructure(blocks)
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'subtitle', title: '某县二〇二三年经济社会发展综述' },
      { kind: 'lead', title: '2023年' },
      {
        kind: 'heading',
        title: '坚持稳中求进，推动经济运行持续向好。',
        children: [
          { kind: 'subsection', title: '农业生产稳中有升，粮食总产量再创新高' },
          { kind: 'subsection', title: '工业经济稳中有进，规上工业增加值增长7.5%' },
        ],
      },
      { kind: 'heading', title: '深化改革开放激发发展内生动力持续优化营商环境全面提升服务效能' },
      {
        kind: 'heading',
        title: '坚持以人民为中心的发展思想不断增进民生福祉持续提升群众幸福感',
        children: [{ kind: 'subsection', title: '传统产业焕发绿色生机' }],
      },
      { kind: 'closing', title: '新的一年' },
      { kind: 'credits', title: '责任编辑：张三' },
    ])
    expect(outline[5].children[0].blocks).toEqual([
      paragraphBlock('传统产业焕发绿色生机。', 11),
      paragraphBlock('全年民生支出占一般公共预算支出的80%以上，办成一批群众可感可及的实事。'),
    ])
  })

  it('does not take a title after a larger decorative masthead for a subtitle', () => {
    const blocks: SourceBlock[] = [
      paragraph('两会特刊', { ...masthead, fontSizePt: 36 }),
      paragraph('奋楫扬帆正当时', masthead),
      paragraph(sampleLines[8], body),
    ]
    expect(outlineOf(detectStructure(blocks))).toEqual([
      { kind: 'masthead', title: '两会特刊' },
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'lead', title: '冬日的太行山脉' },
    ])
  })

  it('nests a deeper heading level under a heading as a subsection line', () => {
    const blocks: SourceBlock[] = [
      paragraph('稳中求进 实干争先', { headingLevel: 1, align: 'center' }),
      paragraph(
        '2024年，全县经济社会发展取得新成效，主要经济指标增速高于全省平均水平，发展质效稳步提升。',
        body,
      ),
      paragraph('经济发展', { headingLevel: 2 }),
      paragraph('工业', { headingLevel: 3 }),
      paragraph('全年规上工业增加值增长8.5%，工业技改投资增长20%，新培育专精特新企业12家。', body),
      paragraph('社会事业', { headingLevel: 2 }),
      paragraph('新建改扩建学校6所，县人民医院胸痛中心通过国家认证，群众就医更加便捷。', body),
    ]
    expect(outlineOf(detectStructure(blocks))).toEqual([
      { kind: 'title', title: '稳中求进 实干争先' },
      { kind: 'lead', title: '2024年' },
      { kind: 'heading', title: '经济发展', children: [{ kind: 'subsection', title: '工业' }] },
      { kind: 'heading', title: '社会事业' },
    ])
  })

  it('treats a left-aligned bold line after the centred title as the first heading', () => {
    const blocks: SourceBlock[] = [
      paragraph('两会特刊', masthead),
      paragraph('奋楫扬帆正当时', masthead),
      paragraph('产业转型提速提档', headingHints),
      paragraph(
        '全年完成工业技改投资50亿元，新增规上企业18家，工业增加值增长8.1%，转型步伐加快。',
        body,
      ),
      paragraph('城乡面貌焕然一新', headingHints),
      paragraph(
        '完成老旧小区改造42个，新建城市公园3座，农村人居环境持续改善，群众幸福感不断提升。',
        body,
      ),
    ]
    expect(outlineOf(detectStructure(blocks))).toEqual([
      { kind: 'masthead', title: '两会特刊' },
      { kind: 'title', title: '奋楫扬帆正当时' },
      { kind: 'heading', title: '产业转型提速提档' },
      { kind: 'heading', title: '城乡面貌焕然一新' },
    ])
  })
})

describe('detectStructure with attachments and odd input', () => {
  it('returns nothing for no paragraphs or only blank ones', () => {
    expect(detectStructure([])).toEqual([])
    expect(detectStructure([paragraph(''), paragraph('\u3000 ')])).toEqual([])
  })

  it('reads a lone line as the title and a lone paragraph as the lead', () => {
    expect(outlineOf(detectText('太行深处焕新颜'))).toEqual([
      { kind: 'title', title: '太行深处焕新颜' },
    ])
    expect(outlineOf(detectText(sampleLines[8]))).toEqual([
      { kind: 'lead', title: '冬日的太行山脉' },
    ])
  })

  it('keeps attachments in the section where they occur', () => {
    const blocks: SourceBlock[] = [
      image('banner'),
      ...sampleLines.slice(0, 8).map((text) => paragraph(text)),
      image('after-subtitle'),
      ...sampleLines.slice(8, 10).map((text) => paragraph(text)),
      image('heading-photo'),
      ...sampleLines.slice(10, 12).map((text) => paragraph(text)),
      image('table'),
      ...sampleLines.slice(12, 27).map((text) => paragraph(text)),
      image('closing-photo'),
      ...sampleLines.slice(27).map((text) => paragraph(text)),
      image('logo'),
    ]
    const outline = detectStructure(blocks)
    expect(outlineOf(outline)).toEqual(sampleOutline)
    const attachments = (entry: DetectedSection) =>
      entry.blocks.flatMap((block) => (block.kind === 'attachment' ? [block.node.attrs?.src] : []))
    expect(attachments(outline[0])).toEqual(['banner'])
    expect(attachments(outline[3])).toEqual(['after-subtitle'])
    expect(outline[3].blocks[0]).toEqual(image('after-subtitle'))
    expect(attachments(outline[4])).toEqual(['heading-photo'])
    expect(attachments(outline[4].children[0])).toEqual(['table'])
    expect(attachments(outline[8])).toEqual(['closing-photo'])
    expect(attachments(outline[9])).toEqual(['logo'])
  })

  it('never loses text, attachments or lead bounds on arbitrary input', () => {
    const fragments = fc.constantFrom(
      '聚焦',
      '2026',
      '——',
      '—',
      '。',
      '，',
      '！',
      '；',
      '“',
      '”',
      '（一）',
      '一、',
      '1.',
      '策划/',
      '宋玉红',
      '摄影：',
      '产业转型',
      '提速提档',
      '传统产业焕发绿色生机',
      '这是',
      ' ',
      '\u3000',
      '▲',
    )
    const hints = fc.option(
      fc.record(
        {
          headingLevel: fc.integer({ min: 1, max: 4 }),
          bold: fc.boolean(),
          align: fc.constantFrom('left' as const, 'center' as const, 'right' as const),
          fontSizePt: fc.constantFrom(10.5, 16, 22),
          fontFamily: fc.constantFrom('黑体', '仿宋_GB2312'),
          leadLength: fc.integer({ min: 0, max: 30 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    )
    const block: fc.Arbitrary<SourceBlock> = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .tuple(fc.array(fragments, { minLength: 1, maxLength: 14 }), hints)
          .map(([parts, formatting]) => paragraph(parts.join(''), formatting)),
      },
      { weight: 1, arbitrary: fc.nat(99).map((number) => image(`image-${number}`)) },
    )
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), (blocks) => {
        const outline = detectStructure(blocks)
        const sourceText = blocks
          .map((entry) => (entry.kind === 'paragraph' ? entry.text : ''))
          .join('')
        expect(outlineText(outline)).toBe(withoutWhitespace(sourceText))
        const all = (sections: DetectedSection[]): DetectedBlock[] =>
          sections.flatMap((entry) => [...entry.blocks, ...all(entry.children)])
        const detected = all(outline)
        expect(detected.filter((entry) => entry.kind === 'attachment')).toEqual(
          blocks.filter((entry) => entry.kind === 'attachment'),
        )
        for (const entry of detected) {
          if (entry.kind === 'paragraph') {
            expect(entry.leadLength).toBeGreaterThanOrEqual(0)
            expect(entry.leadLength).toBeLessThanOrEqual(entry.text.length)
          }
        }
      }),
      { numRuns: 500 },
    )
  })
})
