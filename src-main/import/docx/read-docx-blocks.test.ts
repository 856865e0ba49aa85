import fc from 'fast-check'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors/app-error'
import type { DetectedSection } from '../detected-outline'
import { detectStructure } from '../detect-structure'
import type { ReadBlock, SourceBlock, SourceParagraph } from '../source-paragraph'
import { splitTextParagraphs } from '../split-text-paragraphs'
import { writeTestZip } from '../../zip/write-test-zip'
import {
  buildTestDocx,
  tinyPng,
  wordParagraph,
  wordPicture,
  wordRelationship,
  wordRun,
} from './build-test-docx'
import { readDocxBlocks } from './read-docx-blocks'

const sampleDocx = readFileSync(new URL('../../../resources/shangdang-2025.docx', import.meta.url))
const sampleText = readFileSync(
  new URL('../../../resources/shangdang-2025.txt', import.meta.url),
  'utf8',
)

interface OutlineEntry {
  kind: string
  title: string
  texts: string[]
  children: OutlineEntry[]
}

/** Kinds, titles, block texts (attachments by type) and children. */
function outlineOf(sections: DetectedSection[]): OutlineEntry[] {
  return sections.map((section) => ({
    kind: section.kind,
    title: section.title,
    texts: section.blocks.map((block) =>
      block.kind === 'paragraph' ? block.text : `[${block.node.type}]`,
    ),
    children: outlineOf(section.children),
  }))
}

/** Images become placeholder report images, as the import service turns them into attachments. */
function detect(blocks: ReadBlock[]): DetectedSection[] {
  const sourceBlocks: SourceBlock[] = blocks.map((block) =>
    block.kind === 'image'
      ? {
          kind: 'attachment',
          node: {
            type: 'reportImage',
            attrs: { assetId: 0, caption: block.caption, credit: block.credit },
          },
        }
      : block,
  )
  return detectStructure(sourceBlocks)
}

/** Each section as kind, title and its children's titles. */
function titlesOf(sections: DetectedSection[]): [string, string, string[]][] {
  return sections.map(({ kind, title, children }) => [
    kind,
    title,
    children.map((child) => child.title),
  ])
}

/** Paragraph texts, and images as their caption in brackets. */
function summary(blocks: ReadBlock[]): string[] {
  return blocks.map((block) => {
    if (block.kind === 'image') {
      return `[${block.caption}]`
    }
    return block.kind === 'paragraph' ? block.text : `[${block.node.type}]`
  })
}

function paragraphs(blocks: ReadBlock[]): SourceParagraph[] {
  return blocks.filter((block): block is SourceParagraph => block.kind === 'paragraph')
}

function texts(blocks: ReadBlock[]): string[] {
  return paragraphs(blocks).map((block) => block.text)
}

async function readBody(body: string, styles?: string): Promise<ReadBlock[]> {
  return readDocxBlocks(await buildTestDocx({ body, styles }))
}

async function errorCode(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    if (error instanceof AppError) {
      return error.code
    }
    throw error
  }
  return 'no error'
}

const prose = [
  '全年实现城镇新增就业5580人，城乡居民人均可支配收入分别增长7%和6.5%，',
  '化解1.9万套房屋不动产“登记难”问题，稳稳的幸福触手可及。',
].join('')
const leadProse = [
  '冬日的太行山脉，银装素裹间孕育着无限生机；脚下的上党大地，热潮涌动间激荡着奋进脉搏，',
  '以实打实的发展成果写下浓墨重彩的一笔。',
].join('')

