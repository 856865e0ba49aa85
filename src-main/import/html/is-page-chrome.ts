const chromeTags = new Set(['nav', 'aside', 'footer'])
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])
const chromeTokens = new Set([
  'header',
  'footer',
  'foot',
  'nav',
  'navbar',
  'menu',
  'sidebar',
  'toolbar',
  'pager',
  'pagination',
  'comment',
  'comments',
  'related',
  'copyright',
  'position',
  'location',
  'dqwz',
  'share',
])
const chromeWords =
  /bdshare|share[-_]?(?:bar|box|btn|buttons?|to|link)|jiathis|crumb|qrcode|side-?bar|topnav/iu

/**
 * Whether an element is page furniture rather than article text: navigation, site header and
 * footer (an `<article>`'s own footer is its credits, not furniture), sidebars, breadcrumbs ("当前位置"), share bars, pagers and comment boxes, told by tag,
 * ARIA role or a class/id word.
 */
export function isPageChrome(element: Element): boolean {
  if (element.localName === 'footer' && element.parentElement?.closest('article')) {
    // An article's own footer carries its credits (策划, 文字, 图片), not the site's.
    return false
  }
  if (chromeTags.has(element.localName)) {
    return true
  }
  if (chromeRoles.has(element.getAttribute('role')?.trim().toLowerCase() ?? '')) {
    return true
  }
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  if (chromeWords.test(names)) {
    return true
  }
  return names
    .toLowerCase()
    .split(/\s+/u)
    .some((name) => chromeTokens.has(name))
}
