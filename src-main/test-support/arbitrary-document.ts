import fc from 'fast-check'
import { chartLimits, chartTypes } from '../shared/charts/chart-types'
import type { DocumentMark, DocumentNode } from '../shared/document/document-json'

const characters = [...'营业收入增长万吨亿元全年两会，。“”、％ab1Z ', '😀', '𠀋']

const text = fc.string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength: 12 })

const link: fc.Arbitrary<DocumentMark> = fc.record({
  type: fc.constant('link'),
  attrs: fc.record({
    href: fc.constantFrom(
      'https://www.shangdang.gov.cn/',
      'mailto:news@example.cn',
      'http://a.b/c',
    ),
    target: fc.constantFrom('_blank', null),
    rel: fc.constantFrom('noopener noreferrer nofollow', null),
    class: fc.constantFrom(null, 'source'),
    title: fc.option(text, { nil: null }),
  }),
})

/** A valid set of marks: a lead sentence excludes bold. */
const marks: fc.Arbitrary<DocumentMark[]> = fc
  .record({
    bold: fc.boolean(),
    italic: fc.boolean(),
    leadSentence: fc.boolean(),
    link: fc.option(link, { nil: undefined }),
  })
  .map((chosen) => [
    ...(chosen.leadSentence ? [{ type: 'leadSentence' }] : []),
    ...(chosen.bold && !chosen.leadSentence ? [{ type: 'bold' }] : []),
    ...(chosen.italic ? [{ type: 'italic' }] : []),
    ...(chosen.link ? [chosen.link] : []),
  ])

function withMarks(node: DocumentNode, chosen: DocumentMark[]): DocumentNode {
  return chosen.length > 0 ? { ...node, marks: chosen } : node
}

const textNode = fc
  .tuple(text, marks)
  .map(([value, chosen]) => withMarks({ type: 'text', text: value }, chosen))

const metricNode = fc
  .tuple(
    fc.record({
      seriesId: fc.integer({ min: 1, max: 100000 }),
      template: fc.tuple(text, text).map(([before, after]) => `${before}{v}${after}`),
      scale: fc.constantFrom(1, 10000, 100000000, 0.01),
      numerals: fc.constantFrom('arabic', 'chinese', 'chinese-liang'),
      grouping: fc.boolean(),
      decimals: fc.integer({ min: 0, max: 4 }),
      magnitude: fc.boolean(),
      fullWidth: fc.boolean(),
    }),
    marks,
  )
  .map(([attrs, chosen]) => withMarks({ type: 'metric', attrs }, chosen))

const hardBreakNode = marks.map((chosen) => withMarks({ type: 'hardBreak' }, chosen))

const inlines = fc.array(fc.oneof({ weight: 4, arbitrary: textNode }, metricNode, hardBreakNode), {
  maxLength: 6,
})

function withContent(node: DocumentNode, content: DocumentNode[]): DocumentNode {
  return content.length > 0 ? { ...node, content } : node
}

const paragraph = inlines.map((content) => withContent({ type: 'paragraph' }, content))

const heading = fc
  .tuple(fc.integer({ min: 1, max: 3 }), inlines)
  .map(([level, content]) => withContent({ type: 'heading', attrs: { level } }, content))

const reportImage = fc
  .record({ assetId: fc.integer({ min: 1, max: 100000 }), caption: text, credit: text })
  .map((attrs) => ({ type: 'reportImage', attrs }))

const seriesIds = (minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 100000 }), { minLength, maxLength })

/** Chart attributes whose series and years make their chart type. */
const chart = fc
  .constantFrom(...chartTypes)
  .chain((chartType) => {
    const caption = fc.string({ unit: fc.constantFrom(...characters), maxLength: 20 })
    const shape = {
      card: fc.record({ seriesIds: seriesIds(1, 1), years: fc.constant(1) }),
      ring: fc.record({ seriesIds: seriesIds(2, chartLimits.maxSeries), years: fc.constant(1) }),
      line: fc.record({
        seriesIds: seriesIds(1, chartLimits.maxSeries),
        years: fc.integer({ min: 2, max: chartLimits.maxYears }),
      }),
      bar: fc.record({
        seriesIds: seriesIds(1, chartLimits.maxSeries),
        years: fc.integer({ min: 1, max: chartLimits.maxYears }),
      }),
    }[chartType]
    return fc
      .tuple(shape, caption, caption)
      .map(([sized, captionText, note]) => ({ chartType, ...sized, caption: captionText, note }))
  })
  .map((attrs) => ({ type: 'chart', attrs }))

const cellAttributes = fc.integer({ min: 1, max: 3 }).chain((colspan) =>
  fc.record({
    colspan: fc.constant(colspan),
    rowspan: fc.integer({ min: 1, max: 3 }),
    colwidth: fc.option(
      fc.array(fc.integer({ min: 20, max: 5000 }), { minLength: colspan, maxLength: colspan }),
      { nil: null },
    ),
    align: fc.constantFrom(null, 'left', 'center', 'right'),
  }),
)

/**
 * Random documents of the schema: every node (paragraphs, headings, lists, quotes, tables with
 * spans, widths and alignment, pictures, charts, figures with their style, line breaks) and
 * every mark, on text and on figures and line breaks, nested a few levels deep.
 */
export const arbitraryDocument: fc.Arbitrary<DocumentNode> = fc
  .letrec<{ block: DocumentNode; blocks: DocumentNode[] }>((tie) => {
    const blocks = fc.array(tie('block'), { minLength: 1, maxLength: 3 })
    const listItem = fc
      .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
      .map(([first, rest]) => ({ type: 'listItem', content: [first, ...rest] }))
    const listItems = fc.array(listItem, { minLength: 1, maxLength: 3 })
    const cell = fc
      .tuple(fc.constantFrom('tableCell', 'tableHeader'), cellAttributes, blocks)
      .map(([type, attrs, content]) => ({ type, attrs, content }))
    const table = fc
      .array(
        fc.array(cell, { maxLength: 3 }).map((cells) => withContent({ type: 'tableRow' }, cells)),
        { minLength: 1, maxLength: 3 },
      )
      .map((rows) => ({ type: 'table', content: rows }))
    return {
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        paragraph,
        heading,
        reportImage,
        chart,
        blocks.map((content) => ({ type: 'blockquote', content })),
        listItems.map((content) => ({ type: 'bulletList', content })),
        fc
          .tuple(
            fc.integer({ min: 0, max: 99 }),
            fc.constantFrom(null, '1', 'a', 'A', 'i', 'I'),
            listItems,
          )
          .map(([start, type, content]) => ({
            type: 'orderedList',
            attrs: { start, type },
            content,
          })),
        table,
      ),
      blocks,
    }
  })
  .blocks.map((content) => ({ type: 'doc', content }))
