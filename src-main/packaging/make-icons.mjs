// Renders the app icon (resources/build/icon.svg) to the sizes packaging needs: a PNG set for Linux
// (resources/build/icons/NxN.png) and a Windows .ico holding PNG images. Run with `npm run icons`
// on a machine with the Noto CJK fonts (fonts-noto-cjk); the outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const build = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'build')
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512]
const windowsSizes = [16, 24, 32, 48, 64, 128, 256]

const svg = readFileSync(join(build, 'icon.svg'))
const render = (size) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer()

/** An .ico file whose images are PNGs (Windows Vista and later read them at every size). */
function icoOf(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  const entries = []
  let offset = 6 + 16 * images.length
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    entries.push(entry)
    offset += png.length
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)])
}

mkdirSync(join(build, 'icons'), { recursive: true })
for (const size of linuxSizes) {
  writeFileSync(join(build, 'icons', `${size}x${size}.png`), await render(size))
}
writeFileSync(join(build, 'icon.png'), await render(1024))
const images = await Promise.all(
  windowsSizes.map(async (size) => ({ size, png: await render(size) })),
)
writeFileSync(join(build, 'icon.ico'), icoOf(images))
console.log(`icons written to ${build}`)
