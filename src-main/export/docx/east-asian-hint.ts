/**
 * Punctuation whose width Word decides by the run's font hint: without w:hint="eastAsia", Word
 * and WPS set “ ” ‘ ’ — … · in the Latin font (Times New Roman), half-width and out of place.
 */
const ambiguousPunctuation = /[\u00b7\u2014\u2015\u2018\u2019\u201c\u201d\u2026]/u

/** The run font option a run of `text` needs: the East Asian hint when it holds such punctuation. */
export function eastAsianHint(text: string | undefined): { hint: 'eastAsia' } | undefined {
  return text !== undefined && ambiguousPunctuation.test(text) ? { hint: 'eastAsia' } : undefined
}
