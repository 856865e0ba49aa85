import { decodeTextFile } from '../../shared/text/decode-text-file'
import type { TextDecodeFailure } from '../../shared/text/decode-text-file'

const declaredCharset = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu
const prescanLength = 4096

/**
 * Decodes a saved .html/.htm file. A byte-order mark decides first; then the charset the page
 * declares in `<meta charset>` or `<meta http-equiv="Content-Type">` (gbk, gb2312, big5…), except
 * that bytes that are valid multi-byte UTF-8 stay UTF-8 (an editor re-saved the page and kept the
 * old declaration); otherwise it decodes like a text file (UTF-8, else GB18030).
 */
export function decodeHtmlFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: TextDecodeFailure } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) }
  }
  const guess = decodeTextFile(bytes)
  if (!guess.ok || hasUtf16Mark(bytes) || isMultibyteUtf8(bytes)) {
    return guess
  }
  const decoder = declaredDecoder(bytes)
  if (!decoder || decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) {
    return guess
  }
  return { ok: true, text: decoder.decode(bytes) }
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) {
    return false
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function declaredDecoder(bytes: Uint8Array): TextDecoder | undefined {
  const head = Buffer.from(bytes.subarray(0, prescanLength)).toString('latin1')
  const label = declaredCharset.exec(head)?.[1]
  if (!label) {
    return undefined
  }
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}
