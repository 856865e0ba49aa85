import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { importFile } from './import-file'
import { importText } from './text-import-service'

/** The import channels: last year's report from a file or from pasted text. */
export function importHandlers(workspace: Workspace) {
  return {
    'import.file': async ({ dataBase64, ...input }) => ({
      reportId: await importFile(workspace, { ...input, bytes: Buffer.from(dataBase64, 'base64') }),
    }),
    'import.text': (input) => ({ reportId: importText(workspace, input) }),
  } satisfies Partial<Handlers>
}
