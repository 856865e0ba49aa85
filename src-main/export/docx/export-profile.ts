/** Paragraph roles a report is typeset with; each becomes one named Word paragraph style. */
export const paragraphRoles = [
  'masthead',
  'title',
  'subtitle',
  'lead',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'sectionHeading',
  'body',
  'closing',
  'credits',
  'caption',
  'tableText',
] as const

export type ParagraphRole = (typeof paragraphRoles)[number]

/** Character roles; each becomes one named Word character style. */
export const characterRoles = ['leadSentence'] as const

export type CharacterRole = (typeof characterRoles)[number]

export type StyleRole = ParagraphRole | CharacterRole

/** How a run of text is set: the fonts for Chinese and for Latin text, size and weight. */
export interface CharacterStyleSpec {
  eastAsiaFont: string
  latinFont: string
  sizePt: number
  bold: boolean
  /** Text colour as six hex digits (B71C1C), when not the default black. */
  color?: string
}

export type LineSpacing = { rule: 'exact'; pt: number } | { rule: 'auto'; multiple: number }

/** How a paragraph role is set. `firstLineChars` is hundredths of a character (200 = two). */
export interface ParagraphStyleSpec extends CharacterStyleSpec {
  alignment: 'left' | 'center' | 'right' | 'justify'
  firstLineChars: number
  lineSpacing: LineSpacing
  spaceBeforePt: number
  spaceAfterPt: number
  /** Word's "don't add space between paragraphs of the same style": credits lines stay together. */
  contextualSpacing?: boolean
}

/**
 * Word's fallback for a font the reader's PC lacks: `altName` is tried first, then a font of the
 * same `panose` classification (ten bytes as hex) and `charset` (86 = GB2312) and `family`.
 */
export interface FontFallback {
  altName: string
  panose: string
  charset: string
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto'
  pitch: 'fixed' | 'variable' | 'default'
}

/**
 * A typesetting profile for the Word export, stored as JSON under resources/export-profiles/.
 * Margins are in mm; `binding` is Word's gutter (extra room on the binding side, 0 when the left
 * margin already includes it); `header`/`footer` are the distances of header and footer from the edge.
 */
export interface ExportProfile {
  name: string
  label: string
  page: {
    widthMm: number
    heightMm: number
    marginMm: {
      top: number
      bottom: number
      left: number
      right: number
      binding: number
      header: number
      /** The footer's distance from the bottom edge; derived when `pageNumbers.belowTextBlockMm` is set. */
      footer?: number
    }
  }
  /** Photos fill the text block's width, but are no taller than this. */
  pictures: { maxHeightMm: number }
  /** Fallbacks written into the font table for the fonts the styles name. */
  fonts?: Record<string, FontFallback>
  /**
   * Word's document grid: `linePitch` in twips; with `linesAndChars`, `charsPerLine` characters of the
   * body size fill the text block (the exporter works out Word's charSpace from it).
   */
  grid?:
    | { type: 'lines'; linePitch: number }
    | { type: 'linesAndChars'; linePitch: number; charsPerLine: number }
  styles: Record<ParagraphRole, ParagraphStyleSpec> & Record<CharacterRole, CharacterStyleSpec>
  /** `format` holds `{n}` for the number; `outerSide` puts odd pages' numbers right, even pages' left. */
  pageNumbers: {
    format: string
    eastAsiaFont: string
    latinFont: string
    sizePt: number
    outerSide: boolean
    indentChars: number
    /** GB/T 9704 7.5: the number's line sits this far below the text block (the footer distance follows). */
    belowTextBlockMm?: number
  }
  /**
   * How the report's section kinds are set: whether masthead lines are printed, which role a
   * section heading takes, and whether headings and subsection lead sentences get 一、/（一） numbers.
   */
  outline: {
    masthead: 'include' | 'omit'
    sectionHeadingRole: 'sectionHeading' | 'heading1'
    numberHeadings: boolean
    numberSubsections: boolean
  }
}

type Issue = string

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  return value === undefined ? '缺失' : JSON.stringify(value)
}

class ProfileChecker {
  readonly issues: Issue[] = []

