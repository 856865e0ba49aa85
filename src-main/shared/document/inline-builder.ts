import type { DocumentNode } from './document-json'

/** Turns a run of paragraph text into inline nodes (plain text, or text with bound figures). */
export type InlineBuilder = (text: string) => DocumentNode[]
