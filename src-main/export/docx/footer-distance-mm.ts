import type { ExportProfile } from './export-profile'

const mmPerPoint = 25.4 / 72

/**
 * Word's footer distance (from the paper's bottom edge to the foot of the footer) in mm. With
 * `pageNumbers.belowTextBlockMm` (GB/T 9704 7.5: the number 7 mm below the text block), it is
 * worked out from the bottom margin and the page number's line, one exact line of its size:
 * 公文's 35 − 7 − 4.94 = 23.06 mm. Otherwise the profile's own `marginMm.footer`.
 */
export function footerDistanceMm(profile: ExportProfile): number {
  const { marginMm } = profile.page
  const below = profile.pageNumbers.belowTextBlockMm
  if (below === undefined) {
    return marginMm.footer ?? 0
  }
  return marginMm.bottom - below - profile.pageNumbers.sizePt * mmPerPoint
}
