import { z } from 'zod'

/** A mark on a text node (bold, a lead sentence …) with its attributes. */
export const documentMarkSchema = z.object({
  type: z.string().min(1).max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
})

const documentNodeShape = z.object({
  type: z.string().min(1).max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
  get content() {
    return z.array(documentNodeShape).max(100000).optional()
  },
  marks: z.array(documentMarkSchema).max(20).optional(),
  text: z.string().max(1000000).optional(),
})

/**
 * A ProseMirror/Tiptap node as JSON, checked for its shape only (the ProseMirror schema check
 * follows in main); the bounds keep a hostile input from costing more than a real report. Lazy,
 * so that walking the schema's definition stops at a document instead of recursing through it.
 */
export const documentNodeSchema = z.lazy(() => documentNodeShape)
