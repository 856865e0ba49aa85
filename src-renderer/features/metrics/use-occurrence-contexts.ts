import { useEffect, useState } from 'react'
import { api } from '../../api/api-client'
import type { OccurrenceContext } from './occurrence-sentence'

/**
 * The sentences the given series' figures stand in, by series (reading order), loaded once per
 * list of series; empty while loading or when the report has none.
 */
export function useOccurrenceContexts(
  reportId: number,
  seriesIds: number[] | undefined,
  refresh = 0,
): Map<number, OccurrenceContext[]> {
  const [contexts, setContexts] = useState(new Map<number, OccurrenceContext[]>())
  const key = seriesIds?.join(',') ?? '*'
  useEffect(() => {
    let cancelled = false
    void api.call('metrics.contexts', { reportId, seriesIds }).then((result) => {
      if (cancelled || !result.ok) {
        return
      }
      const bySeries = new Map<number, OccurrenceContext[]>()
      for (const context of result.value) {
        bySeries.set(context.seriesId, [...(bySeries.get(context.seriesId) ?? []), context])
      }
      setContexts(bySeries)
    })
    return () => {
      cancelled = true
    }
    // The list's contents, not its identity, decide what to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reportId, key, refresh])
  return contexts
}
