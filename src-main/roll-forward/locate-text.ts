/**
 * Where `expected` is now in `text`: at `start` if it is still there, else the occurrence
 * nearest to `start` (the text may have moved while the user edited); -1 when it is gone.
 */
export function locateText(text: string, expected: string, start: number): number {
  if (text.startsWith(expected, start)) {
    return start
  }
  let best = -1
  for (let index = text.indexOf(expected); index >= 0; index = text.indexOf(expected, index + 1)) {
    if (best < 0 || Math.abs(index - start) < Math.abs(best - start)) {
      best = index
    }
  }
  return best
}
