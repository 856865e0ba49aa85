import { i18n } from '../../i18n/i18n'

/** When a backup was taken, in the reader's local time and language. */
export function formatBackupTime(createdAt: string): string {
  return new Date(createdAt).toLocaleString(i18n.language, { hour12: false })
}
