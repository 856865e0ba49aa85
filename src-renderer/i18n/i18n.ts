import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../resources/locales/en.json'
import zhCN from '../../resources/locales/zh-CN.json'
import type { ChannelOutput } from '../../src-main/contract/channels'

/** A language of the UI, as settings store it. */
export type Language = ChannelOutput<'settings.get'>['language']

/** i18next with the shared resource files; Chinese first. */
export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** A failure's message in the current language, from its code and parameters. */
export function describeError(error: unknown): string {
  const failure = error as { code?: string; message?: string; params?: Record<string, unknown> }
  if (failure.code && i18n.exists(`errors.${failure.code}`)) {
    return i18n.t(`errors.${failure.code}`, failure.params ?? {})
  }
  return failure.message ?? String(error)
}
