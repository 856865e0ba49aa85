import fc from 'fast-check'
import { hostileHtmlFragments } from './hostile-html-fragments'

const wrappers: readonly [string, string][] = [
  ['', ''],
  ['<p>', '</p>'],
  ['<div onclick="window.__pwned = 1">', '</div>'],
  ['<strong>', '</strong>'],
  ['<em style="color:red">', '</em>'],
  ['<a href="javascript:window.__pwned = 1">', '</a>'],
  ['<a href="https://example.com/">', '</a>'],
  ['<blockquote>', '</blockquote>'],
  ['<ul><li>', '</li></ul>'],
  ['<table><tr><td>', '</td></tr></table>'],
  ['<h2 onmouseover="window.__pwned = 1">', '</h2>'],
  ['<span data-metric data-series-id="7">', '</span>'],
  ['<svg><foreignObject>', '</foreignObject></svg>'],
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
]

/**
 * Random clipboard HTML built from hostile fragments (see hostileHtmlFragments): several of them,
 * nested in random wrappers, with random Chinese text between, sometimes cut off mid-tag.
 */
export function hostileHtml(): fc.Arbitrary<string> {
  const texts = fc.constantFrom('', '营业收入', '同比增长5.2%', ' ')
  const piece = fc
    .tuple(fc.constantFrom(...hostileHtmlFragments), fc.constantFrom(...wrappers), texts)
    .map(([fragment, [open, close], text]) => `${open}${fragment}${text}${close}`)
  return fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }))
    .map(([pieces, cut]) => {
      const html = pieces.join('')
      return cut === undefined ? html : html.slice(0, cut % (html.length + 1))
    })
}
