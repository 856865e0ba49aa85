import type { IParagraphStyleOptions, IStylesOptions } from 'docx'
import { AlignmentType, LineRuleType } from 'docx'
import { docxStyleIdentities } from './docx-style-identities'
import type { ExportProfile, ParagraphStyleSpec } from './export-profile'
import { characterRoles, paragraphRoles } from './export-profile'
import { runFonts } from './run-fonts'

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

const twipsPerPoint = 20

function lineSpacing(spec: ParagraphStyleSpec) {
  const before = Math.round(spec.spaceBeforePt * twipsPerPoint)
  const after = Math.round(spec.spaceAfterPt * twipsPerPoint)
  if (spec.lineSpacing.rule === 'exact') {
    const line = Math.round(spec.lineSpacing.pt * twipsPerPoint)
    return { before, after, line, lineRule: LineRuleType.EXACT }
  }
  return { before, after, line: Math.round(spec.lineSpacing.multiple * 240), lineRule: LineRuleType.AUTO }
}

/**
 * The document's styles: defaults in the body font with Chinese (zh-CN) as East Asian language,
 * and one named paragraph or character style per role of the profile.
 */
export function docxStyles(profile: ExportProfile): IStylesOptions {
  const body = profile.styles.body
  const paragraphStyles: IParagraphStyleOptions[] = paragraphRoles.map((role) => {
    const spec = profile.styles[role]
    const identity = docxStyleIdentities[role]
    return {
      id: identity.id,
      name: identity.name,
      basedOn: 'Normal',
      next: docxStyleIdentities.body.id,
      quickFormat: true,
      run: { font: runFonts(spec), size: spec.sizePt * 2, bold: spec.bold },
      paragraph: {
        alignment: alignments[spec.alignment],
        indent: spec.firstLineChars > 0 ? { firstLineChars: spec.firstLineChars } : undefined,
        spacing: lineSpacing(spec),
        outlineLevel: identity.outlineLevel,
      },
    }
  })
  const characterStyles = characterRoles.map((role) => {
    const spec = profile.styles[role]
    return {
      id: docxStyleIdentities[role].id,
      name: docxStyleIdentities[role].name,
      quickFormat: true,
      run: { font: runFonts(spec), size: spec.sizePt * 2, bold: spec.bold },
    }
  })
  return {
    default: {
      document: {
        run: {
          font: runFonts(body),
          size: body.sizePt * 2,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
    },
    paragraphStyles,
    characterStyles,
  }
}
