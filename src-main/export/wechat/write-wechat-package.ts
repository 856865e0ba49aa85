import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { AppError } from '../../shared/errors/app-error'
import { writeFileAtomicallyAbortable } from '../../files/write-file-atomically-abortable'
import type { WechatPackageFile } from './export-wechat-package'

const packageFileName = /^(article\.html|\d{2,}\.(?:jpg|png))$/

/** The package as one .zip: the photos stored (JPEG is compressed already), the page deflated. */
export async function wechatZip(files: WechatPackageFile[]): Promise<Buffer> {
  const zip = new JSZip()
  for (const file of files) {
    zip.file(file.name, file.bytes, {
      compression: file.name.endsWith('.html') ? 'DEFLATE' : 'STORE',
    })
  }
  return zip.generateAsync({ type: 'nodebuffer' })
}

/**
 * Writes the package to `out`: a .zip when it ends in .zip, else a folder. A folder that holds
 * anything but an earlier package is refused (`export_folder_not_empty`), so no one's files are
 * overwritten; an earlier package's files are replaced, its extra photos removed.
 */
export async function writeWechatPackage(files: WechatPackageFile[], out: string): Promise<void> {
  if (out.toLowerCase().endsWith('.zip')) {
    await writeFileAtomicallyAbortable(out, await wechatZip(files))
    return
  }
  if (existsSync(out)) {
    const present = readdirSync(out)
    if (present.some((name) => !packageFileName.test(name))) {
      throw new AppError('export_folder_not_empty', { path: out })
    }
    for (const name of present) {
      rmSync(join(out, name))
    }
  }
  mkdirSync(out, { recursive: true })
  for (const file of files) {
    await writeFileAtomicallyAbortable(join(out, file.name), file.bytes)
  }
}
