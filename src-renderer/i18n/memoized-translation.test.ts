import { describe, expect, it } from 'vitest'
import { i18n } from './i18n'
import { memoizedTranslation } from './memoized-translation'

describe('memoizedTranslation', () => {
  it('gives what i18next gives, looking each key and options up once', async () => {
    await i18n.changeLanguage('zh-CN')
    const keys: string[] = []
    const text = memoizedTranslation((key, options) => {
      keys.push(key)
      return options ? i18n.t(key, options) : i18n.t(key)
    })
    expect(text('ui.metrics.checked')).toBe(i18n.t('ui.metrics.checked'))
    expect(text('ui.metrics.deleteSeries', { label: '原煤产量' })).toBe(
      i18n.t('ui.metrics.deleteSeries', { label: '原煤产量' }),
    )
    expect(text('ui.metrics.deleteSeries', { label: '原煤产量' })).toContain('原煤产量')
    expect(text('ui.metrics.deleteSeries', { label: '洗精煤' })).toContain('洗精煤')
    text('ui.metrics.checked')
    expect(keys).toEqual([
      'ui.metrics.checked',
      'ui.metrics.deleteSeries',
      'ui.metrics.deleteSeries',
    ])
  })
})
