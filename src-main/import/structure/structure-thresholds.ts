/**
 * The numbers structure detection decides by, each with why it is that number. Lengths are in
 * UTF-16 code units of the trimmed line (one per Han character), sizes in points.
 */

/** Longer than this, a line is prose whatever it ends with: no heading or title runs this long. */
export const proseMinLength = 40

/** Longer than this and holding 。！？；…, a line is prose: a punctuated sentence, not a title. */
export const punctuatedProseMinLength = 20

/** Up to this long, a bold, centred or large line is display text; longer, it is emphasised prose. */
export const displayLineMaxLength = 60

/** Credits lines (策划/宋玉红) are a role and a few names; anything longer is body text. */
export const creditsLineMaxLength = 60

/** A numbered line (一、 （一） 1.) up to this long can be a heading; the number already marks it. */
export const numberedHeadingMaxLength = 40

/** An unnumbered, unformatted line up to this long can be a heading: newspaper headings are short. */
export const headingMaxLength = 30

/** Each half of a two-part heading (甲，乙), which may run to 41 characters in all. */
export const parallelHeadingPartLength = { min: 4, max: 20 }

/** Han characters a shaped heading needs, so a date line, 图1 or a name is not taken for one. */
export const headingMinHan = 4

/** Letters or digits any heading needs: a line of marks (——, ▲) is never one. */
export const headingMinLetters = 2

/** A lead sentence (传统产业焕发绿色生机。), without its numbering: a claim, short as a title. */
export const leadSentenceLength = { min: 4, max: 20 }

/** Han characters a lead sentence needs, so 2024年。 or a number is not one. */
export const leadSentenceMinHan = 4

/** Later headings a front line is compared with before it is taken for the first of them. */
export const laterHeadingsToCompare = 2

/** How far a front line's length may stray from the later headings' and still share their shape. */
export const headingLengthTolerance = 3

/** A line more than this above body size is larger than body text (Word rounds to half points). */
export const largerThanBodyPt = 0.5

/** A line more than this above body size is title-sized, so a centred one is not a subtitle. */
export const titleSizedPt = 2

/** A run-in lead (a lead that lost its paragraph break) is short and plain: 城市更新提升品质. */
export const runInLeadHan = { min: 4, max: 12 }

/** How far a run-in lead may stray from the report's other lead sizes, in Han characters. */
export const runInLeadSizeTolerance = 2

/** Letters needed before and after a run-in lead, so a paragraph is not split at its very edge. */
export const runInLeadMinLettersAround = 10

/** A run-in lead follows the intro's first or second sentence; later ones belong to the intro. */
export const runInLeadMaxSentencesBefore = 2

/** Masthead, lead, closing and credits take the first clause of their first line, this long at most. */
export const sectionLabelMaxLength = 16
