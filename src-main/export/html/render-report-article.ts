import type { SectionKind } from '../../shared/sections/section-kind'
import type {
  HtmlChartRenderer,
  HtmlExportSection,
  HtmlFigureRenderer,
  HtmlImageLoader,
  HtmlParagraphRole,
} from './html-render-context'
import { renderHtmlBlocks } from './html-node-exporters'
import { htmlStyles } from './html-styles'
import type { PictureSink } from './picture-sink'
import { PictureSlots } from './picture-slots'

/** What the HTML export needs: the report's sections in reading order and the callbacks. */
export interface HtmlExportInput {
  title: string
  sections: HtmlExportSection[]
  renderFigure: HtmlFigureRenderer
  loadImage: HtmlImageLoader
  renderChart: HtmlChartRenderer
}

type Container = 'header' | 'section' | 'footer' | 'article'

/** Where each section kind stands in the article and how its ordinary paragraphs are set. */
const sectionLayouts: Record<SectionKind, { container: Container; role: HtmlParagraphRole }> = {
  masthead: { container: 'header', role: 'masthead' },
  title: { container: 'header', role: 'title' },
  subtitle: { container: 'header', role: 'subtitle' },
  lead: { container: 'article', role: 'lead' },
  heading: { container: 'section', role: 'body' },
  subsection: { container: 'section', role: 'body' },
  closing: { container: 'article', role: 'closing' },
  credits: { container: 'footer', role: 'credits' },
}

const containerStyles: Record<Exclude<Container, 'article'>, string> = {
  header: htmlStyles.header,
  section: htmlStyles.section,
  footer: htmlStyles.footer,
}

interface Group {
  container: Container
  blocks: string[]
}

/**
 * Gathers consecutive sections into the element they belong in: masthead, title and subtitle in
 * <header>, each theme heading with the subsections after it in a <section>, credits in <footer>.
 */
function groupSections(input: HtmlExportInput, pictures: PictureSink): Group[] {
  const groups: Group[] = []
  for (const section of input.sections) {
    const layout = sectionLayouts[section.kind]
    const current = groups.at(-1)
    // A subsection with no theme heading before it has no <section> to join.
    const orphan = section.kind === 'subsection' && current?.container !== 'section'
    const container = orphan ? 'article' : layout.container
    const html = renderHtmlBlocks(section.doc, {
      renderFigure: input.renderFigure,
      loadImage: input.loadImage,
      renderChart: input.renderChart,
      pictures,
      role: layout.role,
    })
    const opensGroup = !current || current.container !== container || section.kind === 'heading'
    if (opensGroup) {
      groups.push({ container, blocks: [] })
    }
    if (html !== '') {
      groups.at(-1)?.blocks.push(html)
    }
  }
  return groups.filter((group) => group.blocks.length > 0)
}

/**
 * The report as one <article> with every element styled inline: the fragment that "copy as rich
 * text" puts on the clipboard and the body of the standalone HTML file. Photos are left as
 * `pictures` slots for the caller to fill.
 */
export function renderReportArticleWithSlots(
  input: HtmlExportInput,
  pictures: PictureSink,
): string {
  const content = groupSections(input, pictures).map((group) => {
    const blocks = group.blocks.join('\n')
    if (group.container === 'article') {
      return blocks
    }
    const name = group.container
    return `<${name} style="${containerStyles[name]}">\n${blocks}\n</${name}>`
  })
  return `<article style="${htmlStyles.article}">\n${content.join('\n')}\n</article>`
}

/** The <article> fragment with its photos as data: URIs. */
export function renderReportArticle(input: HtmlExportInput): string {
  const pictures = new PictureSlots()
  return pictures.fillAsString(renderReportArticleWithSlots(input, pictures))
}
