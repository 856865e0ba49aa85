import type { PictureSink, PlacedPhoto } from '../html/picture-sink'
import { pictureTag } from '../html/picture-tag'

/** A photo of the WeChat package: the file it is written to and the source bytes. */
export interface PackagedPhoto {
  fileName: string
  bytes: Uint8Array
}

/** "01.jpg", "02.jpg", … "100.jpg": two digits at least, so the files sort in reading order. */
export function photoFileName(index: number): string {
  return `${String(index).padStart(2, '0')}.jpg`
}

/** Photos referenced as files beside article.html, numbered in reading order. */
export class WechatPictures implements PictureSink {
  readonly photos: PackagedPhoto[] = []

  place(photo: PlacedPhoto): string {
    const fileName = photoFileName(this.photos.length + 1)
    this.photos.push({ fileName, bytes: photo.bytes })
    return pictureTag(fileName, photo)
  }
}
