import type { ChannelName } from '../../contract/channels'
import type { TeamRole } from './team-roles'

/** Reading a report, its history, pictures, charts and checks, and exporting it: every role. */
const readers = ['writer', 'editor', 'reviewer', 'admin'] as const

/**
 * Changing a section's text: never a reviewer (审核 reads, checks and signs, and does not
 * rewrite). A writer may edit every section until sections can be assigned; then only theirs.
 */
const textEditors = ['writer', 'editor', 'admin'] as const

/** Metric values and series, the outline, and creating or retiring reports: the editor's desk. */
const editors = ['editor', 'admin'] as const

/** Review decisions (a value verified, a finding dismissed): those who review, not the writer. */
const reviewers = ['reviewer', 'editor', 'admin'] as const

/** The 三审 sign-off: the editor signs 初审, reviewers 复审 and 终审; admins stand in. */
const signers = ['editor', 'reviewer', 'admin'] as const

/** The workspace as a whole (backups, restore, settings every account shares): the admin. */
const admins = ['admin'] as const

/** Writing a file on the team server's own disk: nobody over the network; teams download. */
const nobody = [] as const

/**
 * Which team roles may call each contract channel on the team server. A channel added to the
 * contract without an entry here does not compile.
 */
export const channelPermissions = {
  'app.info': readers,
  'workspace.status': readers,
  'backups.list': admins,
  'backups.create': admins,
  'backups.restore': admins,
  'settings.get': readers,
  'settings.setReviewer': admins,
  'settings.setLanguage': admins,
  'reports.list': readers,
  'reports.trash': readers,
  'reports.create': editors,
  'templates.list': readers,
  'templates.save': editors,
  'templates.delete': editors,
  'reports.rename': editors,
  'reports.delete': editors,
  'reports.restore': editors,
  'reports.open': readers,
  'reports.text': readers,
  'reports.rollForward': editors,
  'rollForward.suggestions': readers,
  // Deciding suggestions rewrites figures and years across every section of the report.
  'rollForward.decide': editors,
  'checks.run': readers,
  'checks.dismiss': reviewers,
  'sections.save': textEditors,
  'sections.compare': readers,
  'compare.report': readers,
  'compare.docx': readers,
  'compare.toFile': nobody,
  'sections.get': readers,
  // Adding, moving and deleting sections shapes the report, which the editor assigns.
  'sections.structure': editors,
  'sections.trash': readers,
  'sections.revisions': readers,
  'sections.revisionDocument': readers,
  'sections.compareRevision': readers,
  'sections.restoreRevision': textEditors,
  'assets.addImage': textEditors,
  'assets.getImage': readers,
  'metrics.list': readers,
  'metrics.setValue': editors,
  'metrics.setReview': reviewers,
  'metrics.relabel': editors,
  'metrics.accept': editors,
  'metrics.reject': editors,
  'metrics.merge': editors,
  'metrics.delete': editors,
  'metrics.split': editors,
  'metrics.setUnit': editors,
  'metrics.setLink': editors,
  'metrics.contexts': readers,
  'metrics.create': editors,
  'metrics.checkSheet': readers,
  'metrics.readSpreadsheet': editors,
  'metrics.previewSpreadsheet': editors,
  'metrics.applySpreadsheet': editors,
  'families.linkPreview': editors,
  'families.link': editors,
  'charts.render': readers,
  'export.report': readers,
  'export.toFile': nobody,
  'export.cancel': nobody,
  'export.clipboard': readers,
  'export.wechatClipboard': readers,
  'import.file': editors,
  'import.text': editors,
  'team.users': readers,
  'team.presence': readers,
  'sections.assignments': readers,
  // Assigning sections to writers is the editor's desk.
  'sections.assign': editors,
  // Everyone on the team comments, replies and resolves: that is how review talks to writing.
  'comments.list': readers,
  'comments.add': readers,
  'comments.reply': readers,
  'comments.resolve': readers,
  'review.status': readers,
  // Which stage a role may sign (初审 editor; 复审 and 终审 reviewer) is the review's own rule.
  'review.sign': signers,
  'review.reopen': signers,
} as const satisfies Record<ChannelName, readonly TeamRole[]>

/** Whether an account of `role` may call `channel` on the team server. */
export function mayCallChannel(role: TeamRole, channel: ChannelName): boolean {
  return (channelPermissions[channel] as readonly TeamRole[]).includes(role)
}