describe('readDocxBlocks on the 2025 上党区 sample', () => {
  it('gives the outline the plain-text copy gives, block for block', async () => {
    const fromDocx = detect(await readDocxBlocks(sampleDocx))
    const fromText = detectStructure(splitTextParagraphs(sampleText))
    expect(outlineOf(fromDocx)).toEqual(outlineOf(fromText))
    expect(fromDocx.map((section) => section.kind)).toEqual([
      'masthead',
      'title',
      'subtitle',
      'lead',
      'heading',
      'heading',
      'heading',
      'heading',
      'closing',
      'credits',
    ])
  })

  it('marks the same leads, and the closing bold lead the text copy cannot show', async () => {
    const fromDocx = detect(await readDocxBlocks(sampleDocx))
    const fromText = detectStructure(splitTextParagraphs(sampleText))
    const closing = fromDocx.findIndex((section) => section.kind === 'closing')
    expect(fromDocx.slice(0, closing)).toEqual(fromText.slice(0, closing))
    expect(fromDocx.slice(closing + 1)).toEqual(fromText.slice(closing + 1))
    expect(fromText[closing].blocks[0]).toMatchObject({ leadLength: 0 })
    expect(fromDocx[closing].blocks[0]).toMatchObject({ leadLength: 16 })
    const closingText = (fromDocx[closing].blocks[0] as SourceParagraph).text
    expect(closingText.slice(0, 16)).toBe('太行巍巍启新程，漳水汤汤向未来。')
  })

  it('reads each paragraph with its formatting', async () => {
    const blocks = paragraphs(await readDocxBlocks(sampleDocx))
    expect(blocks).toHaveLength(splitTextParagraphs(sampleText).length)
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: '聚焦',
      hints: { bold: true, align: 'center', fontSizePt: 22, fontFamily: '方正小标宋简体' },
    })
    expect(blocks[7].hints).toEqual({ align: 'center', fontSizePt: 16, fontFamily: '楷体_GB2312' })
    expect(blocks[9].hints).toEqual({
      bold: true,
      align: 'left',
      fontSizePt: 16,
      fontFamily: '黑体',
    })
    expect(blocks[11]).toMatchObject({
      text: expect.stringMatching(/^传统产业焕发绿色生机。2025年/u),
      hints: { leadLength: 11, fontSizePt: 16, fontFamily: '仿宋_GB2312' },
    })
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: '版式/翟志慧',
      hints: { align: 'right', fontSizePt: 10.5, fontFamily: '楷体_GB2312' },
    })
  })
})

const headingStyles = [
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>',
  '</w:rPr></w:rPrDefault></w:docDefaults>',
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>',
  '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>',
  '<w:pPr><w:jc w:val="left"/></w:pPr>',
  '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/>',
  '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportPart">',
  '<w:name w:val="报告大标题"/><w:basedOn w:val="1"/>',
  '<w:rPr><w:color w:val="C00000"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/>',
  '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>',
  '<w:style w:type="character" w:styleId="Plain"><w:name w:val="Plain"/>',
  '<w:rPr><w:b w:val="0"/></w:rPr></w:style>',
].join('')

const headingStyledBody = [
  wordParagraph('太行深处焕新颜 实干笃行向未来', { style: 'Title' }),
  wordParagraph('——上党区交出二〇二五年高质量发展答卷', { align: 'center' }),
  wordParagraph(leadProse),
  wordParagraph('产业转型提速提档', { style: '1' }),
  wordParagraph(prose),
  wordParagraph('传统产业焕发绿色生机', { style: 'Heading2' }),
  wordParagraph(prose),
  wordParagraph('新兴产业加速拔节成长', { style: 'Heading2' }),
  wordParagraph(prose),
  wordParagraph('项目为王强根基', { style: 'ReportPart' }),
  wordParagraph(prose),
  wordParagraph('招商引资打出组合拳', { outlineLevel: 1 }),
  wordParagraph(prose),
  wordParagraph('策划/宋玉红', { align: 'right' }),
].join('')

