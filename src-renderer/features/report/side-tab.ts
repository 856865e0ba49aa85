/** The tabs of the report view's right pane. */
export const sideTabs = ['metrics', 'checks', 'suggestions', 'history', 'signOff'] as const

export type SideTab = (typeof sideTabs)[number]
