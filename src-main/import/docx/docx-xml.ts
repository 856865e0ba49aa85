import { DOMParser } from '@xmldom/xmldom'
import { AppError } from '../../shared/errors/app-error'
import { countMarkupElements } from '../count-markup-elements'
import { ImportBudget } from '../import-budget'

/** The namespaces a docx part is read in; each kind has a transitional and a strict URI. */
export const namespaces = {
  word: [
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'http://purl.oclc.org/ooxml/wordprocessingml/main',
  ],
  relationships: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  drawing: [
    'http://schemas.openxmlformats.org/drawingml/2006/main',
    'http://purl.oclc.org/ooxml/drawingml/main',
  ],
  vml: ['urn:schemas-microsoft-com:vml'],
  markupCompatibility: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
  packageRelationships: ['http://schemas.openxmlformats.org/package/2006/relationships'],
} as const

export type NamespaceKind = keyof typeof namespaces

const elementNode = 1

/**
 * Parses one XML part of a docx. xmldom expands no DTD entities (no external entity can be read),
 * and anything it reports, down to a warning such as an unclosed tag in a truncated part, makes
 * the whole file `docx_unreadable`: Word never writes such XML, so half a part is not read. Its
 * elements are counted in the text first, and a part with more than the import allows is refused
 * before any of it is built (xmldom takes about 500 bytes and 8 µs a node).
 */
export function parseDocxXml(
  bytes: Uint8Array,
  budget: ImportBudget = new ImportBudget(),
): Document {
  let problem = false
  const report = () => {
    problem = true
  }
  const parser = new DOMParser({
    errorHandler: { warning: report, error: report, fatalError: report },
  })
  const text = decodeXml(bytes)
  budget.markup('xmlElements', countMarkupElements(text))
  const document: Document | undefined = parser.parseFromString(text, 'application/xml')
  if (problem || !document?.documentElement) {
    throw new AppError('docx_unreadable')
  }
  return document
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes)
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes)
  }
  return new TextDecoder('utf-8').decode(bytes)
}

/** Whether an element is named `localName` in one of the namespaces of `kind`. */
export function isElement(element: Element, kind: NamespaceKind, localName: string): boolean {
  return element.localName === localName && inNamespace(element, kind)
}

/** Whether an element is in one of the namespaces of `kind`, whatever its name. */
export function inNamespace(element: Element, kind: NamespaceKind): boolean {
  return (namespaces[kind] as readonly string[]).includes(element.namespaceURI ?? '')
}

/** The element children of `parent`, in order. */
export function childElements(parent: Element): Element[] {
  const children: Element[] = []
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === elementNode) {
      children.push(child as Element)
    }
  }
  return children
}

/** The first child of `parent` named `localName` in `kind` (WordprocessingML by default). */
export function firstChild(
  parent: Element | undefined,
  localName: string,
  kind: NamespaceKind = 'word',
): Element | undefined {
  if (!parent) {
    return undefined
  }
  return childElements(parent).find((child) => isElement(child, kind, localName))
}

/** The value of an attribute in one of the namespaces of `kind` (`w:val` by default). */
export function attributeOf(
  element: Element | undefined,
  localName = 'val',
  kind: NamespaceKind = 'word',
): string | undefined {
  if (!element) {
    return undefined
  }
  for (const uri of namespaces[kind]) {
    if (element.hasAttributeNS(uri, localName)) {
      return element.getAttributeNS(uri, localName) ?? undefined
    }
  }
  return undefined
}

/**
 * A WordprocessingML on/off property such as `<w:b/>` or `<w:b w:val="false"/>`: true or false when
 * the element is there, undefined when it is not.
 */
export function onOffValue(element: Element | undefined): boolean | undefined {
  if (!element) {
    return undefined
  }
  const value = attributeOf(element)
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase())
}

/**
 * The children to read in place of an `mc:AlternateContent`: its first `mc:Choice`, else its
 * `mc:Fallback`. Reading only one keeps a drawing and its VML fallback from being read twice.
 */
export function alternateContent(element: Element): Element[] {
  const branch =
    firstChild(element, 'Choice', 'markupCompatibility') ??
    firstChild(element, 'Fallback', 'markupCompatibility')
  return branch ? childElements(branch) : []
}