describe('readDocxBlocks with heading styles', () => {
  it('takes heading levels, bold, size, font and alignment from styles and defaults', async () => {
    const blocks = paragraphs(await readBody(headingStyledBody, headingStyles))
    const body = { align: 'justify', fontSizePt: 16, fontFamily: '仿宋_GB2312' }
    const heading1 = { ...body, headingLevel: 1, bold: true, align: 'left', fontSizePt: 18 }
    const heading2 = { ...body, headingLevel: 2, bold: true, fontFamily: '楷体_GB2312' }
    expect(blocks.map((block) => [block.text.slice(0, 8), block.hints])).toEqual([
      ['太行深处焕新颜 ', { ...body, bold: true, align: 'center', fontSizePt: 22 }],
      ['——上党区交出二', { ...body, align: 'center' }],
      ['冬日的太行山脉，', body],
      ['产业转型提速提档', { ...heading1, fontFamily: '黑体' }],
      ['全年实现城镇新增', body],
      ['传统产业焕发绿色', heading2],
      ['全年实现城镇新增', body],
      ['新兴产业加速拔节', heading2],
      ['全年实现城镇新增', body],
      ['项目为王强根基', { ...heading1, fontFamily: '黑体' }],
      ['全年实现城镇新增', body],
      ['招商引资打出组合', { ...body, headingLevel: 2 }],
      ['全年实现城镇新增', body],
      ['策划/宋玉红', { ...body, align: 'right' }],
    ])
  })

  it('gives an outline of headings with their subsections', async () => {
    const outline = detect(await readBody(headingStyledBody, headingStyles))
    expect(titlesOf(outline)).toEqual([
      ['title', '太行深处焕新颜 实干笃行向未来', []],
      ['subtitle', '——上党区交出二〇二五年高质量发展答卷', []],
      ['lead', '冬日的太行山脉', []],
      ['heading', '产业转型提速提档', ['传统产业焕发绿色生机', '新兴产业加速拔节成长']],
      ['heading', '项目为王强根基', ['招商引资打出组合拳']],
      ['credits', '策划/宋玉红', []],
    ])
  })

  it('lets a run or character style switch bold off again', async () => {
    const body = [
      wordParagraph([wordRun('产业转型', { bold: false }), wordRun('提速提档')], { style: '1' }),
      wordParagraph(['<w:r><w:rPr><w:rStyle w:val="Plain"/></w:rPr><w:t>项目为王</w:t></w:r>'], {
        style: '1',
      }),
    ].join('')
    const blocks = paragraphs(await readBody(body, headingStyles))
    expect(blocks[0].hints).toEqual({
      headingLevel: 1,
      align: 'left',
      fontSizePt: 18,
      fontFamily: '黑体',
    })
    expect(blocks[1].hints?.bold).toBeUndefined()
  })
})

const numberedOutlineText = [
  '太行深处焕新颜 实干笃行向未来',
  leadProse,
  '一、产业转型提速提档',
  prose,
  '（一）传统产业焕发绿色生机',
  prose,
  '（二）新兴产业加速拔节成长',
  prose,
  '二、项目为王强根基',
  prose,
  '（一）招商引资打出组合拳',
  prose,
]

const chineseNumbering = [
  '<w:abstractNum w:abstractNumId="7">',
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>',
  '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>',
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>',
  '<w:lvlText w:val="（%2）"/></w:lvl>',
  '</w:abstractNum>',
  '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/>',
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>',
  '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>',
  '<w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>',
].join('')

describe('readDocxBlocks with numbered headings', () => {
  it('finds 一、 and （一） headings typed as text', async () => {
    const body = numberedOutlineText.map((text) => wordParagraph(text)).join('')
    const outline = detect(await readBody(body))
    expect(titlesOf(outline)).toEqual([
      ['title', '太行深处焕新颜 实干笃行向未来', []],
      ['lead', '冬日的太行山脉', []],
      [
        'heading',
        '一、产业转型提速提档',
        ['（一）传统产业焕发绿色生机', '（二）新兴产业加速拔节成长'],
      ],
      ['heading', '二、项目为王强根基', ['（一）招商引资打出组合拳']],
    ])
  })

  it('shows Word list numbers as the text Word displays, giving the same outline', async () => {
    const numbered = (text: string) => {
      const level = text.startsWith('（') ? 1 : 0
      return wordParagraph(text.replace(/^(?:[一二]、|（[一二]）)/u, ''), { numId: 3, level })
    }
    const isNumbered = (text: string) => /^(?:[一二]、|（[一二]）)/u.test(text)
    const body = numberedOutlineText
      .map((text) => (isNumbered(text) ? numbered(text) : wordParagraph(text)))
      .join('')
    const bulleted = wordParagraph('不是编号的要点', { numId: 4 })
    const docx = await buildTestDocx({ body: body + bulleted, numbering: chineseNumbering })
    const blocks = await readDocxBlocks(docx)
    expect(texts(blocks)).toEqual([...numberedOutlineText, '不是编号的要点'])
    const plain = numberedOutlineText.map((text) => wordParagraph(text)).join('')
    expect(outlineOf(detect(blocks.slice(0, -1)))).toEqual(outlineOf(detect(await readBody(plain))))
  })

  it('carries a bold lead across a list number', async () => {
    const body = wordParagraph(
      [wordRun('传统产业焕发绿色生机。', { bold: true }), wordRun(prose)],
      { numId: 3, level: 1 },
    )
    const docx = await buildTestDocx({ body, numbering: chineseNumbering })
    const [block] = paragraphs(await readDocxBlocks(docx))
    expect(block.text.slice(0, 14)).toBe('（一）传统产业焕发绿色生机。')
    expect(block.hints?.leadLength).toBe(14)
  })
})

