import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { applyFamilyLink } from './apply-family-link'
import { previewFamilyLink } from './preview-family-link'

/** The channels that link a report to a previous year's report of another family. */
export function familyLinkHandlers(workspace: Workspace) {
  return {
    'families.linkPreview': (input) => previewFamilyLink(workspace, input),
    'families.link': (input) => applyFamilyLink(workspace, input),
  } satisfies Partial<Handlers>
}
