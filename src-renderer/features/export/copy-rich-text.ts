import type { ChannelOutput } from '../../../src-main/contract/channels'

/** What "copy as rich text" puts on the clipboard. */
export type RichText = ChannelOutput<'export.clipboard'>

/**
 * The fallback for browsers without `ClipboardItem` or that refuse it: a copy command over a
 * hidden selection, whose copy event hands over exactly our HTML and text (the selection only
 * makes the command available; it holds plain text, so no markup is ever put into the page).
 */
function copyWithCommand({ html, text }: RichText): void {
  const holder = document.createElement('div')
  holder.contentEditable = 'true'
  holder.textContent = text
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:1px;height:1px;overflow:hidden'
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html)
    event.clipboardData?.setData('text/plain', text)
    event.preventDefault()
  }
  const focused = document.activeElement as HTMLElement | null
  const selection = window.getSelection()
  document.body.append(holder)
  document.addEventListener('copy', onCopy)
  try {
    const range = document.createRange()
    range.selectNodeContents(holder)
    selection?.removeAllRanges()
    selection?.addRange(range)
    if (!document.execCommand('copy')) {
      throw new Error('copy command refused')
    }
  } finally {
    document.removeEventListener('copy', onCopy)
    selection?.removeAllRanges()
    holder.remove()
    focused?.focus()
  }
}

/**
 * Puts HTML and plain text on the clipboard. `content` may still be loading: the clipboard write
 * starts at once, inside the click, because browsers only allow it while the user's gesture is
 * fresh, and `ClipboardItem` waits for the promised data. Rejects when the content fails to load
 * (with that error) or when the browser refuses every way of copying.
 */
export async function copyRichText(content: Promise<RichText>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = (type: string, pick: (value: RichText) => string) =>
      content.then((value) => new Blob([pick(value)], { type }))
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': blob('text/html', (value) => value.html),
          'text/plain': blob('text/plain', (value) => value.text),
        }),
      ])
      return
    } catch {
      // Refused (no permission, an old ClipboardItem without promises): try the copy command.
    }
  }
  copyWithCommand(await content)
}
