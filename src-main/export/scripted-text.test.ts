import { describe, expect, it } from 'vitest'
import { scriptedText } from './scripted-text'

describe('scriptedText', () => {
  it('reads PM_{2.5} as PM with a subscript 2.5, and m^{2} as a superscript', () => {
    expect(scriptedText('PM_{2.5}浓度下降，面积8825m^{2}。')).toEqual([
      { text: 'PM' },
      { text: '2.5', script: 'sub' },
      { text: '浓度下降，面积8825m' },
      { text: '2', script: 'super' },
      { text: '。' },
    ])
  })

  it('leaves other braces and plain text as they are', () => {
    expect(scriptedText('“四宜”{上党}')).toEqual([{ text: '“四宜”{上党}' }])
    expect(scriptedText('原煤产量')).toEqual([{ text: '原煤产量' }])
  })
})