  /** The object at `path`, or undefined (one issue, none for its fields) when it is not one. */
  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isRecord(value)) {
      return value
    }
    this.issues.push(`${path}应为对象，实际为 ${show(value)}`)
    return undefined
  }

  text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') {
      this.issues.push(`${path}应为非空文字，实际为 ${show(value)}`)
    }
  }

  number(value: unknown, path: string, minimum = 0, exclusive = false): void {
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (exclusive ? value > minimum : value >= minimum)
    if (!ok) {
      this.issues.push(
        `${path}应为${exclusive ? '大于' : '不小于'} ${minimum} 的数字，实际为 ${show(value)}`,
      )
    }
  }

  positiveInteger(value: unknown, path: string): void {
    if (!Number.isInteger(value) || (value as number) <= 0) {
      this.issues.push(`${path}应为正整数，实际为 ${show(value)}`)
    }
  }

  boolean(value: unknown, path: string): void {
    if (typeof value !== 'boolean') {
      this.issues.push(`${path}应为 true 或 false，实际为 ${show(value)}`)
    }
  }

  oneOf(value: unknown, path: string, allowed: readonly string[]): void {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.issues.push(`${path}应为 ${allowed.join('、')} 之一，实际为 ${show(value)}`)
    }
  }

  characterStyle(value: unknown, path: string): Record<string, unknown> | undefined {
    const style = this.record(value, path)
    if (!style) {
      return undefined
    }
    this.text(style.eastAsiaFont, `${path}.eastAsiaFont（中文字体）`)
    this.text(style.latinFont, `${path}.latinFont（西文字体）`)
    this.number(style.sizePt, `${path}.sizePt（字号，磅）`, 0, true)
    this.boolean(style.bold, `${path}.bold（加粗）`)
    if (
      style.color !== undefined &&
      !(typeof style.color === 'string' && /^[0-9A-Fa-f]{6}$/.test(style.color))
    ) {
      this.issues.push(
        `${path}.color（颜色）应为六位十六进制颜色，如 B71C1C，实际为 ${show(style.color)}`,
      )
    }
    return style
  }

  fontFallback(value: unknown, path: string): void {
    const fallback = this.record(value, path)
    if (!fallback) {
      return
    }
    this.text(fallback.altName, `${path}.altName（替代字体）`)
    if (typeof fallback.panose !== 'string' || !/^[0-9A-Fa-f]{20}$/.test(fallback.panose)) {
      this.issues.push(`${path}.panose应为 20 位十六进制数，实际为 ${show(fallback.panose)}`)
    }
    if (typeof fallback.charset !== 'string' || !/^[0-9A-Fa-f]{2}$/.test(fallback.charset)) {
      this.issues.push(
        `${path}.charset（字符集）应为两位十六进制数，如 86，实际为 ${show(fallback.charset)}`,
      )
    }
    this.oneOf(fallback.family, `${path}.family`, [
      'roman',
      'swiss',
      'modern',
      'script',
      'decorative',
      'auto',
    ])
    this.oneOf(fallback.pitch, `${path}.pitch`, ['fixed', 'variable', 'default'])
  }

  paragraphStyle(value: unknown, path: string): void {
    const style = this.characterStyle(value, path)
    if (!style) {
      return
    }
    this.oneOf(style.alignment, `${path}.alignment（对齐）`, ['left', 'center', 'right', 'justify'])
    this.number(style.firstLineChars, `${path}.firstLineChars（首行缩进，百分之一字）`)
    this.number(style.spaceBeforePt, `${path}.spaceBeforePt（段前，磅）`)
    this.number(style.spaceAfterPt, `${path}.spaceAfterPt（段后，磅）`)
    if (style.contextualSpacing !== undefined) {
      this.boolean(style.contextualSpacing, `${path}.contextualSpacing（同样式段落间不加段距）`)
    }
    const spacing = this.record(style.lineSpacing, `${path}.lineSpacing（行距）`)
    if (!spacing) {
      return
    }
    if (spacing.rule === 'exact') {
      this.number(spacing.pt, `${path}.lineSpacing.pt（固定行距，磅）`, 0, true)
    } else if (spacing.rule === 'auto') {
      this.number(spacing.multiple, `${path}.lineSpacing.multiple（行距倍数）`, 0, true)
    } else {
      this.oneOf(spacing.rule, `${path}.lineSpacing.rule（行距规则）`, ['exact', 'auto'])
    }
  }
}

/**
 * Checks that `value` (parsed JSON) is a complete export profile and returns it typed. Throws an
 * Error whose message names the profile and lists every wrong field in Chinese.
 */
