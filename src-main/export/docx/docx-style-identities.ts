import type { ExportProfile, ParagraphRole, StyleRole } from './export-profile'

/** A Word style's id, its name as Word's style gallery shows it, and its outline level if any. */
export interface StyleIdentity {
  id: string
  name: string
  outlineLevel?: number
}

/** The report's own styles, for the roles Word has no built-in style for. */
const customIdentities: Record<StyleRole, StyleIdentity> = {
  masthead: { id: 'DajuanMasthead', name: '答卷 刊头' },
  title: { id: 'DajuanTitle', name: '答卷 标题', outlineLevel: 0 },
  subtitle: { id: 'DajuanSubtitle', name: '答卷 副题' },
  lead: { id: 'DajuanLead', name: '答卷 导语' },
  heading1: { id: 'DajuanHeading1', name: '答卷 一级标题', outlineLevel: 1 },
  heading2: { id: 'DajuanHeading2', name: '答卷 二级标题', outlineLevel: 2 },
  heading3: { id: 'DajuanHeading3', name: '答卷 三级标题', outlineLevel: 3 },
  heading4: { id: 'DajuanHeading4', name: '答卷 四级标题', outlineLevel: 4 },
  sectionHeading: { id: 'DajuanSectionHeading', name: '答卷 小标题', outlineLevel: 1 },
  leadSentence: { id: 'DajuanLeadSentence', name: '答卷 首句' },
  body: { id: 'DajuanBody', name: '答卷 正文' },
  closing: { id: 'DajuanClosing', name: '答卷 结束语' },
  credits: { id: 'DajuanCredits', name: '答卷 署名' },
  caption: { id: 'DajuanCaption', name: '答卷 图片说明' },
  tableText: { id: 'DajuanTableText', name: '答卷 表格文字' },
}

/**
 * Word's built-in heading style `level` (1–9): "heading 1" is what Word, WPS, LibreOffice,
 * Pandoc and mammoth all read as a level, and a Chinese Word shows it as 标题 1.
 */
function builtInHeading(level: number): StyleIdentity {
  return { id: `Heading${level}`, name: `heading ${level}`, outlineLevel: level - 1 }
}

/**
 * The Word style a role is written as. Body text is Normal (正文 in a Chinese Word), so restyling
 * 正文 restyles the report; the outline is Word's built-in headings: the title heading 1, the
 * section headings (whichever role the profile sets them in) heading 2, deeper levels 3 to 5.
 * The other roles keep the report's own named styles (答卷 刊头, 答卷 署名, …).
 */
export function docxStyleIdentity(role: StyleRole, profile: ExportProfile): StyleIdentity {
  if (role === 'body') {
    return { id: 'Normal', name: 'Normal' }
  }
  if (role === 'title') {
    return builtInHeading(1)
  }
  if (role === profile.outline.sectionHeadingRole) {
    return builtInHeading(2)
  }
  const deeper: Partial<Record<ParagraphRole, number>> = { heading2: 3, heading3: 4, heading4: 5 }
  const level = deeper[role as ParagraphRole]
  return level ? builtInHeading(level) : customIdentities[role]
}
