import { readFileSync } from 'node:fs'
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { documentExtensions } from '../../shared/document/document-extensions'
import type { DocumentNode } from '../../shared/document/document-json'
import { AppError } from '../../shared/errors/app-error'
import type { DetectedSection } from '../detected-outline'
import type { SectionKind } from '../../shared/sections/section-kind'
import { detectStructure } from '../detect-structure'
import type { ReadBlock, SourceBlock, SourceParagraph } from '../source-paragraph'
import { splitTextParagraphs } from '../split-text-paragraphs'
import { decodeHtmlFile } from './decode-html-file'
import { maxHtmlLength, readHtmlBlocks } from './read-html-blocks'

const sample = readFileSync(
  new URL('../../../resources/shangdang-2025.txt', import.meta.url),
  'utf8',
)
const sampleLines = splitTextParagraphs(sample).map((source) => source.text)

function readFixture(name: string): string {
  const decoded = decodeHtmlFile(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))
  if (!decoded.ok) {
    throw new Error(`${name} is not text`)
  }
  return decoded.text
}

interface OutlineEntry {
  kind: SectionKind
  title: string
  children?: OutlineEntry[]
}

function outlineOf(sections: DetectedSection[]): OutlineEntry[] {
  return sections.map(({ kind, title, children }) =>
    children.length > 0 ? { kind, title, children: outlineOf(children) } : { kind, title },
  )
}

