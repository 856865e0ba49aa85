/** The kinds of outline entry a report is made of, in reading order. */
export const sectionKinds = [
  'masthead',
  'title',
  'subtitle',
  'lead',
  'heading',
  'subsection',
  'closing',
  'credits',
] as const

export type SectionKind = (typeof sectionKinds)[number]
