import type { TemplateEntry } from './template-outline'
import type { BuiltInTemplateId } from '../shared/templates/built-in-template-id'

/** The lines of a 两会特刊 credits block, each waiting for its names. */
export const creditLines = ['策划/', '统筹/', '文字/', '图片/', '版式/']

const heading = (title: string, subsections: string[]): TemplateEntry => ({
  kind: 'heading',
  title,
  children: subsections.map((item) => ({ kind: 'subsection', title: item, children: [] })),
})

/**
 * Outlines a new report can start from: the 两会特刊 answer-sheet skeleton (报头, 标题, 副题,
 * 导语, four 栏目 with their 小节, 结语, 署名) and an empty one (a title and a lead). The
 * titles are what to overwrite; `{title}` stands for the report's title.
 */
export const builtInTemplates: Record<BuiltInTemplateId, TemplateEntry[]> = {
  lianghui: [
    { kind: 'masthead', title: '两会特刊', children: [] },
    { kind: 'title', title: '{title}', children: [] },
    { kind: 'subtitle', title: '——（副题：某地交出某年高质量发展答卷）', children: [] },
    { kind: 'lead', title: '', children: [] },
    heading('（第一栏目：产业发展）', ['（第一小节的引领句）', '（第二小节的引领句）']),
    heading('（第二栏目：项目建设）', ['（第一小节的引领句）', '（第二小节的引领句）']),
    heading('（第三栏目：城乡建设）', ['（第一小节的引领句）', '（第二小节的引领句）']),
    heading('（第四栏目：民生改善）', ['（第一小节的引领句）', '（第二小节的引领句）']),
    { kind: 'closing', title: '', children: [] },
    { kind: 'credits', title: '', children: [] },
  ],
  empty: [
    { kind: 'title', title: '{title}', children: [] },
    { kind: 'lead', title: '', children: [] },
  ],
}