/** What the import service hands to structure detection: pictures become image placeholders. */
function toSourceBlocks(blocks: ReadBlock[]): SourceBlock[] {
  return blocks.map((block) =>
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
}

function detectHtml(html: string): DetectedSection[] {
  return detectStructure(toSourceBlocks(readHtmlBlocks(html)))
}

function paragraphs(blocks: ReadBlock[]): SourceParagraph[] {
  return blocks.filter((block): block is SourceParagraph => block.kind === 'paragraph')
}

function page(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面</title></head><body>${body}</body></html>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function cell(type: 'tableCell' | 'tableHeader', text: string, colspan = 1): DocumentNode {
  const node: DocumentNode = {
    type,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  }
  return colspan > 1 ? { ...node, attrs: { colspan, rowspan: 1 } } : node
}

function row(type: 'tableCell' | 'tableHeader', texts: string[]): DocumentNode {
  return { type: 'tableRow', content: texts.map((text) => cell(type, text)) }
}

describe('readHtmlBlocks on a saved district CMS page', () => {
  const blocks = readHtmlBlocks(readFixture('cms-news-page.html'))
  const body = { fontSizePt: 16, fontFamily: '仿宋_GB2312' }
  const heading = { bold: true, fontSizePt: 16, fontFamily: '黑体' }
  const credits = { align: 'right', fontSizePt: 12, fontFamily: '楷体_GB2312' } as const

  it('reads the title, the article body and nothing of the page around it', () => {
    expect(paragraphs(blocks)).toEqual([
      { kind: 'paragraph', text: '山水青岚绘新卷 笃行实干启新程', hints: { headingLevel: 1 } },
      {
        kind: 'paragraph',
        text: '——青岚区交出二〇二五年高质量发展答卷',
        hints: { bold: true, align: 'center' },
      },
      {
        kind: 'paragraph',
        text: '岁末回眸，青岚大地处处涌动着奋进的热潮。2025年，青岚区锚定“工业强区、生态立区、民生兴区”目标，稳中求进、以进促稳，经济运行持续回升向好，交出了一份成色足、质量优的发展答卷。',
        hints: body,
      },
      { kind: 'paragraph', text: '工业强区挑大梁，产业结构持续优化', hints: heading },
      {
        kind: 'paragraph',
        text: '能源保供稳字当头。2025年，全区原煤产量3598万吨，同比增长4.2%；6座煤矿完成智能化改造，吨煤综合能耗下降5.1%，能源安全“压舱石”作用更加凸显。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '新兴产业加快壮大。光伏玻璃、高端装备、新材料三大产业链加速延链补链，18家规上新兴企业实现产值42.6亿元；绿电装机规模达到126万千瓦，新能源发电量同比增长46%，新动能正在成为拉动增长的主引擎。',
        hints: { ...body, leadLength: 9 },
      },
      { kind: 'paragraph', text: '项目建设蹄疾步稳，发展后劲不断增强', hints: heading },
      {
        kind: 'paragraph',
        text: '全区坚持把项目建设作为稳增长的“硬抓手”，全年滚动实施重点项目156个，完成投资187.3亿元，固定资产投资同比增长9.6%。',
        hints: body,
      },
      {
        kind: 'paragraph',
        text: '招商引资成果丰硕。全年新签约项目62个、总金额138.5亿元，其中超10亿元项目5个，项目开工率达到72%。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '营商环境持续优化。“一枚印章管审批”改革纵深推进，企业开办实现“一日办结”，31个项目实现“拿地即开工”，市场主体总量突破4.2万户。',
        hints: { ...body, leadLength: 9 },
      },
      { kind: 'paragraph', text: '民生福祉温暖可感，幸福成色更加鲜亮', hints: heading },
      {
        kind: 'paragraph',
        text: '就业增收扎实有效。全年城镇新增就业5580人，城乡居民人均可支配收入分别增长6.2%和7.4%，“青岚技工”培训1.3万人次，群众的钱袋子越来越鼓。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '公共服务提质扩容。新建改扩建中小学、幼儿园9所，新增学位4500个；区人民医院新院区投入使用，家门口看名医成为现实。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '风正潮涌启新程，奋楫扬帆向未来。站在新的起点上，青岚区将坚定信心、真抓实干，奋力谱写高质量发展新篇章。',
        hints: body,
      },
      { kind: 'paragraph', text: '策划/李明', hints: credits },
      { kind: 'paragraph', text: '文字/赵文静 孙浩', hints: credits },
      { kind: 'paragraph', text: '图片/王强 刘洋', hints: credits },
    ])
  })

  it('places the pictures and the table where they stand, captions consumed', () => {
    const starts = blocks.map((block) =>
      block.kind === 'paragraph' ? block.text.slice(0, 4) : block.kind,
    )
    expect(starts).toEqual([
      '山水青岚',
      '——青岚',
      '岁末回眸',
      '工业强区',
      '能源保供',
      '新兴产业',
      'image',
      '项目建设',
      '全区坚持',
      '招商引资',
      '营商环境',
      'attachment',
      '民生福祉',
      '就业增收',
      'image',
      '公共服务',
      '风正潮涌',
      '策划/李',
      '文字/赵',
      '图片/王',
    ])
    const [inline, figure] = blocks.filter((block) => block.kind === 'image')
    expect(inline).toEqual({
      kind: 'image',
      bytes: expect.any(Uint8Array),
      caption: '图为青岚经济技术开发区光伏玻璃生产车间',
      credit: '记者 王强 摄',
    })
    const signature = inline.kind === 'image' && Array.from(inline.bytes!.subarray(0, 4))
    expect(signature).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(figure).toEqual({
      kind: 'image',
      remoteUrl: 'https://www.qinglan.gov.cn/xwzx/qlyw/202512/W020251229358.jpg',
      caption: '新建成的西关社区长者食堂',
      credit: '通讯员 刘洋 摄',
    })
  })

  it('turns the table into a schema-valid Tiptap table with header cells and spans', () => {
    const table = blocks.find((block) => block.kind === 'attachment')
    expect(table?.kind === 'attachment' && table.node).toEqual({
      type: 'table',
      content: [
        row('tableHeader', ['指标', '2025年', '同比增长']),
        row('tableCell', ['地区生产总值', '286.4亿元', '6.1%']),
        row('tableCell', ['原煤产量', '3598万吨', '4.2%']),
        row('tableCell', ['新能源发电量', '18.7亿千瓦时', '46%']),
        {
          type: 'tableRow',
          content: [cell('tableCell', '城乡居民人均可支配收入增速', 2), cell('tableCell', '6.8%')],
        },
      ],
    })
    const schema = getSchema(documentExtensions)
    const content = [(table as { node: DocumentNode }).node]
    const doc = schema.nodeFromJSON({ type: 'doc', content })
    expect(() => doc.check()).not.toThrow()
  })

  it('gives the report outline', () => {
    const outline = detectHtml(readFixture('cms-news-page.html'))
    expect(outlineOf(outline)).toEqual([
      { kind: 'title', title: '山水青岚绘新卷 笃行实干启新程' },
      { kind: 'subtitle', title: '——青岚区交出二〇二五年高质量发展答卷' },
      { kind: 'lead', title: '岁末回眸' },
      {
        kind: 'heading',
        title: '工业强区挑大梁，产业结构持续优化',
        children: [
          { kind: 'subsection', title: '能源保供稳字当头' },
          { kind: 'subsection', title: '新兴产业加快壮大' },
        ],
      },
      {
        kind: 'heading',
        title: '项目建设蹄疾步稳，发展后劲不断增强',
        children: [
          { kind: 'subsection', title: '招商引资成果丰硕' },
          { kind: 'subsection', title: '营商环境持续优化' },
        ],
      },
      {
        kind: 'heading',
        title: '民生福祉温暖可感，幸福成色更加鲜亮',
        children: [
          { kind: 'subsection', title: '就业增收扎实有效' },
          { kind: 'subsection', title: '公共服务提质扩容' },
        ],
      },
      { kind: 'closing', title: '风正潮涌启新程' },
      { kind: 'credits', title: '策划/李明' },
    ])
    const pictureSection = outline[3].children[1]
    expect(pictureSection.blocks.map((block) => block.kind)).toEqual(['paragraph', 'attachment'])
    expect(outline[4].blocks).toEqual([
      {
        kind: 'paragraph',
        text: '全区坚持把项目建设作为稳增长的“硬抓手”，全年滚动实施重点项目156个，完成投资187.3亿元，固定资产投资同比增长9.6%。',
        leadLength: 0,
      },
    ])
  })
})

describe('readHtmlBlocks on a saved WeChat article', () => {
  const html = readFixture('wechat-article.html')
  const blocks = readHtmlBlocks(html)
  const body = { align: 'justify', fontSizePt: 11.25, fontFamily: 'mp-quote' } as const
  const heading = {
    bold: true,
    align: 'center',
    fontSizePt: 12.75,
    fontFamily: 'mp-quote',
  } as const
  const credits = { align: 'right', fontSizePt: 9, fontFamily: 'mp-quote' } as const

  it('reads #activity-name as a centred title and the nested sections of #js_content', () => {
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        text: '青岚答卷 | 2025，我们这样走过',
        hints: { headingLevel: 1, align: 'center' },
      },
      {
        kind: 'image',
        remoteUrl: 'https://mmbiz.qpic.cn/mmbiz_jpg/qLaNbAnNeR2025aBcD/640?wx_fmt=jpeg&from=appmsg',
        caption: '',
        credit: '',
      },
      {
        kind: 'paragraph',
        text: '这一年，青岚区上下团结一心、苦干实干，经济总量迈上新台阶，城乡面貌焕发新气象，群众生活实现新提升。一组组数据、一个个场景，记录下青岚奋进的坚实足迹。',
        hints: body,
      },
      { kind: 'paragraph', text: '一、产业提质 动能更足', hints: heading },
      {
        kind: 'paragraph',
        text: '工业经济量质齐升。全年规上工业增加值同比增长8.3%，原煤产量3598万吨，新能源发电量同比增长46%，6座智能化煤矿建成投用，“黑色经济”加速向“绿色经济”转身。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'image',
        remoteUrl: 'https://mmbiz.qpic.cn/mmbiz_png/qLaNbAnNeR2025eFgH/640?wx_fmt=png&from=appmsg',
        caption: '青岚经济技术开发区一角',
        credit: '通讯员 刘洋 摄',
      },
      {
        kind: 'paragraph',
        text: '农业基础更加稳固。粮食播种面积稳定在32.6万亩，总产量达到1.85亿公斤；建成高标准农田2.1万亩，“青岚小米”入选全国名特优新农产品名录。',
        hints: { ...body, leadLength: 9 },
      },
      { kind: 'paragraph', text: '二、城乡提质 颜值更高', hints: heading },
      {
        kind: 'paragraph',
        text: '城市功能加快完善。延安路南延工程建成通车，改造老旧小区26个、供热管网22.8公里，新增停车位3900个，“推窗见绿、出门入园”成为市民生活常态。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '乡村面貌焕然一新。5个精品示范村、32个提档升级村串珠成链，农村公路提质改造84.7公里，和美乡村的画卷在太行山下徐徐展开。',
        hints: { ...body, leadLength: 9 },
      },
      { kind: 'paragraph', text: '三、民生提质 日子更甜', hints: heading },
      {
        kind: 'paragraph',
        text: '民生实事件件落地。十项民生实事全部办结，城镇新增就业5580人，城乡居民人均可支配收入分别增长6.2%和7.4%，群众获得感成色更足。',
        hints: { ...body, leadLength: 9 },
      },
      {
        kind: 'paragraph',
        text: '岁序更替，华章日新。2026年，青岚区将以更加昂扬的姿态、更加务实的作风，奋力书写高质量发展的新答卷，让群众的日子越过越红火！',
        hints: body,
      },
      { kind: 'paragraph', text: '编辑/陈晓', hints: credits },
      { kind: 'paragraph', text: '审核/李明', hints: credits },
    ])
  })

  it('gives the report outline', () => {
    expect(outlineOf(detectHtml(html))).toEqual([
      { kind: 'title', title: '青岚答卷 | 2025，我们这样走过' },
      { kind: 'lead', title: '这一年' },
      {
        kind: 'heading',
        title: '一、产业提质 动能更足',
        children: [
          { kind: 'subsection', title: '工业经济量质齐升' },
          { kind: 'subsection', title: '农业基础更加稳固' },
        ],
      },
      {
        kind: 'heading',
        title: '二、城乡提质 颜值更高',
        children: [
          { kind: 'subsection', title: '城市功能加快完善' },
          { kind: 'subsection', title: '乡村面貌焕然一新' },
        ],
      },
      {
        kind: 'heading',
        title: '三、民生提质 日子更甜',
        children: [{ kind: 'subsection', title: '民生实事件件落地' }],
      },
      { kind: 'closing', title: '岁序更替' },
      { kind: 'credits', title: '编辑/陈晓' },
    ])
  })

  it("ran none of the page's scripts and handlers", () => {
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined()
    expect(JSON.stringify(blocks)).not.toMatch(/pwned|javascript|onerror|svg/u)
  })
})

