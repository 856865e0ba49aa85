/**
 * The Yjs binding (`@tiptap/y-tiptap` 3.3) keeps marks only on text, so a figure inside a lead
 * sentence or a bold run would lose its mark in a Y.Doc. Such a mark is stored as an attribute
 * of the node's XmlElement named `__mark_<mark>`, its value the mark's attributes (the naming the
 * binding's upstream proposal for marks on nodes uses).
 */
export const atomMarkPrefix = '__mark_'
