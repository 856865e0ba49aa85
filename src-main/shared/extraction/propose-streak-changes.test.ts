import { describe, expect, it } from 'vitest'
import { proposeStreakChanges } from './propose-streak-changes'

function proposed(text: string): [string, string][] {
  return proposeStreakChanges(text).map((proposal) => {
    expect(text.slice(proposal.start, proposal.end)).toBe(proposal.oldText)
    return [proposal.oldText, proposal.proposedText]
  })
}

describe('proposeStreakChanges', () => {
  it('counts a streak one on, in the way it is written', () => {
    expect(proposed('开发区连续五年获评全省优秀开发区，岚溪红茶连续三届蝉联金奖。')).toEqual([
      ['五年', '六年'],
      ['三届', '四届'],
    ])
    expect(proposed('连续9年位居全市第一，连续九年获评，连续两次入选。')).toEqual([
      ['9年', '10年'],
      ['九年', '十年'],
      ['两次', '三次'],
    ])
  })

  it('leaves other durations and words alone', () => {
    expect(proposed('相当于过去三年之和，五年来持续推进，连续作战，连续性增强。')).toEqual([])
  })
})