describe('readHtmlBlocks on the 2025 上党区 sample as a web page', () => {
  const creditsStart = sampleLines.findIndex((line) => line.startsWith('策划/'))

  /** Masthead and subtitle centred bold, title <h1>, headings bold, lead sentences bold runs. */
  function sampleAsHtml(): string {
    const content = sampleLines.slice(0, creditsStart).map((text, index) => {
      if (index === 6) {
        return `<h1>${escapeHtml(text)}</h1>`
      }
      if (index < 8) {
        return `<p align="center"><strong>${escapeHtml(text)}</strong></p>`
      }
      if ([9, 14, 19, 22].includes(index)) {
        return `<p><strong>${escapeHtml(text)}</strong></p>`
      }
      const lead = index === 8 ? undefined : /^[^。，]{4,20}。/u.exec(text)?.[0]
      if (!lead) {
        return `<p style="text-indent: 2em">${escapeHtml(text)}</p>`
      }
      const rest = text.slice(lead.length)
      return `<p style="text-indent: 2em"><strong>${escapeHtml(lead)}</strong>${escapeHtml(rest)}</p>`
    })
    const credits = sampleLines.slice(creditsStart).map(escapeHtml).join('<br>\n')
    return page(`
      <div class="nav"><a href="/">首页</a> | <a href="/lhtk/">两会特刊</a></div>
      <div class="crumb">当前位置：首页 &gt; 两会特刊</div>
      <div class="article"><div class="article-content">
        ${content.join('\n')}
        <p style="text-align: right">${credits}</p>
      </div></div>
      <div class="footer"><p>长治市上党区融媒体中心 版权所有 未经授权禁止转载</p></div>`)
  }

  it('keeps every line of the text, in order', () => {
    const blocks = readHtmlBlocks(sampleAsHtml())
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual(sampleLines)
  })

  it('gives the same outline, blocks and lead lengths as the text import', () => {
    const fromText = detectStructure(splitTextParagraphs(sample))
    const fromHtml = detectHtml(sampleAsHtml())
    expect(outlineOf(fromHtml)).toEqual(outlineOf(fromText))
    expect(fromHtml).toEqual(fromText)
  })
})

