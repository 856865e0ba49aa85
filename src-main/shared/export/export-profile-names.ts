/** The Word export profiles shipped with the app, by name: 报纸特刊 and 公文 (GB/T 9704). */
export const exportProfileNames = ['newspaper', 'gongwen'] as const

export type ExportProfileName = (typeof exportProfileNames)[number]
