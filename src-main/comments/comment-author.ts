import en from '../../resources/locales/en.json'
import zhCN from '../../resources/locales/zh-CN.json'
import type { CallContext } from '../contract/channels'
import { settingKeys } from '../settings/setting-keys'
import type { Workspace } from '../workspace/workspace'

/**
 * Who is writing a comment or resolving a thread: the signed-in account on the team server; on
 * one person's PC the reviewer's name from the settings, or "本机" (in the UI's language).
 */
export function commentAuthor(workspace: Workspace, context: CallContext): string {
  if (context.caller) {
    return context.caller.name
  }
  const reviewer = workspace.settings.get(settingKeys.reviewer)?.trim()
  if (reviewer) {
    return reviewer
  }
  const language = workspace.settings.get(settingKeys.language)
  return (language === 'en' ? en : zhCN).ui.thisComputer
}
