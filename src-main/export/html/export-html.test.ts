import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { DocumentMark, DocumentNode } from '../../shared/document/document-json'
import { testPhotos } from '../../test-support/test-photos'
import { photoCaptionText } from '../photo-caption-text'
import { exportHtml } from './export-html'
import type { HtmlExportSection } from './html-render-context'
import type { HtmlExportInput } from './render-report-article'
import { renderReportArticle } from './render-report-article'
import { validateExportedHtml } from './validate-exported-html'

const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4YaOBFTEMpAQAmkY4QXj/pr4AAAAASUVORK5CYII=',
  'base64',
)
const figures: Record<number, { text: string; pending: boolean }> = {
  1: { text: '102.3万吨', pending: false },
  2: { text: '【待填·新增就业人数·上年5580人】', pending: true },
}

function text(value: string, marks?: DocumentMark[]): DocumentNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}
function link(value: string, href: string): DocumentNode {
  return text(value, [{ type: 'link', attrs: { href } }])
}
function paragraph(...content: DocumentNode[]): DocumentNode {
  return { type: 'paragraph', content }
}
function heading(level: number, value: string): DocumentNode {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}
function doc(...content: DocumentNode[]): DocumentNode {
  return { type: 'doc', content }
}
function metric(seriesId: number): DocumentNode {
  return { type: 'metric', attrs: { seriesId, template: '{v}万吨' } }
}
function row(...cells: [type: 'tableCell' | 'tableHeader', value: string][]): DocumentNode {
  return {
    type: 'tableRow',
    content: cells.map(([type, value]) => ({ type, content: [paragraph(text(value))] })),
  }
}
function image(assetId: number, caption: string, credit: string): DocumentNode {
  return { type: 'reportImage', attrs: { assetId, caption, credit } }
}
function lead(...content: DocumentNode[]): HtmlExportSection {
  return { kind: 'lead', doc: doc(...content) }
}

const sections: HtmlExportSection[] = [
  { kind: 'masthead', doc: doc(paragraph(text('两会特刊'))) },
  { kind: 'title', doc: doc(heading(1, '太行深处 <焕新颜> & “实干”')) },
  { kind: 'subtitle', doc: doc(paragraph(text('——上党区交出答卷'))) },
  lead(paragraph(text('全年原煤产量'), metric(1), text('。'))),
  {
    kind: 'heading',
    doc: doc(heading(2, '产业转型提速提档'), paragraph(text('作为转型的缩影。'))),
  },
  {
    kind: 'subsection',
    doc: doc(
      paragraph(
        text('基本保障更加扎实。', [{ type: 'leadSentence' }]),
        text('城镇新增就业'),
        metric(2),
        text('，'),
        text('稳稳的幸福', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        link('详见官网', 'https://www.shangdang.gov.cn/a?b=1&c=2'),
        link('或此处', 'javascript:alert(1)'),
      ),
    ),
  },
  {
    kind: 'subsection',
    doc: doc(
      heading(3, '数说上党'),
      {
        type: 'table',
        content: [
          row(['tableHeader', '指标'], ['tableHeader', '数值']),
          row(['tableHeader', '原煤'], ['tableCell', '3598万吨']),
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('项目'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [paragraph(text('第三'))] }],
      },
      { type: 'blockquote', content: [paragraph(text('群众说好才是真的好'))] },
      image(7, '日盛达光伏车间', '张国平'),
      image(8, '丢失的照片', ''),
    ),
  },
  { kind: 'heading', doc: doc(heading(2, '民生答卷暖人心')) },
  { kind: 'closing', doc: doc(paragraph(text('太行巍巍启新程。'))) },
  {
    kind: 'credits',
    doc: doc(paragraph(text('策划/宋玉红')), paragraph(text('文字/王涵 李盼'))),
  },
]

function input(overrides: Partial<HtmlExportInput> = {}): HtmlExportInput {
  return {
    title: '2025年 上党区 <答卷> & “回顾”',
    sections,
    renderFigure: (attributes) => figures[attributes.seriesId],
    loadImage: (assetId) => (assetId === 7 ? { bytes: tinyPng, mimeType: 'image/png' } : undefined),
    renderChart: () => ({ problem: '此测试没有图表' }),
    ...overrides,
  }
}

function parse(html: string): Document {
  return new JSDOM(html).window.document
}

function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector))
}

