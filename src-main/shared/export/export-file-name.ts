/** Characters Windows refuses in file names, and the full-width forms a Chinese title takes. */
const fullWidth: Record<string, string> = {
  '<': '〈',
  '>': '〉',
  ':': '：',
  '"': '“',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
}

const reservedDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i
const longestStem = 120

/** What an export's file is named after. */
export interface ExportFileNameParts {
  /** The report's title, e.g. "2026年 上党区高质量发展答卷". */
  title: string
  /** The first exported section's title, when only part of the report is exported. */
  part?: string
  /** The Word profile's short name, e.g. "报纸特刊". */
  profile?: string
  extension: string
}

/**
 * An export's file name, e.g. "2026年 上党区高质量发展答卷（报纸特刊）.docx", that Windows, macOS
 * and Linux all accept: forbidden characters become their full-width forms, control characters
 * go, no trailing dot or space, no device name (CON, NUL…), and a stem short enough to leave
 * room for the folder in a 260-character path.
 */
export function exportFileName({ title, part, profile, extension }: ExportFileNameParts): string {
  const safe = (text: string) =>
    Array.from(text.normalize('NFC'))
      .filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f')
      .map((character) => fullWidth[character] ?? character)
  const suffix = profile ? safe(`（${profile}）`) : []
  const head = safe(part?.trim() ? `${title.trim()}·${part.trim()}` : title.trim())
  const stem = [...head.slice(0, longestStem - suffix.length), ...suffix]
    .join('')
    .trim()
    .replace(/[. ]+$/, '')
  const named = stem || '答卷'
  return `${reservedDeviceName.test(named) ? `_${named}` : named}.${extension}`
}
