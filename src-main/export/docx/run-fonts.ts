import type { IFontAttributesProperties } from 'docx'

/** Word's w:rFonts for a style or run: the East Asian font for Chinese, the Latin one for the rest. */
export function runFonts(style: {
  eastAsiaFont: string
  latinFont: string
}): IFontAttributesProperties {
  return {
    eastAsia: style.eastAsiaFont,
    ascii: style.latinFont,
    hAnsi: style.latinFont,
    cs: style.latinFont,
  }
}
