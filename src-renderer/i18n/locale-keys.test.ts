import { describe, expect, it } from 'vitest'
import en from '../../resources/locales/en.json'
import zhCN from '../../resources/locales/zh-CN.json'

/** Every message key, with English plural forms (_one, _other) folded into their base key. */
function messageKeys(messages: object, prefix = ''): Set<string> {
  const keys = new Set<string>()
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') {
      for (const nested of messageKeys(value, `${prefix}${key}.`)) {
        keys.add(nested)
      }
    } else {
      keys.add(`${prefix}${key}`.replace(/_(?:one|other)$/u, ''))
    }
  }
  return keys
}

describe('locale resources', () => {
  it('have the same messages in Chinese and English', () => {
    expect([...messageKeys(en)].sort()).toEqual([...messageKeys(zhCN)].sort())
  })

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort()
    const lookup = (messages: object, key: string): unknown =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          messages,
        )
    for (const key of messageKeys(zhCN)) {
      const english = lookup(en, key) ?? lookup(en, `${key}_other`)
      expect({ key, names: placeholders(english) }).toEqual({
        key,
        names: placeholders(lookup(zhCN, key)),
      })
    }
  })
})
