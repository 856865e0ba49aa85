import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { settingKeys } from './setting-keys'

/** The settings channels: the UI language and the reviewer's name. */
export function settingsHandlers(workspace: Workspace) {
  return {
    'settings.get': () => ({
      language: workspace.settings.get(settingKeys.language) === 'en' ? 'en' : 'zh-CN',
      reviewer: workspace.settings.get(settingKeys.reviewer) ?? '',
    }),
    'settings.setReviewer': ({ reviewer }) => {
      workspace.settings.set(settingKeys.reviewer, reviewer)
      return { reviewer }
    },
    'settings.setLanguage': ({ language }) => {
      workspace.settings.set(settingKeys.language, language)
      return { language }
    },
  } satisfies Partial<Handlers>
}
