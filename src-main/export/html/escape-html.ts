const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

// C0 and C1 controls but tab, line feed, form feed and carriage return: HTML cannot carry them.
const controlCharacters = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g

/**
 * Text made safe for HTML text and double-quoted attribute values: & < > " ' become entities and
 * control characters are dropped (parsers discard or reject them anyway).
 */
export function escapeHtml(text: string): string {
  if (!needsEscaping.test(text)) {
    return text
  }
  return text.replace(controlCharacters, '').replace(/[&<>"']/g, (character) => entities[character])
}

const needsEscaping = /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/
