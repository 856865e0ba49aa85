import { describe, expect, it } from 'vitest'
import { DocxNumbering } from './docx-numbering'
import { parseDocxXml } from './docx-xml'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function numbering(content: string): DocxNumbering {
  const xml = `<w:numbering xmlns:w="${wordNamespace}">${content}</w:numbering>`
  return new DocxNumbering(parseDocxXml(new TextEncoder().encode(xml)))
}

function level(index: number, format: string, text: string, extra = '') {
  return [
    `<w:lvl w:ilvl="${index}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>`,
    `<w:lvlText w:val="${text}"/>${extra}</w:lvl>`,
  ].join('')
}

const reportLists = numbering(
  [
    '<w:abstractNum w:abstractNumId="0">',
    level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>'),
    level(1, 'chineseCounting', '（%2）'),
    level(2, 'decimal', '%1.%2.%3', '<w:isLgl/>'),
    '</w:abstractNum>',
    '<w:abstractNum w:abstractNumId="1">',
    level(0, 'chineseCounting', '第%1章'),
    level(1, 'decimal', '%1.%2', '<w:isLgl/>'),
    '</w:abstractNum>',
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/>',
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>',
  ].join(''),
)

describe('DocxNumbering', () => {
  it('counts levels in document order, restarting deeper levels and on a start override', () => {
    const next = (numId: string, level: number) => reportLists.next({ numId, level })
    expect([
      next('1', 0),
      next('1', 1),
      next('1', 1),
      next('1', 2),
      next('1', 0),
      next('1', 1),
      next('2', 1),
      next('3', 0),
      next('4', 0),
      next('4', 1),
    ]).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.2.1 ',
      '二、',
      '（一）',
      '（二）',
      '五、',
      '第一章 ',
      '1.1 ',
    ])
  })

  it('numbers nothing outside a list or in an unknown one', () => {
    expect(reportLists.next({})).toBeUndefined()
    expect(reportLists.next({ numId: '0' })).toBeUndefined()
    expect(reportLists.next({ numId: '99', level: 0 })).toBeUndefined()
    expect(new DocxNumbering(undefined).next({ numId: '1', level: 0 })).toBeUndefined()
  })
})
