import { splitPhotoCredit } from '../split-photo-credit'
import type { DocxLine } from './read-docx-paragraph'

const captionOpening = /^(?:图为|图\s*[：:]|[（(]图|[▲△])/u
const subtitleDash = /^[—―─-]/u
const maxCaptionLength = 150
const maxFormattedCaptionLength = 60

/**
 * Whether the line right after a picture is its caption: it opens like one (图为, 图：, ▲) or ends
 * with a photo credit (（记者 王强 摄）); or it is short, not bold, not a heading and not a dashed
 * subtitle, and set smaller than body text (`bodySizePt`) or centred at no more than body size.
 */
export function isPhotoCaption(line: DocxLine, bodySizePt: number | undefined): boolean {
  const { text, hints } = line
  if (hints.headingLevel !== undefined || text.length > maxCaptionLength) {
    return false
  }
  if (captionOpening.test(text) || splitPhotoCredit(text).credit !== '') {
    return true
  }
  if (text.length > maxFormattedCaptionLength || hints.bold || subtitleDash.test(text)) {
    return false
  }
  const size = hints.fontSizePt
  if (size === undefined || bodySizePt === undefined) {
    return hints.align === 'center'
  }
  return size < bodySizePt || (hints.align === 'center' && size <= bodySizePt)
}
