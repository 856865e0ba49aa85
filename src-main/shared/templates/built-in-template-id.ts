/** Built-in templates by id; saved ones are "saved:<id>". */
export const builtInTemplateIds = ['lianghui', 'empty'] as const

export type BuiltInTemplateId = (typeof builtInTemplateIds)[number]