describe('readDocxBlocks on hand-formatted lead sentences', () => {
  it('measures the bold run a paragraph opens with', async () => {
    const bold = (text: string) => wordRun(text, { bold: true })
    const body = [
      wordParagraph([wordRun('综合实力迈上新台阶。', { bold: true }), wordRun(prose)]),
      wordParagraph([wordRun('  '), bold('城市更新提升品质'), wordRun('。' + prose)]),
      wordParagraph([bold('乡村振兴展现新风貌。'), wordRun(' ', { bold: false })]),
      wordParagraph([bold('基本保障'), wordRun(' '), bold('更加扎实')]),
      wordParagraph([wordRun(prose.slice(0, 10)), wordRun('加粗', { bold: true })]),
    ].join('')
    const blocks = paragraphs(await readBody(body))
    expect(blocks.map((block) => [block.text.slice(0, 12), block.hints])).toEqual([
      ['综合实力迈上新台阶。全年', { leadLength: 10 }],
      ['城市更新提升品质。全年实', { leadLength: 9 }],
      ['乡村振兴展现新风貌。', { bold: true }],
      ['基本保障 更加扎实', { bold: true }],
      ['全年实现城镇新增就业加粗', {}],
    ])
  })

  it('turns each bold lead into a subsection', async () => {
    const body = [
      wordParagraph('太行深处焕新颜 实干笃行向未来', { align: 'center' }),
      wordParagraph(leadProse),
      wordParagraph('民生答卷暖人心，幸福指数持续提升'),
      wordParagraph([wordRun('基本保障更加扎实。', { bold: true }), wordRun(prose)]),
      wordParagraph([wordRun('公共服务优质均衡。', { bold: true }), wordRun(prose)]),
    ].join('')
    const outline = detect(await readBody(body))
    expect(outline[2]).toMatchObject({
      kind: 'heading',
      title: '民生答卷暖人心，幸福指数持续提升',
      children: [
        { kind: 'subsection', title: '基本保障更加扎实', blocks: [{ leadLength: 9 }] },
        { kind: 'subsection', title: '公共服务优质均衡', blocks: [{ leadLength: 9 }] },
      ],
    })
  })
})

describe('readDocxBlocks text', () => {
  it('keeps insertions and field results, not deletions, instructions or hidden text', async () => {
    const body = wordParagraph([
      wordRun('上党区'),
      '<w:del w:id="1" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      wordRun('3'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      wordRun('隐藏', { hidden: true }),
      '<w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink>',
      '<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>',
      '<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:t xml:space="preserve">   C</w:t></w:r>',
    ])
    expect(texts(await readBody(body))).toEqual(['上党区新增3链接控件A B C'])
  })

  it('splits lines at line breaks and drops empty paragraphs', async () => {
    const body = [
      wordParagraph(['<w:r><w:t>2026</w:t><w:br/><w:t>长治两会</w:t><w:br/><w:br/></w:r>'], {
        align: 'center',
      }),
      wordParagraph(''),
      wordParagraph('\u3000\u3000'),
      '<w:p/>',
    ].join('')
    const blocks = paragraphs(await readBody(body))
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '2026', hints: { align: 'center' } },
      { kind: 'paragraph', text: '长治两会', hints: { align: 'center' } },
    ])
  })

  it('reads content controls, alternate content and text boxes in reading order', async () => {
    const textBox = (text: string) => `<w:txbxContent>${wordParagraph(text)}</w:txbxContent>`
    const body = [
      `<w:sdt><w:sdtPr/><w:sdtContent>${wordParagraph('控件里的段落')}</w:sdtContent></w:sdt>`,
      wordParagraph([
        wordRun('锚定段落'),
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>',
        `<a:graphic><a:graphicData><wps:wsp><wps:txbx>${textBox('文本框里的话')}</wps:txbx>`,
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>',
        `<mc:Fallback><w:pict><v:shape><v:textbox>${textBox('文本框里的话')}</v:textbox>`,
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
      ]),
      `<w:del><w:p><w:r><w:t>删掉的段落</w:t></w:r></w:p></w:del>`,
      wordParagraph('之后的段落'),
    ].join('')
    expect(texts(await readBody(body))).toEqual([
      '控件里的段落',
      '锚定段落',
      '文本框里的话',
      '之后的段落',
    ])
  })
})

