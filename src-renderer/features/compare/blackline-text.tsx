import type { BlacklinePart } from '../../../src-main/shared/compare/blackline'

interface BlacklineTextProps {
  parts: BlacklinePart[]
  /** Leave out one side: 'added' shows the older text alone, 'removed' the newer. */
  omit?: BlacklinePart['kind']
  testId?: string
  className?: string
}

/** A blackline as text: removed stretches struck through, added ones marked, the rest plain. */
export function BlacklineText({ parts, omit, testId, className }: BlacklineTextProps) {
  return (
    <div className={className ? `blackline ${className}` : 'blackline'} data-testid={testId}>
      {parts.map((part, index) => {
        if (part.kind === omit) {
          return null
        }
        if (part.kind === 'added') {
          return <ins key={index}>{part.text}</ins>
        }
        if (part.kind === 'removed') {
          return <del key={index}>{part.text}</del>
        }
        return <span key={index}>{part.text}</span>
      })}
    </div>
  )
}
