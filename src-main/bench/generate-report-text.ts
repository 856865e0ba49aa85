import sampleText from '../../resources/shangdang-2025.txt?raw'

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Report prose in the sample's style of about `targetChars` characters: the sample's body
 * paragraphs over and over, with every Arabic number replaced by another of the same shape.
 */
export function generateReportText(targetChars: number, seed = 2025): string {
  const random = seededRandom(seed)
  const paragraphs = sampleText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 40)
  const out: string[] = []
  let length = 0
  while (length < targetChars) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)].replace(
      /\d+/g,
      (digits) =>
        String(Math.floor(random() * 10 ** digits.length))
          .padStart(digits.length, '1')
          .slice(0, digits.length),
    )
    out.push(paragraph)
    length += paragraph.length + 1
  }
  return out.join('\n')
}