const tableXml = [
  '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>',
  '<w:tr><w:trPr><w:tblHeader/></w:trPr>',
  `<w:tc>${wordParagraph('指标')}</w:tc><w:tc>${wordParagraph('2024年')}</w:tc>`,
  `<w:tc>${wordParagraph('2025年')}</w:tc></w:tr>`,
  `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${wordParagraph('原煤产量')}</w:tc>`,
  `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${wordParagraph('3598万吨')}</w:tc></w:tr>`,
  `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`,
  `<w:tc>${wordParagraph('第一行')}${wordParagraph('第二行')}</w:tc>`,
  '<w:tc><w:p/></w:tc></w:tr>',
  `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>${wordParagraph('短行')}</w:tc></w:tr>`,
  '</w:tbl>',
].join('')

function cell(type: string, lines: string[], colspan = 1, rowspan = 1) {
  const content =
    lines.length === 0
      ? [{ type: 'paragraph' }]
      : lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
  return { type, attrs: { colspan, rowspan, colwidth: null }, content }
}

describe('readDocxBlocks tables', () => {
  it('turns a table into table JSON with header row, colspans, rowspans and padding', async () => {
    const blocks = await readBody(wordParagraph('表格前') + tableXml + wordParagraph('表格后'))
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'attachment', 'paragraph'])
    expect(blocks[1]).toEqual({
      kind: 'attachment',
      node: {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              cell('tableHeader', ['指标']),
              cell('tableHeader', ['2024年']),
              cell('tableHeader', ['2025年']),
            ],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', ['原煤产量'], 1, 2), cell('tableCell', ['3598万吨'], 2)],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', ['第一行', '第二行']), cell('tableCell', [])],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', []), cell('tableCell', ['短行']), cell('tableCell', [])],
          },
        ],
      },
    })
  })

  it('takes a bold first row as the header and reads a one-cell frame as body text', async () => {
    const boldRow = `<w:tr><w:tc>${wordParagraph([wordRun('项目', { bold: true })])}</w:tc></w:tr>`
    const row = `<w:tr><w:tc>${wordParagraph('数值')}</w:tc></w:tr>`
    const framed = wordParagraph('框里的正文') + wordParagraph('第二段')
    const frame = `<w:tbl><w:tr><w:tc>${framed}</w:tc></w:tr></w:tbl>`
    const blocks = await readBody(`<w:tbl>${boldRow}${row}</w:tbl>${frame}`)
    expect(blocks[0]).toMatchObject({
      node: {
        content: [{ content: [{ type: 'tableHeader' }] }, { content: [{ type: 'tableCell' }] }],
      },
    })
    expect(blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: '框里的正文', hints: {} },
      { kind: 'paragraph', text: '第二段', hints: {} },
    ])
  })
})

