import { compoundAbbreviations } from './label-lexicon'

const listSeparators = /[和及与、]/

/**
 * The subjects a 分别 list pairs with its figures, in order, when the subject names exactly
 * `count` items; undefined when it does not (the caller then keeps one label and lets a person
 * name them).
 *
 * "城镇和农村居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入 (short items
 * share the head after the last one); "一般公共预算收入和税收收入" → the two phrases as they are;
 * "城乡居民人均可支配收入" → 城镇…, 农村… (see compoundAbbreviations).
 */
export function splitListSubject(subject: string, count: number): string[] | undefined {
  if (count < 2) {
    return undefined
  }
  const parts = subject.split(listSeparators).filter((part) => part !== '')
  if (parts.length === count) {
    const first = parts[0]
    const last = parts[count - 1]
    const shortItems = parts.slice(0, -1).every((part) => part.length === first.length)
    if (shortItems && first.length <= 3 && last.length > first.length) {
      const head = last.slice(first.length)
      return [...parts.slice(0, -1).map((part) => part + head), last]
    }
    return parts
  }
  if (parts.length !== 1) {
    return undefined
  }
  const byLength = [...compoundAbbreviations].sort((a, b) => b[0].length - a[0].length)
  for (const [abbreviation, items] of byLength) {
    const at = subject.indexOf(abbreviation)
    if (at >= 0 && items.length === count) {
      const before = subject.slice(0, at)
      const after = subject.slice(at + abbreviation.length)
      return items.map((item) => before + item + after)
    }
  }
  return undefined
}
