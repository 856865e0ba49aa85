import { sniffImageType } from '../../assets/image-type'
import type { SourceImage } from '../source-paragraph'

/** WeChat and lazy-loading CMS pages keep the real address in a data attribute. */
const sourceAttributes = ['data-src', 'data-original', 'src']
const imageDataUrl = /^data:image\/(?:png|jpe?g|gif|webp)(?:;[\w=.+-]*)*;base64,/iu
const maxUrlLength = 4096
/** `//host/path` (WeChat's data-src) is read as https. */
const protocolRelativeBase = 'https://protocol-relative.invalid/'

/**
 * The picture an `<img>` shows: decoded bytes for a base64 PNG, JPEG, GIF or WebP `data:` URL
 * whose bytes really are one, else its http(s) address (relative ones resolved against
 * `baseUrl`), never fetched. Other schemes, SVG and unreadable sources give undefined.
 * Caption and credit are left empty for the caller.
 */
export function readHtmlImage(element: Element, baseUrl?: string): SourceImage | undefined {
  for (const attribute of sourceAttributes) {
    const value = element.getAttribute(attribute)?.trim()
    if (!value) {
      continue
    }
    const bytes = readDataUrl(value)
    if (bytes) {
      return { kind: 'image', bytes, caption: '', credit: '' }
    }
    const remoteUrl = readRemoteUrl(value, baseUrl)
    if (remoteUrl) {
      return { kind: 'image', remoteUrl, caption: '', credit: '' }
    }
  }
  return undefined
}

function readDataUrl(value: string): Uint8Array | undefined {
  const header = imageDataUrl.exec(value)
  if (!header) {
    return undefined
  }
  const bytes = new Uint8Array(Buffer.from(value.slice(header[0].length), 'base64'))
  return sniffImageType(bytes) ? bytes : undefined
}

function readRemoteUrl(value: string, baseUrl: string | undefined): string | undefined {
  if (value.length > maxUrlLength || /^data:/iu.test(value)) {
    return undefined
  }
  const base = value.startsWith('//') ? protocolRelativeBase : baseUrl
  try {
    const url = new URL(value, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
