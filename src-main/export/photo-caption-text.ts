/** A credit that already says what it is: 摄, 摄影：, 图：, 供图, 记者, 通讯员, 来源… */
const creditWording = /摄|图|供|来源|记者|通讯员|[：:]/u
const bracketed = /^[（(].*[）)]$/u

/**
 * A photo's caption line as both exports print it: the caption, then the credit in the source's
 * own words ("（记者 张国平 摄）"); only a bare name gets the default wording ("（摄影：李明）").
 */
export function photoCaptionText(caption: string, credit: string): string {
  const words = credit.trim()
  if (words === '') {
    return caption
  }
  if (bracketed.test(words)) {
    return `${caption}${words}`
  }
  return `${caption}（${creditWording.test(words) ? words : `摄影：${words}`}）`
}
