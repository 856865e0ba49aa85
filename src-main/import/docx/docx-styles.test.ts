import { describe, expect, it } from 'vitest'
import { DocxStyles } from './docx-styles'
import { firstChild, parseDocxXml } from './docx-xml'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function styles(content: string): DocxStyles {
  const xml = `<w:styles xmlns:w="${wordNamespace}">${content}</w:styles>`
  return new DocxStyles(parseDocxXml(new TextEncoder().encode(xml)))
}

/** The `w:rPr` or `w:pPr` of a fragment of WordprocessingML. */
function properties(xml: string, name: 'rPr' | 'pPr'): Element | undefined {
  const wrapped = `<w:r xmlns:w="${wordNamespace}">${xml}</w:r>`
  const root = parseDocxXml(new TextEncoder().encode(wrapped))
  return firstChild(root.documentElement, name)
}

describe('DocxStyles', () => {
  it('leaves theme fonts unknown instead of falling back to a Latin face', () => {
    const themed = styles(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" ' +
        'w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:rPrDefault></w:docDefaults>',
    )
    const direct = properties('<w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr>', 'rPr')
    expect(themed.runFormat(undefined, direct)).toEqual({
      eastAsiaFont: null,
      asciiFont: 'Times New Roman',
    })
  })

  it('survives a loop of basedOn styles', () => {
    const looped = styles(
      '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/>' +
        '<w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="heading 3"/>' +
        '<w:basedOn w:val="A"/></w:style>',
    )
    expect(looped.runFormat('A', undefined)).toEqual({ bold: true })
    expect(looped.paragraphFormat('A', undefined).headingLevel).toBe(3)
  })

  it('lets a paragraph set its own outline level, body text (9) included', () => {
    const headings = styles(
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
    )
    const bodyLevel = properties('<w:pPr><w:outlineLvl w:val="9"/></w:pPr>', 'pPr')
    expect(headings.paragraphFormat('Heading1', undefined).headingLevel).toBe(1)
    expect(headings.paragraphFormat('Heading1', bodyLevel).headingLevel).toBeUndefined()
  })

  it('uses the default paragraph style when a paragraph names none', () => {
    const withDefault = styles(
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
        '<w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>',
    )
    const styleId = withDefault.paragraphStyleId(undefined)
    expect(styleId).toBe('Normal')
    expect(withDefault.paragraphFormat(styleId, undefined).align).toBe('justify')
    expect(withDefault.runFormat(styleId, undefined)).toEqual({ sizePt: 16 })
  })
})
