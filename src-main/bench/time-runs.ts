function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6
}

/** Milliseconds of each of `runs` calls, after one untimed warm-up call. */
export async function timeRuns(run: (index: number) => unknown, runs: number): Promise<number[]> {
  await run(-1)
  const samples: number[] = []
  for (let index = 0; index < runs; index++) {
    const started = process.hrtime.bigint()
    await run(index)
    samples.push(elapsedMs(started))
  }
  return samples
}

/**
 * Milliseconds of the app's operation and its reference, run alternately (after one warm-up of
 * each) so that both see the same machine load.
 */
export async function timePairs(
  app: (index: number) => unknown,
  reference: (index: number) => unknown,
  runs: number,
): Promise<{ app: number[]; reference: number[] }> {
  await reference(-1)
  await app(-1)
  const samples = { app: [] as number[], reference: [] as number[] }
  for (let index = 0; index < runs; index++) {
    let started = process.hrtime.bigint()
    await reference(index)
    samples.reference.push(elapsedMs(started))
    started = process.hrtime.bigint()
    await app(index)
    samples.app.push(elapsedMs(started))
  }
  return samples
}
