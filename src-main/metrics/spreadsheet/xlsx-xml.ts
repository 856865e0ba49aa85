/**
 * Reading the few SpreadsheetML parts a statistics table needs, straight from their text: no DOM
 * is built, so a part costs its own size and the rows can be counted (and stopped) as they come.
 * Element names may carry a namespace prefix (`x:row`); attributes are looked up by local name.
 */

/** `<name …>…</name>` or `<name …/>` (optionally prefixed), as a global pattern: tag attributes in group 1, content in group 2. */
export function elementPattern(name: string): RegExp {
  const qualified = `(?:[\\w.-]+:)?${name}`
  return new RegExp(`<${qualified}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${qualified}>)`, 'g')
}

const attributePattern = /([\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** The attributes of a start tag's text, by local name, values decoded. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(attributePattern)) {
    attributes.set(match[2]!, decodeXmlText(match[3] ?? match[4] ?? ''))
  }
  return attributes
}

const namedEntities: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

/** Text with XML's five named entities and numeric character references decoded. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) {
    return text
  }
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return namedEntities[name] ?? whole
  })
}

const textPattern = elementPattern('t')
const phoneticPattern = elementPattern('rPh')

/** The text of a string item (`<si>`, `<is>`): its `<t>` elements joined, phonetic guides left out. */
export function stringItemText(item: string): string {
  const visible = item.includes('rPh') ? item.replace(phoneticPattern, '') : item
  let text = ''
  for (const match of visible.matchAll(textPattern)) {
    text += decodeXmlText(match[2] ?? '')
  }
  return text
}
