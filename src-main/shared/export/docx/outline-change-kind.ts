/** What a profile does to a report's outline that the report itself does not hold. */
export const outlineChangeKinds = [
  'mastheadOmitted',
  'headingsNumbered',
  'subsectionsNumbered',
  'topicSentencesUnnumbered',
] as const

export type OutlineChangeKind = (typeof outlineChangeKinds)[number]
