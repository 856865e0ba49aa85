/** The key with the largest weight (the first of equals), or undefined for an empty map. */
export function heaviestKey<T>(weights: Map<T, number>): T | undefined {
  let best: T | undefined
  let bestWeight = 0
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key
      bestWeight = weight
    }
  }
  return best
}
