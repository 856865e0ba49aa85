/** A number as chart labels write it: at most two decimals, none trailing, no grouping (3598.5). */
export function formatChartNumber(value: number): string {
  return String(Number(value.toFixed(2)))
}
