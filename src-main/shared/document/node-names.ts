/** Every node type of the document schema; exporters key their tables by these. */
export const nodeNames = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'metric',
  'reportImage',
  'chart',
] as const

export type NodeName = (typeof nodeNames)[number]

/** Every mark type of the document schema. */
export const markNames = ['bold', 'italic', 'link', 'leadSentence'] as const

export type MarkName = (typeof markNames)[number]
