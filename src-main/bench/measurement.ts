/** A figure the app's time or size is compared with, measured in the same run. */
export interface Reference {
  operation: string
  value: number
  unit: string
}

/** One row of the bench's table and results file. */
export interface Measurement {
  id: string
  operation: string
  /** The app's figure: a median unless the unit says otherwise. */
  value: number
  unit: string
  /** 95th percentile, for latencies measured many times. */
  p95?: number
  reference?: Reference
  /** value ÷ reference.value. */
  ratio?: number
  target: string
  /** Whether the target is met; null when there is no target to meet or the reference could not run. */
  pass: boolean | null
  runs: number
  note?: string
}

/** Rounds for display and the results file: 3 significant figures, at most 2 decimals. */
export function roundFigure(value: number): number {
  if (value === 0 || !Number.isFinite(value)) {
    return value
  }
  const decimals = Math.min(2, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value)))))
  return Number(value.toFixed(decimals))
}
