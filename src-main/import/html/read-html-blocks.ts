import { AppError } from '../../shared/errors/app-error'
import type { ParagraphHints, ReadBlock, SourceParagraph } from '../source-paragraph'
import { splitPhotoCredit } from '../split-photo-credit'
import { collectHtmlBlocks } from './collect-html-blocks'
import { findContentRoot } from './find-content-root'
import type { ContentRoot } from './find-content-root'
import { readInlineStyle } from './read-inline-style'
import { readPhotoCaption } from './read-photo-caption'
import { sanitizeHtml } from './sanitize-html'
import { measureTagDepth } from './measure-tag-depth'
import { heaviestKey } from '../heaviest-key'
import { countMarkupElements } from '../count-markup-elements'
import { ImportBudget } from '../import-budget'

/** The longest page read, in UTF-16 units (pages with many inline pictures run large). */
export const maxHtmlLength = 20 * 1024 * 1024
/** The deepest element nesting read; real pages stay far below it (WeChat articles ~40). */
const maxTagDepth = 800

const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(https?:\/\/[^\s>]+?)\s*-->/iu
const baseElement = /<base\s[^>]*?href\s*=\s*["']?(https?:\/\/[^\s"'>]+)/iu
const pageInfo =
  /发布时间|发布日期|更新时间|浏览次数|点击次数|阅读次数|访问量|【\s*(?:字[体号]|打印|关闭|收藏)|字号[：:]/u
const maxPageInfoLength = 120
/** A line that is only a publication date or time: 2025-12-29, 2025年12月29日 10:30. */
const dateLine = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u
const captionOpening = /^(?:[▲△■□●○◆◇★☆]|图为|图[：:\d一二三四五六七八九十]|[（(]图)/u
const maxCaptionLength = 80

/**
 * Reads a saved web page (a district CMS news page, a WeChat 公众号 article) into the blocks
 * structure detection reads: paragraphs with formatting hints, tables as Tiptap table nodes, and
 * pictures (inline base64 bytes, or http(s) addresses that are never fetched).
 *
 * The page is sanitised first and only text, hints, tables and image data leave it. The article
 * body is found (see `findContentRoot`); a WeChat title becomes a centred level-1 paragraph, a CMS
 * title standing before the body a level-1 paragraph. Page lines such as 发布时间, a bare date or 【打印本页】
 * are dropped. A picture without a `<figcaption>` takes the paragraph after it as its caption
 * when that looks like one (opens with ▲ or 图为, ends with a photo credit such as
 * （记者 王强 摄）, or is short and centred or smaller than body text); caption and credit are
 * split apart.
 *
 * Throws `html_too_large` past `maxHtmlLength`, `html_too_deep` for markup nested deeper than
 * any real page (parsing time grows with the square of the depth), `import_too_many_*` past the
 * import's limits (elements counted before parsing, paragraphs and cells while reading), and
 * `empty_import` when no text is found.
 */
export function readHtmlBlocks(
  html: string,
  budget: ImportBudget = new ImportBudget(),
): ReadBlock[] {
  if (html.length > maxHtmlLength) {
    throw new AppError('html_too_large', {
      size: `${(html.length / 1048576).toFixed(1)} MB`,
      limit: `${maxHtmlLength / 1048576} MB`,
    })
  }
  if (measureTagDepth(html) > maxTagDepth) {
    throw new AppError('html_too_deep', { limit: maxTagDepth })
  }
  budget.markup('htmlElements', countMarkupElements(html))
  const baseUrl = findBaseUrl(html)
  const content = findContentRoot(sanitizeHtml(html))
  const collected = collectHtmlBlocks(content.root, { baseUrl, budget })
  const blocks = attachCaptions(withTitle(content, collected).filter((block) => !isPageInfo(block)))
  if (!blocks.some((block) => block.kind !== 'image')) {
    throw new AppError('empty_import')
  }
  return blocks
}

function findBaseUrl(html: string): string | undefined {
  const head = html.slice(0, 16384)
  return baseElement.exec(head)?.[1] ?? savedFrom.exec(head)?.[1]
}

function withTitle(content: ContentRoot, blocks: ReadBlock[]): ReadBlock[] {
  if (!content.title) {
    return blocks
  }
  const lines = collectHtmlBlocks(content.title).filter(
    (block): block is SourceParagraph => block.kind === 'paragraph',
  )
  const text = lines.map((line) => line.text).join(' ')
  const first = blocks.find((block) => block.kind === 'paragraph')
  if (lines.length === 0 || first?.text === text) {
    return blocks
  }
  return [titleParagraph(content, content.title, text, lines[0].hints), ...blocks]
}

function titleParagraph(
  content: ContentRoot,
  element: Element,
  text: string,
  firstHints: ParagraphHints | undefined,
): SourceParagraph {
  const level = /^h([1-6])$/u.exec(element.localName)?.[1]
  const hints: ParagraphHints = { ...firstHints, headingLevel: level ? Number(level) : 1 }
  delete hints.leadLength
  const align = content.source === 'wechat' ? 'center' : readInlineStyle(element).align
  if (align) {
    hints.align = align
  }
  return { kind: 'paragraph', text, hints }
}

function isPageInfo(block: ReadBlock): boolean {
  return (
    block.kind === 'paragraph' &&
    block.text.length <= maxPageInfoLength &&
    (pageInfo.test(block.text) || dateLine.test(block.text.trim()))
  )
}

function attachCaptions(blocks: ReadBlock[]): ReadBlock[] {
  const bodySize = measureBodySize(blocks)
  const result: ReadBlock[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    const next = blocks[index + 1]
    const uncaptioned = block.kind === 'image' && block.caption === '' && block.credit === ''
    if (uncaptioned && next?.kind === 'paragraph' && looksLikeCaption(next, bodySize)) {
      result.push({ ...block, ...readPhotoCaption(next.text) })
      index++
      continue
    }
    result.push(block)
  }
  return result
}

function looksLikeCaption(paragraph: SourceParagraph, bodySize: number | undefined): boolean {
  const { text, hints } = paragraph
  if (text.length > maxCaptionLength || hints?.headingLevel !== undefined) {
    return false
  }
  if (captionOpening.test(text) || splitPhotoCredit(text).credit !== '') {
    return true
  }
  if (hints?.bold || /[。！？；]/u.test(text.slice(0, -1))) {
    return false
  }
  const smaller =
    hints?.fontSizePt !== undefined && bodySize !== undefined && hints.fontSizePt < bodySize - 0.5
  return hints?.align === 'center' || smaller
}

/** The font size carrying the most paragraph text. */
function measureBodySize(blocks: ReadBlock[]): number | undefined {
  const sizes = new Map<number, number>()
  for (const block of blocks) {
    const size = block.kind === 'paragraph' ? block.hints?.fontSizePt : undefined
    if (size !== undefined && block.kind === 'paragraph') {
      sizes.set(size, (sizes.get(size) ?? 0) + block.text.length)
    }
  }
  return heaviestKey(sizes)
}
