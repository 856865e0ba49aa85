import type { DetectedSection } from './detected-outline'

/** 一、 （一） 1. 1、 （1） (1) at the start of a heading or lead sentence. */
const outlineNumbering =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])\s*/u

function strip(section: DetectedSection): DetectedSection {
  const children = section.children.map(strip)
  if (section.kind !== 'heading' && section.kind !== 'subsection') {
    return { ...section, children }
  }
  const numbering = outlineNumbering.exec(section.title)?.[0]
  if (!numbering) {
    return { ...section, children }
  }
  const [first, ...rest] = section.blocks
  const blocks =
    section.kind === 'subsection' && first?.kind === 'paragraph' && first.text.startsWith(numbering)
      ? [
          {
            ...first,
            text: first.text.slice(numbering.length),
            leadLength: Math.max(0, first.leadLength - numbering.length),
          },
          ...rest,
        ]
      : section.blocks
  return { ...section, title: section.title.slice(numbering.length), blocks, children }
}

/**
 * The outline without the numbers in front of headings and lead sentences (一、 （一） 1.):
 * numbering belongs to the level, and the 公文 export writes it from the level again, so a
 * numbered report imported and exported keeps one number per heading, not two.
 */
export function stripOutlineNumbering(outline: DetectedSection[]): DetectedSection[] {
  return outline.map(strip)
}
