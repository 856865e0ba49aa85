import { Mark, mergeAttributes } from '@tiptap/core'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    leadSentence: {
      /** Marks the selection as the paragraph's bold lead sentence (引领句). */
      toggleLeadSentence: () => ReturnType
    }
  }
}

/**
 * The bold lead sentence that opens a subsection paragraph ("传统产业焕发绿色生机。").
 * It is its own mark, not plain bold, so structure survives save, import and export.
 */
export const LeadSentence = Mark.create({
  name: 'leadSentence',
  priority: 1100,
  excludes: 'bold',

  parseHTML() {
    return [{ tag: 'strong[data-lead-sentence]' }, { tag: 'b[data-lead-sentence]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'strong',
      mergeAttributes(HTMLAttributes, { 'data-lead-sentence': '', class: 'lead-sentence' }),
      0,
    ]
  },

  addCommands() {
    return {
      toggleLeadSentence:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    }
  },
})
