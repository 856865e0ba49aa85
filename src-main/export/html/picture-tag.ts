import { escapeHtml } from './escape-html'
import { htmlStyles } from './html-styles'
import type { PlacedPhoto } from './picture-sink'

/**
 * A photo's <img> with `src` as given: a slot token (whose NUL characters escapeHtml would drop,
 * and which escaped text can therefore never pass for) or a file name this export chose. Width
 * and height keep the photo's place while it loads; CSS scales both together.
 */
export function pictureTag(src: string, photo: PlacedPhoto): string {
  const size =
    photo.widthPx && photo.heightPx ? ` width="${photo.widthPx}" height="${photo.heightPx}"` : ''
  return `<img src="${src}" alt="${escapeHtml(photo.alt)}"${size} style="${htmlStyles.image}">`
}
