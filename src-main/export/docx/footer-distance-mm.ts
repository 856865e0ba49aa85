import type { ExportProfile } from './export-profile'

const mmPerPoint = 25.4 / 72
/** A Chinese font's 一字线 (—) lies across the middle of its em box: its top half an em down. */
const dashTopEm = 0.5

/**
 * Word's footer distance (from the paper's bottom edge to the foot of the footer) in mm. With
 * `pageNumbers.belowTextBlockMm` (GB/T 9704 7.5: the 一字线 beside the number 7 mm below the
 * text block), it is worked out from the bottom margin and the page number's line, one exact
 * line of its size whose dash lies half an em below its top: 公文's 35 − 7 − 2.47 = 25.53 mm.
 * Otherwise the profile's own `marginMm.footer`.
 */
export function footerDistanceMm(profile: ExportProfile): number {
  const { marginMm } = profile.page
  const below = profile.pageNumbers.belowTextBlockMm
  if (below === undefined) {
    return marginMm.footer ?? 0
  }
  const lineMm = profile.pageNumbers.sizePt * mmPerPoint
  return marginMm.bottom - below - (1 - dashTopEm) * lineMm
}
