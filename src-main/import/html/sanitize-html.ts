import createDOMPurify from 'dompurify'
import type { DOMPurify, WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'

const forbiddenTags = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'dialog',
]

/** Tags whose text is page machinery, not report text; a forbidden form keeps its content. */
const forbiddenContents = ['button', 'select', 'option', 'textarea', 'noscript', 'template']

const scriptUrl = /^(?:java|vb)script:/u
const imageDataUrl = /^data:image\/(?:png|jpe?g|gif|webp)[;,]/u

let purifier: DOMPurify | undefined

/**
 * DOMPurify checks URLs only in URL attributes; this also catches them in data-* attributes
 * (data-src) and allows `data:` only for raster images on `<img>`.
 */
function isScriptOrDataUrl(element: Element, value: string): boolean {
  const url = value.replace(/[\s\u0000-\u001f]+/gu, '').toLowerCase()
  if (scriptUrl.test(url)) {
    return true
  }
  return url.startsWith('data:') && !(element.localName === 'img' && imageDataUrl.test(url))
}

/**
 * One inert DOM for every import: a default JSDOM never runs scripts and never loads subresources
 * (no `runScripts`, no `resources`), and it is created only when the first page is read.
 */
function getPurifier(): DOMPurify {
  if (!purifier) {
    const { window } = new JSDOM('')
    purifier = createDOMPurify(window as unknown as WindowLike)
    purifier.addHook('uponSanitizeAttribute', (element, event) => {
      if (isScriptOrDataUrl(element, event.attrValue)) {
        event.keepAttr = false
      }
    })
  }
  return purifier
}

/**
 * Parses an untrusted web page and returns its sanitised `<body>`: no scripts, styles, frames,
 * plug-ins, forms, SVG or MathML, no `on*` handlers, and no `javascript:` or non-image `data:`
 * URLs. Inline `style` attributes stay so that readers can take formatting hints from them; callers
 * must copy nothing but text out of the tree.
 */
export function sanitizeHtml(html: string): HTMLElement {
  return getPurifier().sanitize(html, {
    RETURN_DOM: true,
    FORBID_TAGS: forbiddenTags,
    ADD_FORBID_CONTENTS: forbiddenContents,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  }) as HTMLElement
}