describe('readHtmlBlocks paragraphs and hints', () => {
  it('splits a paragraph at <br>, collapses whitespace and trims nbsp and full-width spaces', () => {
    const blocks = readHtmlBlocks(
      page(`<p>&nbsp;&nbsp;　　第一段
        接着写。<br>
        <br>　　第二段&nbsp;&nbsp;&nbsp;有空格，谋好篇　布好局。&#8203;&nbsp;</p>`),
    )
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '第一段 接着写。' },
      { kind: 'paragraph', text: '第二段 有空格，谋好篇　布好局。' },
    ])
  })

  it('reads heading levels, bold, alignment, sizes and families from tags and inline styles', () => {
    const blocks = readHtmlBlocks(
      page(`
        <h2 style="text-align:center">二级标题</h2>
        <p align="right"><b>全部</b><strong>加粗</strong></p>
        <p style="font-weight: 600 !important">六百字重</p>
        <div style="font-size: 24px; font-family: '方正小标宋简体', serif">大号<span style="font-size: 2em">相对字号不计</span></div>
        <section style="text-align: center"><p>继承居中</p></section>
        <center>老式居中</center>
        <p><font face="黑体">字体标签</font></p>
        <p style="font-size: 10.5pt; font-family: url(https://evil.example/font)">五号字</p>`),
    )
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '二级标题', hints: { headingLevel: 2, align: 'center' } },
      { kind: 'paragraph', text: '全部加粗', hints: { bold: true, align: 'right' } },
      { kind: 'paragraph', text: '六百字重', hints: { bold: true } },
      {
        kind: 'paragraph',
        text: '大号相对字号不计',
        hints: { fontSizePt: 18, fontFamily: '方正小标宋简体' },
      },
      { kind: 'paragraph', text: '继承居中', hints: { align: 'center' } },
      { kind: 'paragraph', text: '老式居中', hints: { align: 'center' } },
      { kind: 'paragraph', text: '字体标签', hints: { fontFamily: '黑体' } },
      { kind: 'paragraph', text: '五号字', hints: { fontSizePt: 10.5 } },
    ])
  })

  it('measures the bold lead run in UTF-16 units, across nested spans and spaces', () => {
    const [first, second, third, fourth] = readHtmlBlocks(
      page(`
        <p>　　<span style="font-weight:bold"><span>传统产业</span>焕发𠮷生机。</span> 后文继续。</p>
        <p><strong>全文</strong><span style="font-weight:bold">加粗。</span></p>
        <p><strong>局部<span style="font-weight:normal">正常</span></strong>其余。</p>
        <p>开头正常，<strong>中间加粗</strong>。</p>`),
    )
    expect(first).toEqual({
      kind: 'paragraph',
      text: '传统产业焕发𠮷生机。 后文继续。',
      hints: { leadLength: 11 },
    })
    expect(second).toEqual({ kind: 'paragraph', text: '全文加粗。', hints: { bold: true } })
    expect(third).toEqual({ kind: 'paragraph', text: '局部正常其余。', hints: { leadLength: 2 } })
    expect(fourth).toEqual({ kind: 'paragraph', text: '开头正常，中间加粗。' })
  })

  it('reads a WeChat-style section with direct text around nested blocks', () => {
    const blocks = readHtmlBlocks(
      page(`<div id="js_content"><section>开头文字<section><p><span>内层段落</span></p></section>结尾文字</section>
        <ul><li>第一项</li><li>第二项</li></ul><blockquote>引用一段</blockquote></div>`),
    )
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '开头文字',
      '内层段落',
      '结尾文字',
      '第一项',
      '第二项',
      '引用一段',
    ])
  })

  it('drops page-info lines such as 发布时间 and 【打印本页】 inside the body', () => {
    const blocks = readHtmlBlocks(
      page(`<div class="content"><p>发布时间：2025-12-29　来源：本站</p>
        <p>全区经济运行稳中向好，主要指标增速高于全市平均水平，发展质量和效益持续提升。</p>
        <p>【打印本页】【关闭窗口】</p></div>`),
    )
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '全区经济运行稳中向好，主要指标增速高于全市平均水平，发展质量和效益持续提升。',
    ])
  })
})

