const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

/**
 * A link target worth keeping: an absolute http, https or mailto URL, normalised the way a browser
 * parses it (so "java\tscript:" is seen as javascript:); anything else is undefined.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string' || !URL.canParse(href.trim())) {
    return undefined
  }
  const url = new URL(href.trim())
  return allowedProtocols.has(url.protocol) ? url.href : undefined
}
