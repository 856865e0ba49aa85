import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { deleteTemplate, listTemplates, saveTemplate } from './template-service'

/** The report template channels. */
export function templateHandlers(workspace: Workspace) {
  return {
    'templates.list': () => listTemplates(workspace),
    'templates.save': (input) => saveTemplate(workspace, input),
    'templates.delete': ({ templateId }) => {
      deleteTemplate(workspace, templateId)
      return { deleted: templateId }
    },
  } satisfies Partial<Handlers>
}