describe('readHtmlBlocks content root', () => {
  const chrome = `
    <header class="site-header"><h1>某某区人民政府</h1><nav><a href="/">首页</a><a href="/news/">新闻</a></nav></header>
    <aside><p>热点新闻：一条很长很长的侧栏新闻标题，用来检验侧栏文字不会混入正文之中。</p></aside>
    <footer><p>版权所有：某某区人民政府办公室　地址：某某路1号　联系电话：0355-0000000</p></footer>`

  it('takes an <article> whole with its own header title, and nothing around it', () => {
    const blocks = readHtmlBlocks(
      page(`${chrome}<main><article><header><h1>青岚区经济运行稳中有进</h1><p class="meta">2025-12-29</p></header>
        <p>全区经济运行稳中有进，主要指标好于预期，高质量发展迈出坚实步伐。</p>
        <p>下一步，全区将继续巩固向好态势，确保全年目标任务圆满完成。</p>
        <div class="bdsharebuttonbox"><a href="#">分享到微信朋友圈，让更多的朋友看到这篇好文章</a></div></article></main>`),
    )
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '青岚区经济运行稳中有进',
      '全区经济运行稳中有进，主要指标好于预期，高质量发展迈出坚实步伐。',
      '下一步，全区将继续巩固向好态势，确保全年目标任务圆满完成。',
    ])
  })

  it('takes the box holding the most paragraph text, and its title from before it', () => {
    const blocks = readHtmlBlocks(
      page(`${chrome}<div class="wrap"><div class="logo"><h2>融媒青岚</h2></div>
        <div class="detail"><div class="detail-title">城乡居民收入稳步增长</div>
        <div class="detail-info">来源：青岚区统计局</div>
        <div id="vsb_content"><div class="v_news_content">
          <p>全区城乡居民人均可支配收入分别增长6.2%和7.4%，收入结构持续优化。</p>
          <p>工资性收入、经营净收入、财产净收入和转移净收入全面增长。</p>
        </div></div></div>
        <div class="list"><p>往期：</p></div></div>`),
    )
    expect(paragraphs(blocks)).toEqual([
      { kind: 'paragraph', text: '城乡居民收入稳步增长', hints: { headingLevel: 1 } },
      {
        kind: 'paragraph',
        text: '全区城乡居民人均可支配收入分别增长6.2%和7.4%，收入结构持续优化。',
      },
      { kind: 'paragraph', text: '工资性收入、经营净收入、财产净收入和转移净收入全面增长。' },
    ])
  })

  it('keeps text split over sibling boxes together', () => {
    const blocks = readHtmlBlocks(
      page(`<div class="body"><div class="part"><p>第一部分的正文段落，写的是产业转型的成效。</p><p>第一部分第二段。</p></div>
        <div class="part"><p>第二部分的正文段落，写的是城乡建设的进展。</p><p>第二部分第二段。</p></div></div>
        <div class="links"><p>友情链接</p></div>`),
    )
    expect(blocks).toHaveLength(4)
  })

  it('reads a page without paragraphs from <body>, and layout tables as text', () => {
    const blocks = readHtmlBlocks(
      page(
        `<table width="100%"><tr><td><b>全区重点工作推进会召开</b><br>会议要求，各部门要对标年度目标，倒排工期、挂图作战。<br><img src="https://cdn.example.cn/a.jpg"></td></tr></table>`,
      ),
    )
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '全区重点工作推进会召开', hints: { bold: true } },
      { kind: 'paragraph', text: '会议要求，各部门要对标年度目标，倒排工期、挂图作战。' },
      { kind: 'image', remoteUrl: 'https://cdn.example.cn/a.jpg', caption: '', credit: '' },
    ])
  })
})