describe('readDocxBlocks pictures', () => {
  const pictureRelationships =
    wordRelationship('rIdImage1', 'image', 'media/image1.png') +
    wordRelationship('rIdEmf', 'image', 'media/image2.emf')

  async function readWithPictures(body: string) {
    return readDocxBlocks(
      await buildTestDocx({
        body,
        relationships: pictureRelationships,
        parts: {
          'word/media/image1.png': tinyPng,
          'word/media/image2.emf': new Uint8Array([1, 0, 0, 0, 0x6c, 0, 0, 0]),
        },
      }),
    )
  }

  it('reads a picture with the caption and credit of the line under it', async () => {
    const body = [
      wordParagraph([wordRun(prose, { sizePt: 16 })]),
      wordParagraph([wordPicture({ embed: 'rIdImage1' })], { align: 'center' }),
      wordParagraph([wordRun('新建成的游园（记者 王强 摄）', { sizePt: 12 })], { align: 'center' }),
      wordParagraph([wordRun(prose, { sizePt: 16 })]),
    ].join('')
    const blocks = await readWithPictures(body)
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'image', 'paragraph'])
    expect(blocks[1]).toEqual({
      kind: 'image',
      bytes: tinyPng,
      caption: '新建成的游园',
      credit: '记者 王强 摄',
    })
  })

  it('takes a smaller or 图为 line as caption, not body text or a subtitle', async () => {
    const picture = wordParagraph([wordPicture({ embed: 'rIdImage1' })])
    const body = [
      picture,
      wordParagraph([wordRun('游园一角', { sizePt: 12 })]),
      picture,
      wordParagraph([wordRun('图为群众在游园里健身。', { sizePt: 16 })]),
      picture,
      wordParagraph([wordRun(prose, { sizePt: 16 })]),
      picture,
      wordParagraph([wordRun('——上党区交出答卷', { sizePt: 16 })], { align: 'center' }),
    ].join('')
    const blocks = await readWithPictures(body)
    expect(summary(blocks)).toEqual([
      '[游园一角]',
      '[图为群众在游园里健身。]',
      '[]',
      prose,
      '[]',
      '——上党区交出答卷',
    ])
  })

  it('leaves out pictures that are not web images, keeping the line under them', async () => {
    const body = [
      wordParagraph([wordPicture({ embed: 'rIdEmf' })]),
      wordParagraph('示意图（记者 王强 摄）'),
    ].join('')
    expect(await readWithPictures(body)).toEqual([
      { kind: 'paragraph', text: '示意图（记者 王强 摄）', hints: {} },
    ])
  })

  it('reads a VML picture of an older document', async () => {
    const vml = '<w:r><w:pict><v:shape><v:imagedata r:id="rIdImage1"/></v:shape></w:pict></w:r>'
    const body = wordParagraph([vml]) + wordParagraph('图为新建成的游园。')
    expect(await readWithPictures(body)).toEqual([
      { kind: 'image', bytes: tinyPng, caption: '图为新建成的游园。', credit: '' },
    ])
  })

  it('keeps a picture between two paragraphs of text where it stands', async () => {
    const body = wordParagraph([
      wordRun('图前文字'),
      wordPicture({ embed: 'rIdImage1' }),
      wordRun('图后文字'),
    ])
    const blocks = await readWithPictures(body)
    expect(summary(blocks)).toEqual(['图前文字', '[]', '图后文字'])
  })

  it('gives an outline with the picture as an attachment of its section', async () => {
    const body = [
      wordParagraph('太行深处焕新颜 实干笃行向未来', { align: 'center' }),
      wordParagraph(leadProse),
      wordParagraph('城乡蝶变同出彩，宜居画卷渐次展开'),
      wordParagraph(prose),
      wordParagraph([wordPicture({ embed: 'rIdImage1' })]),
      wordParagraph('新建成的游园（记者 王强 摄）', { align: 'center' }),
      wordParagraph(prose),
    ].join('')
    const outline = detect(await readWithPictures(body))
    expect(outlineOf(outline).slice(2)).toEqual([
      {
        kind: 'heading',
        title: '城乡蝶变同出彩，宜居画卷渐次展开',
        texts: [prose, '[reportImage]'],
        children: [],
      },
      { kind: 'closing', title: '全年实现城镇新增就业5580人', texts: [prose], children: [] },
    ])
    expect(outline[2].blocks[1]).toMatchObject({
      node: { attrs: { caption: '新建成的游园', credit: '记者 王强 摄' } },
    })
  })

  it('never reads a file a picture links to, keeping only http(s) addresses', async () => {
    const relationships = [
      wordRelationship('rIdFile', 'image', 'file:///etc/passwd', true),
      wordRelationship('rIdEmbedFile', 'image', 'file:///etc/passwd', true),
      wordRelationship('rIdClimb', 'image', '../../../../../../etc/passwd'),
      wordRelationship('rIdUnc', 'image', '\\\\server\\share\\photo.png', true),
      wordRelationship('rIdWeb', 'image', 'https://example.com/photo.jpg', true),
    ].join('')
    const body = [
      wordParagraph([wordPicture({ link: 'rIdFile' })]),
      wordParagraph([wordPicture({ embed: 'rIdEmbedFile' })]),
      wordParagraph([wordPicture({ embed: 'rIdClimb' })]),
      wordParagraph([wordPicture({ link: 'rIdUnc' })]),
      wordParagraph([wordPicture({ embed: 'rIdMissing' })]),
      '<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rIdFile"/></v:shape></w:pict></w:r></w:p>',
      wordParagraph([wordPicture({ link: 'rIdWeb' })]),
      wordParagraph('正文'),
    ].join('')
    const docx = await buildTestDocx({ body, relationships })
    const blocks = await readDocxBlocks(docx)
    expect(blocks).toEqual([
      { kind: 'image', remoteUrl: 'https://example.com/photo.jpg', caption: '', credit: '' },
      { kind: 'paragraph', text: '正文', hints: {} },
    ])
    expect(JSON.stringify(blocks)).not.toMatch(/passwd|root:/u)
  })
})

