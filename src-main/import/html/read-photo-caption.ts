import { splitPhotoCredit } from '../split-photo-credit'
import type { CaptionAndCredit } from '../split-photo-credit'

const captionMarker = /^[▲△■□●○◆◇★☆]\s*/u

/** A caption line without its leading marker (▲ 图为…), split into caption and photo credit. */
export function readPhotoCaption(line: string): CaptionAndCredit {
  return splitPhotoCredit(line.trim().replace(captionMarker, ''))
}