export function validateExportProfile(value: unknown, source = '导出配置'): ExportProfile {
  const check = new ProfileChecker()
  const profile = check.record(value, '配置')
  if (!profile) {
    throw new Error(`${source}格式错误：整个配置应为 JSON 对象`)
  }
  check.text(profile.name, 'name（名称）')
  check.text(profile.label, 'label（显示名）')
  const page = check.record(profile.page, 'page（页面）')
  if (page) {
    check.number(page.widthMm, 'page.widthMm（纸宽，毫米）', 0, true)
    check.number(page.heightMm, 'page.heightMm（纸高，毫米）', 0, true)
    const margins = check.record(page.marginMm, 'page.marginMm（页边距，毫米）')
    for (const side of margins ? ['top', 'bottom', 'left', 'right', 'binding', 'header'] : []) {
      check.number(margins?.[side], `page.marginMm.${side}`)
    }
    const derivedFooter =
      isRecord(profile.pageNumbers) && profile.pageNumbers.belowTextBlockMm !== undefined
    if (margins && !derivedFooter) {
      check.number(
        margins.footer,
        'page.marginMm.footer（页脚距边界，或用 pageNumbers.belowTextBlockMm）',
      )
    }
  }
  const pictures = check.record(profile.pictures, 'pictures（图片）')
  if (pictures) {
    check.number(pictures.maxHeightMm, 'pictures.maxHeightMm（图片最大高度，毫米）', 0, true)
  }
  const fonts =
    profile.fonts === undefined ? undefined : check.record(profile.fonts, 'fonts（字体替代）')
  for (const [name, fallback] of Object.entries(fonts ?? {})) {
    check.fontFallback(fallback, `fonts.${name}`)
  }
  const grid =
    profile.grid === undefined ? undefined : check.record(profile.grid, 'grid（文档网格）')
  if (grid) {
    check.oneOf(grid.type, 'grid.type', ['lines', 'linesAndChars'])
    check.number(grid.linePitch, 'grid.linePitch（行距，缇）', 0, true)
    if (grid.type === 'linesAndChars') {
      check.positiveInteger(grid.charsPerLine, 'grid.charsPerLine（每行字数）')
    }
    if (grid.charSpace !== undefined) {
      check.issues.push('grid.charSpace（字距）已不再使用，请改用 grid.charsPerLine（每行字数）')
    }
  }
  const styles = check.record(profile.styles, 'styles（样式）') ?? {}
  for (const role of profile.styles === undefined ? [] : paragraphRoles) {
    check.paragraphStyle(styles[role], `styles.${role}`)
  }
  for (const role of profile.styles === undefined ? [] : characterRoles) {
    check.characterStyle(styles[role], `styles.${role}`)
  }
  const pageNumbers = check.record(profile.pageNumbers, 'pageNumbers（页码）')
  if (pageNumbers) {
    check.text(pageNumbers.format, 'pageNumbers.format（页码格式）')
    if (typeof pageNumbers.format === 'string' && !pageNumbers.format.includes('{n}')) {
      check.issues.push(
        `pageNumbers.format（页码格式）应含 {n}，实际为 ${show(pageNumbers.format)}`,
      )
    }
    check.text(pageNumbers.eastAsiaFont, 'pageNumbers.eastAsiaFont（中文字体）')
    check.text(pageNumbers.latinFont, 'pageNumbers.latinFont（西文字体）')
    check.number(pageNumbers.sizePt, 'pageNumbers.sizePt（字号，磅）', 0, true)
    check.boolean(pageNumbers.outerSide, 'pageNumbers.outerSide（单页居右、双页居左）')
    check.number(pageNumbers.indentChars, 'pageNumbers.indentChars（页码空字数）')
    if (pageNumbers.belowTextBlockMm !== undefined) {
      check.number(
        pageNumbers.belowTextBlockMm,
        'pageNumbers.belowTextBlockMm（页码距版心下边缘，毫米）',
      )
    }
  }
  const outline = check.record(profile.outline, 'outline（结构）')
  if (outline) {
    check.oneOf(outline.masthead, 'outline.masthead（刊头）', ['include', 'omit'])
    check.oneOf(outline.sectionHeadingRole, 'outline.sectionHeadingRole', [
      'sectionHeading',
      'heading1',
    ])
    check.boolean(outline.numberHeadings, 'outline.numberHeadings（标题编号）')
    check.boolean(outline.numberSubsections, 'outline.numberSubsections（小标题编号）')
  }
  if (check.issues.length > 0) {
    throw new Error(`${source}格式错误：\n${check.issues.map((issue) => `· ${issue}`).join('\n')}`)
  }
  return value as ExportProfile
}
