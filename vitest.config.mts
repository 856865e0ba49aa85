import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import type { Plugin } from 'vite'
import { build } from 'vite'
import { defineConfig } from 'vitest/config'

const suffix = '?modulePath'

/**
 * electron-vite bundles `import file from './x?modulePath'` as its own file and gives its path (a
 * worker thread's script); the tests get the same: the module built once with Vite into a cache
 * folder, its path the import's value.
 */
function modulePathForTests(): Plugin {
  const outDir = join(import.meta.dirname, 'node_modules', '.cache', 'dajuan-test-modules')
  return {
    name: 'dajuan:module-path-for-tests',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) {
        return undefined
      }
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer, {
        skipSelf: true,
      })
      return resolved ? `${resolved.id}${suffix}` : undefined
    },
    async load(id) {
      if (!id.endsWith(suffix)) {
        return undefined
      }
      const entry = id.slice(0, -suffix.length)
      const name = basename(entry).replace(/\.[cm]?ts$/, '')
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          ssr: entry,
          outDir,
          emptyOutDir: false,
          minify: false,
          rolldownOptions: { output: { format: 'cjs', entryFileNames: `${name}.cjs` } },
        },
      })
      return `export default ${JSON.stringify(join(outDir, `${name}.cjs`))}`
    },
  }
}

export default defineConfig({
  plugins: [modulePathForTests()],
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    // Vitest's default leaves one core idle; on a two-core CI runner that halves the suite's speed.
    maxWorkers: availableParallelism(),
  },
})
