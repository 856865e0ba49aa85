/** A picture's size on the page, in the unit of the box it was fitted to. */
export interface FittedPicture {
  width: number
  height: number
}

/**
 * Fits a picture of `widthPx` × `heightPx` (as seen) to the width of a box, keeping its shape,
 * and shrinks it further when that would make it taller than the box: a portrait photo is set
 * `maxHeight` tall and narrower than the text, never squashed.
 */
export function fitPicture(
  size: { widthPx: number; heightPx: number },
  box: { maxWidth: number; maxHeight: number },
): FittedPicture {
  const scale = Math.min(box.maxWidth / size.widthPx, box.maxHeight / size.heightPx)
  return { width: Math.round(size.widthPx * scale), height: Math.round(size.heightPx * scale) }
}
