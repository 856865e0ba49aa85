const prefixes: [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
]

/** The multiplier a display unit puts on its base unit: 万吨 over 吨 → 10000; 吨 → 1. */
export function unitScale(displayUnit: string, unit: string): number {
  const prefix =
    unit && displayUnit.endsWith(unit) ? displayUnit.slice(0, -unit.length) : displayUnit
  const clean = prefix.replace(/^个/, '')
  return prefixes.find(([name]) => clean === name)?.[1] ?? 1
}
