/**
 * year/date: a year moved on; plan: a five-year plan; relative: 今年/去年 to confirm; streak: a
 * streak counted on (连续五年 → 连续六年) if it still holds.
 */
export const suggestionKinds = ['year', 'date', 'plan', 'relative', 'streak'] as const
export type SuggestionKind = (typeof suggestionKinds)[number]

export const suggestionStatuses = ['pending', 'accepted', 'rejected'] as const
export type SuggestionStatus = (typeof suggestionStatuses)[number]

/**
 * A date or plan reference a roll forward found in the new report's body. Offsets are in the
 * section's anchor text (figures count one character), so they survive value changes.
 */
export interface RollForwardSuggestion {
  id: number
  reportId: number
  sectionId: number
  anchorStart: number
  anchorEnd: number
  oldText: string
  proposedText: string
  kind: SuggestionKind
  status: SuggestionStatus
}
