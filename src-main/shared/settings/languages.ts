/** The languages of the UI, Chinese first (the default). */
export const languages = ['zh-CN', 'en'] as const

export type Language = (typeof languages)[number]