describe('readDocxBlocks on bad files', () => {
  it('explains every refusal in Chinese', () => {
    const codes = [
      'docx_not_zip',
      'docx_legacy_format',
      'docx_missing_document',
      'docx_unreadable',
      'zip_too_many_entries',
      'zip_too_large',
      'zip_unsupported',
    ]
    const fallback = new AppError('internal').message
    for (const code of codes) {
      const { message } = new AppError(code, { count: 10000, limit: 2000 })
      expect([code, message]).not.toEqual([code, fallback])
      expect(message).toMatch(/\p{Script=Han}/u)
      expect(message).not.toMatch(/\{\{/u)
    }
    expect(new AppError('docx_not_zip').message).toBe(
      '这不是有效的 Word 文件（.docx）：文件已损坏或不是 zip 格式。',
    )
  })

  it('refuses a file that is not a zip', async () => {
    const text = new TextEncoder().encode(sampleText)
    expect(await errorCode(() => readDocxBlocks(text))).toBe('docx_not_zip')
  })

  it('refuses a zip without a main document', async () => {
    const docx = await buildTestDocx({ body: '', withoutDocument: true })
    expect(await errorCode(() => readDocxBlocks(docx))).toBe('docx_missing_document')
    const zip = new JSZip()
    zip.file('hello.txt', '你好')
    const other = await zip.generateAsync({ type: 'uint8array' })
    expect(await errorCode(() => readDocxBlocks(other))).toBe('docx_missing_document')
  })

  it('turns malformed XML anywhere into docx_unreadable', async () => {
    const cases: Record<string, string> = {
      'word/document.xml': '<w:document><w:body><w:p>',
      'word/styles.xml': '<w:styles><w:style w:styleId="a"><w:name w:val="Normal"/>',
      'word/_rels/document.xml.rels': 'not xml at all',
      '_rels/.rels': '<Relationships><Relationship Id="a" Id="b"/></Relationships>',
    }
    for (const [part, xml] of Object.entries(cases)) {
      const valid = await buildTestDocx({ body: wordParagraph('正文'), styles: '' })
      const zip = await JSZip.loadAsync(valid)
      zip.file(part, xml)
      const docx = await zip.generateAsync({ type: 'uint8array' })
      expect([part, await errorCode(() => readDocxBlocks(docx))]).toEqual([part, 'docx_unreadable'])
    }
  })

  it('refuses a document without a body', async () => {
    const zip = await JSZip.loadAsync(await buildTestDocx({ body: '' }))
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    )
    const docx = await zip.generateAsync({ type: 'uint8array' })
    expect(await errorCode(() => readDocxBlocks(docx))).toBe('docx_unreadable')
  })

  it('stops a document part whose directory lies about its size', async () => {
    const zeros = deflateRawSync(Buffer.alloc(20 * 1024 * 1024))
    const bytes = writeTestZip([
      { name: 'word/document.xml', rawData: zeros, declaredUncompressedSize: 4000 },
    ])
    expect(await errorCode(() => readDocxBlocks(bytes))).toBe('zip_too_large')
  })

  it('only ever fails with an AppError on damaged files', async () => {
    const valid = await buildTestDocx({ body: headingStyledBody, styles: headingStyles })
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (changes) => {
          const damaged = valid.slice()
          for (const [position, value] of changes) {
            damaged[position] = value
          }
          await errorCode(() => readDocxBlocks(damaged))
        },
      ),
      { numRuns: 200 },
    )
  })
})