describe('readHtmlBlocks pictures', () => {
  const png =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
  const text = '<p>正文段落，全区经济运行稳中向好，发展质量持续提升，群众获得感不断增强。</p>'

  it('keeps inline PNG bytes and http(s) addresses; drops other schemes and fake or SVG data', () => {
    const blocks = readHtmlBlocks(
      page(`${text}<img src="data:image/png;base64,${png}">
        <img src="data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}">
        <img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
        <img src="javascript:alert(1)"><img src="file:///C:/Windows/win.ini"><img src="ftp://x/y.png">
        <img src="relative/only.png"><img data-src="//mmbiz.qpic.cn/a/640?wx_fmt=jpeg">
        <img src="http://www.example.cn/b.gif">`),
    )
    expect(blocks.filter((block) => block.kind === 'image')).toEqual([
      { kind: 'image', bytes: new Uint8Array(Buffer.from(png, 'base64')), caption: '', credit: '' },
      {
        kind: 'image',
        remoteUrl: 'https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg',
        caption: '',
        credit: '',
      },
      { kind: 'image', remoteUrl: 'http://www.example.cn/b.gif', caption: '', credit: '' },
    ])
  })

  it('resolves relative addresses against <base href>', () => {
    const blocks = readHtmlBlocks(
      `<html><head><base href="https://www.example.cn/news/2025/"></head><body>${text}<img src="../img/a.jpg"></body></html>`,
    )
    expect(blocks[1]).toEqual({
      kind: 'image',
      remoteUrl: 'https://www.example.cn/news/img/a.jpg',
      caption: '',
      credit: '',
    })
  })

  it.each([
    ['图为新建成的游园', { caption: '图为新建成的游园', credit: '' }],
    ['▲ 游园一角（记者 王强 摄）', { caption: '游园一角', credit: '记者 王强 摄' }],
    ['<span style="font-size:12px">游园夜景</span>', { caption: '游园夜景', credit: '' }],
    [
      '<span style="text-align:center">游园一角 摄影：王强</span>',
      { caption: '游园一角', credit: '王强' },
    ],
  ])('takes the next paragraph %s as the caption', (caption, expected) => {
    const blocks = readHtmlBlocks(
      page(
        `<div style="font-size:16px">${text}<img src="https://a.example/p.jpg"><p>${caption}</p>${text}</div>`,
      ),
    )
    expect(blocks).toEqual([
      expect.objectContaining({ kind: 'paragraph' }),
      { kind: 'image', remoteUrl: 'https://a.example/p.jpg', ...expected },
      expect.objectContaining({ kind: 'paragraph' }),
    ])
  })

  it('leaves a body paragraph or a heading after a picture alone', () => {
    const blocks = readHtmlBlocks(
      page(`${text}<img src="https://a.example/p.jpg">${text}<img src="https://a.example/q.jpg">
        <p style="text-align:center"><strong>二、城乡面貌焕然一新</strong></p>${text}`),
    )
    expect(blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'image',
      'paragraph',
      'paragraph',
    ])
  })
})

