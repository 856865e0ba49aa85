import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

const root = join(__dirname, '..', '..')
const schema: object = JSON.parse(
  readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
)
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
/** The fields of electron-builder.yml these tests read. */
interface BuilderConfig {
  appId: string
  productName: string
  asar: boolean
  asarUnpack: string[]
  files: string[]
  nsis: Record<string, unknown>
  win: { icon: string }
  linux: { icon: string; target: unknown; maintainer: string; category: string }
}
const config = YAML.parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own configuration schema', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is refused by that schema when it holds an option electron-builder does not know', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false)
  })

  it('names the app 答卷 and installs per user with a Chinese installer and a desktop shortcut', () => {
    expect(config).toMatchObject({ appId: 'cn.dajuan.studio', productName: '答卷' })
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      createDesktopShortcut: 'always',
      installerLanguages: ['zh_CN'],
      shortcutName: '答卷',
    })
  })

  it('builds deb packages for x64 and arm64 with a maintainer and a category', () => {
    expect(config.linux.target).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }])
    expect(config.linux.maintainer).toMatch(/<.+@.+>/)
    expect(config.linux.category).toBe('Office')
  })

  it('unpacks the native modules from the asar archive', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/*.node', '**/node_modules/better-sqlite3/**']),
    )
    for (const native of ['better-sqlite3', 'sharp']) {
      expect(Object.keys(packageJson.dependencies)).toContain(native)
    }
  })

  it('packs only the built app; the renderer’s libraries are bundled, not shipped', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!out/**/*.map'])
    for (const bundled of ['react', 'react-dom', 'react-i18next', 'i18next', '@tiptap/react']) {
      expect(packageJson.dependencies[bundled]).toBeUndefined()
      expect(packageJson.devDependencies[bundled]).toBeDefined()
    }
  })

  it('points at icons that exist: a Windows .ico and a Linux PNG set', async () => {
    const ico = readFileSync(join(root, config.win.icon))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + 16 * index) || 256)
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]))
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = join(root, config.linux.icon, `${size}x${size}.png`)
      expect(existsSync(file)).toBe(true)
      expect(await sharp(file).metadata()).toMatchObject({ width: size, height: size })
    }
  })
})
