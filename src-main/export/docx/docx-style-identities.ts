import type { StyleRole } from './export-profile'

/** A Word style's id, its name as Word's style gallery shows it, and its outline level if any. */
export interface StyleIdentity {
  id: string
  name: string
  outlineLevel?: number
}

/** The named Word style each role is written as. */
export const docxStyleIdentities: Record<StyleRole, StyleIdentity> = {
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
