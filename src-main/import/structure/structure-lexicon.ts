/** The words, marks and line shapes structure detection looks for. */
import { parallelHeadingPartLength } from './structure-thresholds'

/** Marks that end a sentence: a line holding one reads as prose, not as a heading. */
export const sentenceFinal = /[。！？；…!?;]/u

/** Openings of running prose (这, 同时, 目前…): a sentence starting so is no lead sentence. */
export const proseOpening =
  /^(?:这|那|此|其|它|他|她|我|你|您|但|而|并|且|因此|所以|同时|此外|然而|如今|目前|当前|随后|据)/u

/** Brackets and quotes inside which a lead sentence's clause breaks do not count. */
export const openingBrackets = '“‘「『《〈（(【['

/** The closing partners of `openingBrackets`. */
export const closingBrackets = '”’」』》〉）)】]'

/** Marks that make a first sentence a clause of prose rather than a lead sentence. */
export const leadClauseBreaks = '，,；;：:？?…'

/** Numbering a lead sentence may open with: （一）, (1), 1., 一是. */
export const leadNumbering =
  /^(?:[（(][一二三四五六七八九十]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[、．.](?!\d)|[一二三四五六七八九十]+是)\s*/u

/** Heading numbers from the outermost down: 一、 （一） 1. （1）; the index is the depth. */
export const headingNumberings = [
  /^[一二三四五六七八九十百零〇]+[、．.]/u,
  /^[（(][一二三四五六七八九十百零〇]+[）)]/u,
  /^\d{1,2}[、．.](?!\d)/u,
  /^[（(]\d{1,2}[）)]/u,
]

/** A subtitle's opening dash: ——, ─—, -- or one long dash, then text. */
export const subtitleDash = /^(?:[—―─━－–-]{2,}|[—―])\s*[^—―─━－–\s-]/u

/** A line ending in a dash is a divider or a cut-off line, not a subtitle. */
export const trailingDash = /[—―─━－–-]$/u

/** An editor's note (编者按), which is never the lead's prose. */
export const editorsNote = /^[【[]?编者按/u

/** Picture captions: ▲…, 图为…, （图…; never headings. */
export const captionOpening = /^(?:[▲△■□●○◆◇★☆]|图为|[（(]图)/u

/** A credits role in Han characters, or two joined: 文字, 文/图. */
const creditsRole = String.raw`\p{Script=Han}{1,6}(?:[/／、]\p{Script=Han}{1,6})?`

/** `角色：姓名` and the like: credits only in the trailing run that has a stronger line. */
export const anyCreditsLine = new RegExp(String.raw`^${creditsRole}\s*[/／:：|｜]\s*\S`, 'u')

/** `角色/姓名`: credits wherever it stands. */
export const slashCreditsLine = new RegExp(String.raw`^${creditsRole}\s*[/／]\s*\S`, 'u')

/** Roles newspapers credit (策划, 统筹, 摄影, 责任编辑…). */
const knownRoles = [
  '总?策划|统筹|总?监制|出品人?|主编|责任编辑|编辑|责编|撰稿|执笔|记者|通讯员|来源|作者',
  '文字?|图片?|摄影|摄像|视频|航拍|剪辑|制作|版式|设计|美编|排版|校对|审核|审校|终审',
].join('|')

/** A known role with any separator: 摄影：李明. */
export const knownRoleCreditsLine = new RegExp(
  String.raw`^(?:本期|本版)?(?:${knownRoles})(?:[/／、](?:${knownRoles}))?\s*[/／:：]\s*\S`,
  'u',
)

/** A byline: 记者 王涵, （本报记者 张三）. */
export const bylineCreditsLine =
  /^[（(]?(?:本报|融媒)?(?:记者|通讯员|实习生)\s+\p{Script=Han}{2,4}/u

/** A lead in brackets at a paragraph's start: 【新兴产业加速成长】. */
export const bracketedLead = /^【([^】]+)】/u

/** A two-part heading, 甲，乙, each part of heading length. */
const { min, max } = parallelHeadingPartLength
export const parallelHeading = new RegExp(`^[^，,]{${min},${max}}[，,][^，,]{${min},${max}}$`, 'u')

/** What a run-in lead is made of: Han characters and quotes, no digits or commas. */
export const runInCore = /^[\p{Script=Han}“”‘’「」『』《》]+$/u
