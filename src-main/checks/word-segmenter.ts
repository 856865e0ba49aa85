import { createRequire } from 'node:module'

/** Splits Chinese text into words, for matching a word list only where words start and end. */
export interface WordSegmenter {
  /** 'jieba' (@node-rs/jieba), or 'none' where the native module could not be loaded. */
  name: 'jieba' | 'none'
  /** Offsets in `text` where a word starts or ends (0 and text.length included); undefined for 'none'. */
  boundaries(text: string): Set<number> | undefined
}

interface Jieba {
  cut(sentence: string, hmm?: boolean | null): string[]
}

const noSegmenter: WordSegmenter = { name: 'none', boundaries: () => undefined }
let loaded: WordSegmenter | undefined

function loadJieba(): Jieba {
  const load = createRequire(import.meta.url)
  const { Jieba } = load('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } }
  const { dict } = load('@node-rs/jieba/dict') as { dict: Uint8Array }
  return Jieba.withDict(dict)
}

/** A segmenter over jieba's cut: the boundaries are the running sums of the words' lengths. */
export function jiebaSegmenter(jieba: Jieba): WordSegmenter {
  return {
    name: 'jieba',
    boundaries(text) {
      const found = new Set([0])
      let offset = 0
      for (const word of jieba.cut(text, false)) {
        offset += word.length
        found.add(offset)
      }
      return found
    },
  }
}

/**
 * The segmenter the checks use: @node-rs/jieba (a maintained Rust port of jieba with prebuilt
 * binaries on the npm registry), loaded with its dictionary on first use. Where its native
 * module is missing (a platform it has no binary for), the word list falls back to matching
 * text with its entries' exceptions and context rules alone; `name` says which is in use.
 */
export function wordSegmenter(): WordSegmenter {
  if (!loaded) {
    try {
      loaded = jiebaSegmenter(loadJieba())
    } catch {
      loaded = noSegmenter
    }
  }
  return loaded
}

/** The fallback: no word boundaries known. */
export const plainSegmenter: WordSegmenter = noSegmenter
