import type { HtmlParagraphRole } from './html-render-context'

// Unquoted family names are valid CSS and need no escaping inside a style attribute.
const sansFonts = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'sans-serif',
].join(',')
const kaiFonts = ['Kaiti SC', 'STKaiti', 'KaiTi', '楷体', sansFonts].join(',')
const accent = '#b71c1c'
const highlight = 'background-color:#fff1a8'
const sans = `font-family:${sansFonts}`
const kai = `font-family:${kaiFonts}`
// text-wrap:pretty keeps a paragraph from ending on one lone character on a narrow screen.
const bodyText = [
  sans,
  'font-size:16px',
  'line-height:1.75',
  'color:#333333',
  'text-wrap:pretty',
].join(';')

/**
 * Titles and headings wrap into lines of even length (no single character left on the last line
 * of a 375 px phone screen), and break at spaces and punctuation rather than inside a phrase
 * unless a line has no other place to break.
 */
const balancedWrapping = css('text-wrap:balance', 'word-break:keep-all', 'overflow-wrap:anywhere')

const titleText = css(
  'margin:0.8em 0 0.4em',
  sans,
  'font-size:26px',
  'font-weight:bold',
  'line-height:1.4',
  'text-align:center',
  'color:#1a1a1a',
  balancedWrapping,
)

function css(...declarations: string[]): string {
  return declarations.join(';')
}

/**
 * Every element's inline style. The export carries no <style> block and no classes, because
 * WeChat's editor and most CMSs keep only style attributes when HTML is pasted in.
 */
export const htmlStyles = {
  body: css('margin:0', 'background-color:#ffffff'),
  article: css(
    'max-width:42em',
    'margin:0 auto',
    'padding:1.5em 1em',
    bodyText,
    'background-color:#ffffff',
  ),
  header: css('margin:0 0 1.5em', 'text-align:center'),
  section: css('margin:2em 0 0'),
  footer: css('margin:2.5em 0 0', 'padding:1em 0 0', 'border-top:1px solid #dddddd'),
  heading1: titleText,
  heading2: css(
    'margin:1.8em 0 1em',
    sans,
    'font-size:19px',
    'font-weight:bold',
    'line-height:1.5',
    'text-align:center',
    `color:${accent}`,
    balancedWrapping,
  ),
  heading3: css(
    'margin:1.5em 0 0.8em',
    sans,
    'font-size:17px',
    'font-weight:bold',
    'line-height:1.6',
    'color:#1a1a1a',
    balancedWrapping,
  ),
  paragraph: {
    masthead: css(
      'margin:0',
      sans,
      'font-size:18px',
      'font-weight:bold',
      'line-height:1.5',
      'letter-spacing:0.1em',
      'text-align:center',
      `color:${accent}`,
    ),
    title: titleText,
    subtitle: css(
      'margin:0 0 1.5em',
      kai,
      'font-size:17px',
      'line-height:1.75',
      'text-align:center',
      'color:#444444',
      balancedWrapping,
    ),
    lead: css(
      'margin:0 0 1em',
      kai,
      'font-size:16px',
      'line-height:1.75',
      'text-indent:2em',
      'text-align:justify',
      'color:#333333',
    ),
    body: css('margin:0 0 1em', bodyText, 'text-indent:2em', 'text-align:justify'),
    closing: css('margin:1.5em 0 1em', bodyText, 'text-indent:2em', 'text-align:justify'),
    credits: css(
      'margin:0',
      kai,
      'font-size:14px',
      'line-height:1.75',
      'text-align:right',
      'color:#666666',
    ),
    tableText: css('margin:0', sans, 'font-size:14px', 'line-height:1.6', 'color:#333333'),
    listText: css('margin:0', bodyText),
  } satisfies Record<HtmlParagraphRole, string>,
  leadSentence: css('font-weight:bold', 'color:#1a1a1a'),
  bold: css('font-weight:bold'),
  sub: css('vertical-align:sub', 'font-size:0.75em', 'line-height:0'),
  super: css('vertical-align:super', 'font-size:0.75em', 'line-height:0'),
  italic: css('font-style:italic'),
  link: css('color:#1e5fa8', 'text-decoration:underline'),
  pendingFigure: highlight,
  blockquote: css(
    'margin:1em 0',
    'padding:0.5em 1em',
    `border-left:3px solid ${accent}`,
    'background-color:#f7f7f7',
  ),
  list: css('margin:0 0 1em', 'padding:0 0 0 2em'),
  listItem: css('margin:0 0 0.3em', bodyText),
  table: css('width:100%', 'margin:1em 0', 'border-collapse:collapse', sans, 'font-size:14px'),
  tableHeader: css(
    'padding:0.4em 0.6em',
    'border:1px solid #cccccc',
    'background-color:#ededed',
    'font-weight:bold',
    'text-align:center',
  ),
  tableCell: css('padding:0.4em 0.6em', 'border:1px solid #cccccc', 'vertical-align:top'),
  figure: css('margin:1.5em 0', 'text-align:center'),
  // Both sides auto under both caps: the browser scales the photo keeping its own shape, to the
  // column's width, and a portrait one no taller than most of the screen.
  image: css(
    'display:block',
    'width:auto',
    'height:auto',
    'max-width:100%',
    'max-height:80vh',
    'margin:0 auto',
  ),
  // Drawn for 320 units across: as wide as the column on a phone, at most 1.5× that on a screen.
  chart: css('display:block', 'width:100%', 'max-width:480px', 'height:auto', 'margin:0 auto'),
  photoMarker: css(
    'margin:0',
    'padding:1em 0',
    sans,
    'font-size:16px',
    'font-weight:bold',
    'text-align:center',
    `color:${accent}`,
    'border:1px dashed #cccccc',
  ),
  missingImage: css(
    'margin:0',
    'padding:2em 0',
    'font-size:14px',
    'text-align:center',
    'color:#666666',
    highlight,
  ),
  caption: css(
    'margin:0.5em 0 0',
    sans,
    'font-size:14px',
    'line-height:1.6',
    'text-align:center',
    'color:#666666',
  ),
}
