/** The p-th percentile (0–100) of some samples, interpolated between neighbours; 50 is the median. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) {
    return Number.NaN
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const position = ((sorted.length - 1) * p) / 100
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}
