/** The tabs of the report view's right pane. */
export const sideTabs = [
  'metrics',
  'checks',
  'suggestions',
  'history',
  'comments',
  'signOff',
] as const

export type SideTab = (typeof sideTabs)[number]