describe('readHtmlBlocks bad input', () => {
  it('refuses a page past the size limit with a clear message', () => {
    const huge = 'x'.repeat(maxHtmlLength + 1)
    expect(() => readHtmlBlocks(huge)).toThrow(AppError)
    try {
      readHtmlBlocks(huge)
    } catch (error) {
      expect(error).toMatchObject({ code: 'html_too_large' })
      expect((error as AppError).message).toBe(
        '网页文件过大（20.0 MB），上限为 20 MB。网页中可能内嵌了大量图片，请在浏览器中用“网页，仅 HTML”另存后再导入。',
      )
    }
  })

  it.each([
    ['an empty string', ''],
    ['a page of scripts and styles', '<script>var a = "正文"</script><style>p{}</style>'],
    [
      'only chrome and whitespace',
      page('<nav><p>首页</p></nav><p>&nbsp;　</p><footer>版权所有</footer>'),
    ],
    ['only a picture', page('<img src="https://a.example/p.jpg">')],
  ])('refuses %s as empty', (_, html) => {
    expect(() => readHtmlBlocks(html)).toThrow(expect.objectContaining({ code: 'empty_import' }))
  })

  it('reads pathologically deep nesting without overflowing the stack', () => {
    const depth = 390
    const html = page(`${'<div><span>'.repeat(depth)}深处的文字${'</span></div>'.repeat(depth)}`)
    expect(paragraphs(readHtmlBlocks(html)).map((block) => block.text)).toEqual(['深处的文字'])
  })
})
