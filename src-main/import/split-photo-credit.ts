export interface CaptionAndCredit {
  caption: string
  credit: string
}

const trailingCredit = /[（(]\s*((?:记者|通讯员|摄影|摄)?[^（()）]{0,20}?\s*摄)\s*[）)]\s*$/u
const labelledCredit = /[（(]?\s*(?:摄影|图片|图|摄)\s*[：:]\s*([^（()）]{1,30}?)\s*[）)]?\s*$/u
const bareTrailingCredit = /\s+((?:记者|通讯员)?\s*[\u4e00-\u9fa5、 ]{2,16}\s*摄)\s*$/u

/**
 * Splits a photo caption line into caption and photo credit: "新建成的游园（记者 王强 摄）",
 * "游园一角 摄影：王强", "游园一角 记者 王强 摄". Without a credit the whole line is the caption.
 */
export function splitPhotoCredit(line: string): CaptionAndCredit {
  const text = line.trim()
  for (const pattern of [trailingCredit, labelledCredit, bareTrailingCredit]) {
    const match = pattern.exec(text)
    if (match && match.index > 0) {
      return {
        caption: text.slice(0, match.index).trim(),
        credit: match[1]!.replace(/\s+/gu, ' ').trim(),
      }
    }
  }
  return { caption: text, credit: '' }
}
