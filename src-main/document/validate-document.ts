import { AppError } from '../errors/app-error'
import type { DocumentNode } from './document-json'
import { documentSchema } from './document-schema'

/** Throws `invalid_document` unless the JSON is a document the schema accepts. */
export function validateDocument(doc: DocumentNode): void {
  try {
    const node = documentSchema().nodeFromJSON(doc)
    if (node.type.name !== 'doc') {
      throw new Error('not a doc')
    }
    node.check()
  } catch (error) {
    throw new AppError('invalid_document', { reason: (error as Error).message })
  }
}
