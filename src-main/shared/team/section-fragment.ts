/**
 * The name of the XmlFragment that holds a section's text in its Y.Doc: the Tiptap
 * Collaboration extension's default field, so editors bind to it without configuration.
 */
export const sectionFragment = 'default'
