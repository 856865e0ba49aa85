const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/gu
/** Elements that never hold others, or that the parser closes by itself when the next opens. */
const notNesting = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'thead',
  'tbody',
  'tfoot',
])

/**
 * The deepest nesting of elements a page's markup opens, counted from its tags without parsing
 * (elements the parser closes by itself do not count). Parsing cost grows with the square of the
 * depth, so a hostile page is refused on this count before it reaches the parser.
 */
export function measureTagDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const match of html.matchAll(tagPattern)) {
    const name = match[2]!.toLowerCase()
    if (notNesting.has(name) || match[3] === '/') {
      continue
    }
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1
    deepest = Math.max(deepest, depth)
  }
  return deepest
}
