import { DOMParser, XMLSerializer } from '@xmldom/xmldom'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The w:pPr children that the schema puts after w:snapToGrid. */
const laterProperties = new Set([
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
])

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1)
}

function childElement(parent: Element, localName: string): Element | undefined {
  return childElements(parent).find(
    (element) => element.namespaceURI === wordNamespace && element.localName === localName,
  )
}

function snapToGridOff(styles: Document, style: Element): void {
  let properties = childElement(style, 'pPr')
  if (!properties) {
    properties = styles.createElementNS(wordNamespace, 'w:pPr')
    style.insertBefore(properties, childElement(style, 'rPr') ?? null)
  }
  const existing = childElement(properties, 'snapToGrid')
  if (existing) {
    properties.removeChild(existing)
  }
  const snap = styles.createElementNS(wordNamespace, 'w:snapToGrid')
  snap.setAttributeNS(wordNamespace, 'w:val', '0')
  const later = childElements(properties).find((element) => laterProperties.has(element.localName))
  properties.insertBefore(snap, later ?? null)
}

/**
 * Sets the named paragraph styles not to snap to the document grid (`<w:snapToGrid w:val="0"/>` in
 * their w:pPr), which docx 9 has no option for. LibreOffice gives every character larger than the
 * grid's pitch two cells, so 3号 text on the 公文 grid would come out 14 to a line; off the grid,
 * the styles fit their line by character spacing instead (see gridFitSpacing).
 */
export function takeStylesOffGrid(stylesXml: string, styleIds: readonly string[]): string {
  const styles = new DOMParser().parseFromString(stylesXml, 'application/xml')
  const byId = new Map(
    Array.from(styles.getElementsByTagNameNS(wordNamespace, 'style')).map((style) => [
      style.getAttributeNS(wordNamespace, 'styleId'),
      style,
    ]),
  )
  for (const id of styleIds) {
    const style = byId.get(id)
    if (!style) {
      throw new Error(`Word 文件缺少样式 ${id}`)
    }
    snapToGridOff(styles, style)
  }
  return new XMLSerializer().serializeToString(styles)
}
