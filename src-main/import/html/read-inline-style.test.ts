import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { readInlineStyle } from './read-inline-style'

const { document } = new JSDOM('').window

function styleOf(html: string) {
  const holder = document.createElement('div')
  holder.innerHTML = html
  return readInlineStyle(holder.firstElementChild!)
}

describe('readInlineStyle', () => {
  it.each([
    ['<span style="font-size: 16px">', { fontSizePt: 12 }],
    ['<span style="font-size:15px">', { fontSizePt: 11.25 }],
    ['<span style="FONT-SIZE: 16pt !important">', { fontSizePt: 16 }],
    ['<span style="font-size: 1.2em">', {}],
    ['<span style="font-size: large">', {}],
    ['<span style="font-weight: bold">', { bold: true }],
    ['<span style="font-weight: 700">', { bold: true }],
    ['<span style="font-weight: 500">', { bold: false }],
    ['<strong style="font-weight: normal">', { bold: false }],
    ['<b>', { bold: true }],
    ['<p align="middle">', { align: 'center' }],
    ['<p style="text-align: justify">', { align: 'justify' }],
    ['<p style="text-align: inherit">', {}],
    ['<center>', { align: 'center' }],
    [
      '<span style="font-family: &quot;Microsoft YaHei&quot;, 微软雅黑">',
      { fontFamily: 'Microsoft YaHei' },
    ],
    ['<font face="楷体_GB2312">', { fontFamily: '楷体_GB2312' }],
    ['<span style="font-family: expression(alert(1))">', {}],
    ['<span style="color: red; background: url(x)">', {}],
  ])('%s', (html, expected) => {
    expect(styleOf(html)).toEqual(expected)
  })
})
