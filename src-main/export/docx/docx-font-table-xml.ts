import type { ExportProfile } from './export-profile'
import { characterRoles, paragraphRoles } from './export-profile'

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** Every font the profile's styles and page numbers name, East Asian ones first, each once. */
export function fontsNamed(profile: ExportProfile): string[] {
  const styles = [
    ...paragraphRoles.map((role) => profile.styles[role]),
    ...characterRoles.map((role) => profile.styles[role]),
    profile.pageNumbers,
  ]
  return [
    ...new Set([
      ...styles.map((style) => style.eastAsiaFont),
      ...styles.map((style) => style.latinFont),
    ]),
  ]
}

/**
 * The package's word/fontTable.xml: an entry for every font the styles name, with the profile's
 * fallback (altName, PANOSE, charset, family, pitch) where it lists one, so Word on a PC without
 * 仿宋_GB2312 or 方正小标宋简体 substitutes 仿宋 or 宋体 rather than a Latin font.
 */
export function docxFontTableXml(profile: ExportProfile): string {
  const entries = fontsNamed(profile).map((name) => {
    const fallback = profile.fonts?.[name]
    if (!fallback) {
      return `<w:font w:name="${attribute(name)}"/>`
    }
    return (
      `<w:font w:name="${attribute(name)}"><w:altName w:val="${attribute(fallback.altName)}"/>` +
      `<w:panose1 w:val="${fallback.panose.toUpperCase()}"/><w:charset w:val="${fallback.charset}"/>` +
      `<w:family w:val="${fallback.family}"/><w:pitch w:val="${fallback.pitch}"/></w:font>`
    )
  })
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${entries.join('')}</w:fonts>`
  )
}
