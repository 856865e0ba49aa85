/** Why a file could not be read as text. */
export type TextDecodeFailure = 'binary'

function hasBinaryBytes(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) {
      return true
    }
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) {
      control++
    }
  }
  return control > sample.length / 100
}

/**
 * Reads a text file the way Chinese office PCs write them: UTF-8 (with or without BOM), UTF-16 with
 * a BOM, or GB18030/GBK (what Notepad on a Chinese Windows saved as "ANSI").
 */
export function decodeTextFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: TextDecodeFailure } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  }
  if (hasBinaryBytes(bytes)) {
    return { ok: false, reason: 'binary' }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: true, text: new TextDecoder('gb18030').decode(bytes) }
  }
}