function texts(root: ParentNode, selector: string): string[] {
  return all(root, selector).map((element) => element.textContent ?? '')
}

function styleOf(element: Element | null): string {
  return element?.getAttribute('style') ?? ''
}

describe('exportHtml', () => {
  it('writes a complete zh-CN document that html-validate accepts', async () => {
    const html = exportHtml(input())
    expect(await validateExportedHtml(html)).toEqual([])
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n/)
    expect(html).toContain('<title>2025年 上党区 &lt;答卷&gt; &amp; “回顾”</title>')
    expect(parse(html).title).toBe('2025年 上党区 <答卷> & “回顾”')
  })

  it('escapes & < > " and \' in text and in attribute values', () => {
    const hostile = `<b class='x'>"Tom" & Jerry</b>`
    const escaped = '&lt;b class=&#39;x&#39;&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;'
    const html = exportHtml(
      input({ sections: [lead(paragraph(text(hostile)), image(7, hostile, ''))] }),
    )
    expect(html).toContain(`>${escaped}</p>`)
    expect(html).toContain(` alt="${escaped}"`)
    expect(html).toContain(`>${escaped}</figcaption>`)
    expect(html).not.toContain(hostile)
  })

  it('puts masthead, title and subtitle in a header and each theme in a section', () => {
    const document = parse(exportHtml(input()))
    const article = document.querySelector('body > article')!
    const header = article.querySelector(':scope > header')!
    expect(all(header, ':scope > *').map((element) => element.tagName)).toEqual(['P', 'H1', 'P'])
    expect(texts(header, 'h1')).toEqual(['太行深处 <焕新颜> & “实干”'])
    const themes = all(article, ':scope > section')
    expect(themes.map((theme) => theme.querySelector(':scope > h2')?.textContent)).toEqual([
      '产业转型提速提档',
      '民生答卷暖人心',
    ])
    expect(texts(themes[0], 'p > strong:first-child')).toEqual(['基本保障更加扎实。'])
    expect(texts(themes[0], 'h3')).toEqual(['数说上党'])
    expect(themes[0].querySelector('table')).not.toBeNull()
    expect(texts(article, ':scope > p')).toEqual(['全年原煤产量102.3万吨。', '太行巍巍启新程。'])
    expect(texts(article, ':scope > footer > p')).toEqual(['策划/宋玉红', '文字/王涵 李盼'])
  })

  it('keeps a subsection that has no theme heading before it out of any section', () => {
    const orphan: HtmlExportSection = {
      kind: 'subsection',
      doc: doc(paragraph(text('孤立的段落。'))),
    }
    const document = parse(exportHtml(input({ sections: [orphan] })))
    expect(texts(document, 'article > p')).toEqual(['孤立的段落。'])
    expect(document.querySelector('section')).toBeNull()
  })

  it('styles every element inline, with no class, style block or script', () => {
    const html = exportHtml(input())
    const document = parse(html)
    expect(html).not.toMatch(/<style|<script|\sclass=/i)
    const unstyled = all(document.body, '*')
      .filter((element) => !element.hasAttribute('style'))
      .map((element) => element.tagName)
    expect(new Set(unstyled)).toEqual(new Set(['TBODY', 'TR', 'BR']))
    expect(styleOf(document.body)).toContain('margin:0')
    const body = document.querySelector('section > p')
    expect(styleOf(body)).toContain('text-indent:2em')
    expect(styleOf(body)).toContain('line-height:1.75')
    expect(styleOf(body)).toMatch(
      /font-family:PingFang SC,.*Microsoft YaHei,.*Noto Sans CJK SC,.*sans-serif/,
    )
    expect(styleOf(document.querySelector('h1'))).toContain('text-align:center')
    expect(styleOf(document.querySelector('footer p'))).toContain('text-align:right')
    expect(styleOf(document.querySelector('td p'))).not.toContain('text-indent')
  })

  it('writes figures as their text and highlights the pending placeholder', () => {
    const document = parse(exportHtml(input()))
    expect(document.querySelector('article > p')?.innerHTML).toBe('全年原煤产量102.3万吨。')
    const pending = all(document, 'span').filter((span) => span.textContent === figures[2].text)
    expect(pending).toHaveLength(1)
    expect(styleOf(pending[0])).toContain('background-color:#fff1a8')
  })

  it('embeds a photo as a data: URI with its caption and credit and marks a missing one', () => {
    const document = parse(exportHtml(input()))
    const [photo, missing] = all(document, 'figure')
    const img = photo.querySelector('img')!
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${tinyPng.toString('base64')}`)
    expect(img.getAttribute('alt')).toBe('日盛达光伏车间')
    expect(img.getAttribute('width')).toBe('8')
    expect(styleOf(img)).toContain('max-width:100%')
    expect(texts(photo, 'figcaption')).toEqual(['日盛达光伏车间（摄影：张国平）'])
    expect(missing.querySelector('img')).toBeNull()
    expect(texts(missing, 'p')).toEqual(['【图片缺失】'])
    expect(texts(missing, 'figcaption')).toEqual(['丢失的照片'])
  })

  it('does not embed an image whose type is not a plain raster format', () => {
    const svg = { bytes: Buffer.from('<svg onload="alert(1)"/>'), mimeType: 'image/svg+xml' }
    const html = exportHtml(input({ loadImage: () => svg }))
    expect(html).not.toContain('data:image/svg')
    expect(texts(parse(html), 'figure p')).toEqual(['【图片缺失】', '【图片缺失】'])
  })

  it('keeps http, https and mailto links and leaves any other target as plain text', () => {
    const document = parse(exportHtml(input()))
    const links = all(document, 'a').map((anchor) => [
      anchor.getAttribute('href'),
      anchor.textContent,
    ])
    expect(links).toEqual([['https://www.shangdang.gov.cn/a?b=1&c=2', '详见官网']])
    expect(document.querySelector('section')?.textContent).toContain('或此处')
    const mailTo = lead(paragraph(link('来信', 'mailto:news@example.cn')))
    const mail = parse(exportHtml(input({ sections: [mailTo] })))
    expect(mail.querySelector('a')?.getAttribute('href')).toBe('mailto:news@example.cn')
  })

  it('writes tables with scoped header cells, lists with their start and block quotes', () => {
    const document = parse(exportHtml(input()))
    const cells = all(document, 'table > tbody > tr').map((tableRow) =>
      all(tableRow, 'th, td').map((item) => `${item.tagName}:${item.textContent}`),
    )
    expect(cells).toEqual([
      ['TH:指标', 'TH:数值'],
      ['TH:原煤', 'TD:3598万吨'],
    ])
    const scopes = all(document, 'th').map((header) => header.getAttribute('scope'))
    expect(scopes).toEqual(['col', 'col', 'row'])
    expect(texts(document, 'ul > li')).toEqual(['项目'])
    expect(document.querySelector('ol')?.getAttribute('start')).toBe('3')
    expect(texts(document, 'blockquote')).toEqual(['群众说好才是真的好'])
    expect(document.querySelector('section p br')).not.toBeNull()
  })

  it('drops control characters HTML cannot carry and leaves an empty heading out', () => {
    const emptyHeading = { type: 'heading', attrs: { level: 2 } }
    const body = doc(emptyHeading, paragraph(text('甲\u0000乙\u0007丙')))
    const html = exportHtml(input({ sections: [{ kind: 'heading', doc: body }] }))
    expect(texts(parse(html), 'p')).toEqual(['甲乙丙'])
    expect(html).not.toContain('<h2')
  })
})

describe('exportHtml with real photos (1)', () => {
  it('gives each photo its real shape, a quarter-turn EXIF orientation included, scaled by CSS', async () => {
    const photos = await testPhotos()
    const byId = { 1: photos.wide, 2: photos.portrait, 3: photos.turned } as const
    const html = exportHtml(
      input({
        sections: [
          lead(image(1, '宽幅', '记者 张国平 摄'), image(2, '竖幅', ''), image(3, '转向', '')),
        ],
        loadImage: (assetId) => byId[assetId as 1 | 2 | 3],
      }),
    )
    const images = all(parse(html), 'img')
    expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['1920', '1080'],
      ['900', '1200'],
      ['1200', '1600'],
    ])
    for (const img of images) {
      const style = img.getAttribute('style') ?? ''
      expect(style).toContain('width:auto;height:auto;max-width:100%;max-height:80vh')
    }
    expect(texts(parse(html), 'figcaption')).toEqual(['宽幅（记者 张国平 摄）', '竖幅', '转向'])
  })
})

describe('exportHtml with hostile input', () => {
  const pieces = [
    '<',
    '>',
    '&',
    '"',
    "'",
    '<script>alert(1)</script>',
    '</p>',
    '<img src=x onerror=alert(1)>',
    '&amp;',
    '&lt;',
    '&#60;',
    '<!--',
    '-->',
    ']]>',
    '"><a href="javascript:alert(1)">',
    'javascript:',
    'data:text/html,',
    'vbscript:',
    '{{x}}',
    '上党',
    ' ',
  ]
  const hostileText = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'grapheme' })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.join(''))
    .filter((value) => value.length > 0)
  const scriptTarget = fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\u0001', '\n'),
      fc.constantFrom(
        'javascript',
        'JavaScript',
        'java\tscript',
        'java\nscript',
        'data',
        'DATA',
        'vbscript',
      ),
      fc.constantFrom(':', ' :', '&colon;'),
      hostileText,
    )
    .map((parts) => parts.join(''))
  const target = fc.oneof(
    scriptTarget,
    fc.webUrl(),
    fc.constantFrom(
      'mailto:news@example.cn',
      '/relative',
      '//example.com',
      'file:///etc/passwd',
      '',
    ),
    hostileText,
  )
  const runsScript = (href: string) =>
    /^(javascript|data|vbscript):/i.test(href.replace(/[\u0000-\u0020]/g, ''))
  const allowedAttributes = ['style', 'href', 'src', 'alt', 'width', 'height']

  it('escapes any text, keeps only http, https and mailto targets, and stays valid', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, target, hostileText, async (body, href, caption) => {
        // html-validate holds a <title> to 70 characters; a report title stays far shorter.
        const title = Array.from(body).slice(0, 30).join('')
        const html = exportHtml(
          input({
            title,
            sections: [
              lead(paragraph(text(body), link(caption, href))),
              lead(image(7, caption, body)),
            ],
          }),
        )
        const document = parse(html)
        const tags = new Set(all(document.body, '*').map((element) => element.tagName))
        tags.delete('A')
        expect(tags).toEqual(new Set(['ARTICLE', 'P', 'FIGURE', 'IMG', 'FIGCAPTION']))
        expect(document.querySelector('title')?.textContent).toBe(title.trim() || '答卷')
        expect(document.querySelector('p')?.textContent).toBe(`${body}${caption}`)
        expect(document.querySelector('img')?.getAttribute('alt')).toBe(caption)
        expect(texts(document, 'figcaption')).toEqual([photoCaptionText(caption, body)])
        const attributes = all(document.body, '*').flatMap((element) => element.getAttributeNames())
        expect(attributes.filter((name) => !allowedAttributes.includes(name))).toEqual([])
        const links = all(document, 'a')
        for (const anchor of links) {
          const protocol = new URL(anchor.getAttribute('href') ?? '').protocol
          expect(['http:', 'https:', 'mailto:']).toContain(protocol)
        }
        if (runsScript(href)) {
          expect(links).toHaveLength(0)
        }
        expect(await validateExportedHtml(html)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('keeps a web address it is given as a link', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        const sectionsWithLink = [lead(paragraph(link('链接', href)))]
        const article = renderReportArticle(input({ sections: sectionsWithLink }))
        const anchor = parse(article).querySelector('a')
        expect(anchor?.textContent).toBe('链接')
        expect(new URL(anchor?.getAttribute('href') ?? '').href).toBe(new URL(href).href)
      }),
    )
  })
})
