/**
 * A fixed list of words looked up where a word starts or ends in a text, longest first, indexed
 * by first and last character so the scanners stay linear however long the list grows.
 */
export class WordList {
  private readonly byFirst = new Map<string, string[]>()
  private readonly byLast = new Map<string, string[]>()

  /** `words` as one space-separated string or an array. */
  constructor(words: string | readonly string[]) {
    const list = typeof words === 'string' ? words.split(' ') : [...words]
    const longestFirst = list.filter((word) => word !== '').sort((a, b) => b.length - a.length)
    for (const word of longestFirst) {
      this.add(this.byFirst, word[0], word)
      this.add(this.byLast, word[word.length - 1], word)
    }
  }

  /** The longest word starting at `index`, if any. */
  startingAt(text: string, index: number): string | undefined {
    return this.byFirst.get(text[index])?.find((word) => text.startsWith(word, index))
  }

  /** The longest word ending just before `end`, if any. */
  endingAt(text: string, end: number): string | undefined {
    const candidates = end > 0 ? this.byLast.get(text[end - 1]) : undefined
    return candidates?.find((word) => text.startsWith(word, end - word.length))
  }

  /** Whether `word` is in the list. */
  has(word: string): boolean {
    return this.byFirst.get(word[0])?.includes(word) ?? false
  }

  private add(index: Map<string, string[]>, key: string, word: string): void {
    const list = index.get(key)
    if (list) {
      list.push(word)
    } else {
      index.set(key, [word])
    }
  }
}
