import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { addImage, getImage } from './asset-service'

/** The picture channels: storing and reading an image of a report. */
export function assetHandlers(workspace: Workspace) {
  return {
    'assets.addImage': (input) => addImage(workspace, input),
    'assets.getImage': ({ assetId }) => getImage(workspace, assetId),
  } satisfies Partial<Handlers>
}
