import { Extension, InputRule } from '@tiptap/core'

export interface MetricTriggerOptions {
  onTrigger: () => void
}

/** Typing {{ in the text opens the metric picker (the two braces are removed). */
export const MetricTrigger = Extension.create<MetricTriggerOptions>({
  name: 'metricTrigger',

  addOptions() {
    return { onTrigger: () => undefined }
  },

  addInputRules() {
    return [
      new InputRule({
        find: /\{\{$/,
        handler: ({ range, chain }) => {
          chain().deleteRange(range).run()
          this.options.onTrigger()
        },
      }),
    ]
  },
})
