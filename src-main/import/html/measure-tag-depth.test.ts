import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors/app-error'
import { measureTagDepth } from './measure-tag-depth'
import { readHtmlBlocks } from './read-html-blocks'

describe('measureTagDepth', () => {
  it('counts nested elements and ignores void and self-closing ones', () => {
    expect(
      measureTagDepth(
        '<html><body><div><section><p>一<br>二<img src=x></p></section></div></body></html>',
      ),
    ).toBe(4)
    expect(measureTagDepth('<ul><li>一<li>二<li>三</ul>')).toBe(1)
    expect(measureTagDepth('<div/><div></div>')).toBe(1)
  })

  it('lets readHtmlBlocks refuse a hostile deeply nested page quickly', () => {
    const hostile = `${'<div>'.repeat(5000)}文字${'</div>'.repeat(5000)}`
    const started = Date.now()
    expect(() => readHtmlBlocks(hostile)).toThrow(AppError)
    expect(() => readHtmlBlocks(hostile)).toThrow(/嵌套过深/)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
