import { heaviestKey } from '../heaviest-key'
import { isPageChrome } from './is-page-chrome'

/** Where a page's article is: its body element and, when it stands apart, its title element. */
export interface ContentRoot {
  root: Element
  title?: Element
  /** What kind of page gave the root. */
  source: 'wechat' | 'container' | 'body'
}

const textBlockSelector = 'p, div, section, td, li, blockquote, article'
const directTextMinimum = 10
const titleSelector = 'h1, h2, h3, [class*="title" i], [id*="title" i]'
const notTitle = /logo|banner|subtitle|sub-title/iu
const maxTitleLength = 120

/**
 * Finds the article body of a saved web page.
 *
 * - WeChat (公众号): `#js_content` / `.rich_media_content`, titled by `#activity-name` /
 *   `.rich_media_title`.
 * - Otherwise the element holding the most paragraph text: each `<p>` (and each div, section or
 *   cell with its own text) scores its length for its parent and half for its grandparent; when
 *   the winner's parent scores as much (text split over sibling boxes), the parent wins. An
 *   enclosing `<article>` is taken whole. Navigation, footers, sidebars and share bars never score.
 *   The title is the nearest heading or `…title…` element before the body, outside page chrome,
 *   unless the body has an `<h1>` of its own.
 * - A page without paragraphs is read from `<body>`.
 */
export function findContentRoot(body: HTMLElement): ContentRoot {
  const weChat = body.querySelector('#js_content, .rich_media_content')
  if (weChat) {
    const title = body.querySelector('#activity-name, .rich_media_title') ?? undefined
    return { root: weChat, title, source: 'wechat' }
  }
  const best = findBestContainer(body)
  if (!best) {
    return { root: body, source: 'body' }
  }
  const root = best.closest('article') ?? best
  if (root === body || root.querySelector('h1')) {
    return { root, source: 'container' }
  }
  return { root, title: findTitleBefore(root, body), source: 'container' }
}

function findBestContainer(body: HTMLElement): Element | undefined {
  const scores = new Map<Element, number>()
  const add = (element: Element | null, score: number) => {
    if (element) {
      scores.set(element, (scores.get(element) ?? 0) + score)
    }
  }
  for (const block of Array.from(body.querySelectorAll(textBlockSelector))) {
    const length = textBlockLength(block)
    if (length === 0 || isInsideChrome(block, body)) {
      continue
    }
    add(block.parentElement, length)
    add(block.parentElement?.parentElement ?? null, length / 2)
  }
  const best = heaviestKey(scores)
  const bestScore = best ? (scores.get(best) ?? 0) : 0
  const parent = best?.parentElement
  if (parent && parent !== body && (scores.get(parent) ?? 0) >= bestScore) {
    return parent
  }
  return best
}

function textBlockLength(block: Element): number {
  if (block.localName === 'p') {
    return (block.textContent ?? '').replace(/\s+/gu, '').length
  }
  let length = 0
  for (const child of Array.from(block.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) {
      length += (child as Text).data.replace(/\s+/gu, '').length
    }
  }
  return length >= directTextMinimum ? length : 0
}

function isInsideChrome(element: Element, body: Element): boolean {
  for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
    if (isPageChrome(node) || node.localName === 'header') {
      return true
    }
  }
  return false
}

function findTitleBefore(root: Element, body: Element): Element | undefined {
  for (let node: Element | null = root; node && node !== body; node = node.parentElement) {
    for (
      let sibling = node.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      const title = lastTitleIn(sibling, body)
      if (title) {
        return title
      }
    }
  }
  return undefined
}

function lastTitleIn(element: Element, body: Element): Element | undefined {
  const candidates = [element, ...Array.from(element.querySelectorAll(titleSelector))].filter(
    (candidate) => candidate.matches(titleSelector),
  )
  for (let index = candidates.length - 1; index >= 0; index--) {
    const candidate = candidates[index]
    const names = `${candidate.getAttribute('class') ?? ''} ${candidate.getAttribute('id') ?? ''}`
    const length = (candidate.textContent ?? '').trim().length
    if (
      length >= 2 &&
      length <= maxTitleLength &&
      !notTitle.test(names) &&
      !isInsideChrome(candidate, body)
    ) {
      return candidate
    }
  }
  return undefined
}
