import { describe, expect, it } from 'vitest'
import en from '../../../resources/locales/en.json'
import zhCN from '../../../resources/locales/zh-CN.json'
import { checkMessage } from './check-message'
import { checkRuleTable } from '../../checks/check-rules'

type Messages = Record<string, Record<string, string>>

/** The {{name}} placeholders of a message, as a set. */
function placeholders(message: string): Set<string> {
  return new Set([...message.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]))
}

function lookup(messages: Messages, key: string): string | undefined {
  const [group, name] = key.split('.')
  return messages[group]?.[name]
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
})

describe('check rule messages', () => {
  it.each(checkRuleTable.map((rule) => [rule.id, rule] as const))(
    '%s has its name and every message in Chinese and English, with the same placeholders',
    (_, rule) => {
      for (const key of [rule.messageKey, ...rule.messageKeys]) {
        const chinese = lookup(zhCN.checks as Messages, key)
        const english = lookup(en.checks as Messages, key)
        expect({ key, chinese: typeof chinese, english: typeof english }).toEqual({
          key,
          chinese: 'string',
          english: 'string',
        })
        expect({ key, names: placeholders(english ?? '') }).toEqual({
          key,
          names: placeholders(chinese ?? ''),
        })
      }
    },
  )
})
