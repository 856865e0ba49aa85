/** Options a UI text is looked up with: interpolated values and a fallback. */
export type TranslationOptions = Record<string, string | number>

/**
 * Wraps a translate function so that each key with the same options is looked up once: a table
 * row repeats the same few texts, and each i18next lookup costs tens of microseconds, which adds
 * up over hundreds of rows. Make a new one when the language changes (it is keyed on `t`).
 */
export function memoizedTranslation(
  translate: (key: string, options?: TranslationOptions) => string,
): (key: string, options?: TranslationOptions) => string {
  const texts = new Map<string, string>()
  return (key, options) => {
    const cacheKey = options ? `${key}\u0000${JSON.stringify(options)}` : key
    let text = texts.get(cacheKey)
    if (text === undefined) {
      text = translate(key, options)
      texts.set(cacheKey, text)
    }
    return text
  }
}
