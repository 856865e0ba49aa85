import type { ExtractedFigure } from './extracted-figure'

/** An extracted figure as the CLI prints it: the public JSON contract, without the style. */
export type PublicFigure = Omit<ExtractedFigure, 'style'>

/** The public fields of a figure, in the contract's key order. */
export function toPublicFigure(figure: ExtractedFigure): PublicFigure {
  return {
    text: figure.text,
    start: figure.start,
    end: figure.end,
    value: figure.value,
    unit: figure.unit,
    displayUnit: figure.displayUnit,
    qualifier: figure.qualifier,
    kind: figure.kind,
    label: figure.label,
    linkedTo: figure.linkedTo,
    duration: figure.duration,
  }
}
