import { i18n } from '../../i18n/i18n'

/** When a stage was signed (or the report reopened), in the reader's local time and language. */
export function formatSignedAt(iso: string): string {
  return new Date(iso).toLocaleString(i18n.language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
}
