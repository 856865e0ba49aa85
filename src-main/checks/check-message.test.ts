import { describe, expect, it } from 'vitest'
import en from '../../resources/locales/en.json'
import zhCN from '../../resources/locales/zh-CN.json'
import { checkRules } from './check-finding'
import { checkMessage } from './check-message'

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
}

describe('checkMessage', () => {
  it('fills the placeholders of a Chinese message', () => {
    const message = checkMessage('punctuation.repeated', { text: '，，', suggestion: '，' })
    expect(message).toBe('标点重复：“，，”应为“，”。')
  })

  it('leaves a placeholder without a value as written', () => {
    expect(checkMessage('punctuation.unpaired', { mark: '“' })).toBe(
      '“ 没有配对：本段中缺少对应的 {{partner}}。',
    )
  })

  it('has every check message in English too, with the same placeholders', () => {
    const chinese = zhCN.checks as Record<string, Record<string, string>>
    const english = en.checks as Record<string, Record<string, string>>
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort())
    for (const [group, messages] of Object.entries(chinese)) {
      expect(Object.keys(english[group]).sort()).toEqual(Object.keys(messages).sort())
      for (const [name, message] of Object.entries(messages)) {
        const key = `${group}.${name}`
        expect(placeholders(english[group][name]), key).toEqual(placeholders(message))
      }
    }
  })

  it('names every rule for the checks panel', () => {
    expect(Object.keys(zhCN.checks.rules).sort()).toEqual([...checkRules].sort())
  })
})
