import type { ChannelOutput } from '../../../src-main/contract/channels'

export type OccurrenceContext = ChannelOutput<'metrics.contexts'>[number]

/** A figure in its sentence, the figure highlighted: what a series is, in the report's words. */
export function OccurrenceSentence({ context }: { context: OccurrenceContext }) {
  return (
    <span className="occurrence-sentence" data-testid="occurrence-sentence">
      {context.before}
      <mark>{context.figure}</mark>
      {context.after}
    </span>
  )
}
