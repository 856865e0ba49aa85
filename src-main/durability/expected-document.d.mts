/** The stored JSON of the document saved as `version` of `sectionId` by the kill test's child. */
export function expectedDocument(sectionId: number, version: number): string
/** The title the kill test's child stores with that version. */
export function expectedTitle(sectionId: number, version: number): string
