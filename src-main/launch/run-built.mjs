// Launches a built entry (app, browser mode, team server, CLI, bench), building first when sources are newer.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectron } from './find-electron.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const sourceRoots = [
  'src-main',
  'src-renderer',
  'resources',
  'electron.vite.config.ts',
  'package.json',
]
const builtFiles = [
  'out/main/index.js',
  'out/main/cli.js',
  'out/main/serve.js',
  'out/main/team-server.js',
  'out/main/bench.js',
  'out/main/eval.js',
  'out/preload/index.js',
  'out/renderer/index.html',
]

function newestMtime(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) {
    return stats.mtimeMs
  }
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stats.mtimeMs,
  )
}

function buildIfStale() {
  const built = builtFiles.map((file) => join(root, file))
  const oldestBuilt = built.every(existsSync)
    ? Math.min(...built.map((file) => statSync(file).mtimeMs))
    : 0
  const newestSource = Math.max(...sourceRoots.map((path) => newestMtime(join(root, path))))
  if (oldestBuilt >= newestSource) {
    return
  }
  process.stderr.write('答卷：正在构建（源代码有更新）……\n')
  const viteBin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [viteBin, 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  })
  if (result.status !== 0) {
    process.stderr.write('答卷：构建失败，请查看上面的错误信息。\n')
    process.exit(result.status ?? 1)
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: process.cwd(), stdio: 'inherit' })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0)
  })
}

const [target, ...args] = process.argv.slice(2)
buildIfStale()
if (target === 'start') {
  const electron = findElectron(root)
  const teamServerAt = args.findIndex((arg) => arg.split('=')[0] === '--team-server')
  if (electron) {
    run(electron, [root, ...args])
  } else if (teamServerAt !== -1) {
    // A team server is a web page already: without Electron, a browser opens it.
    const [, inline] = args[teamServerAt].split(/=(.*)/s)
    const address = inline ?? args[teamServerAt + 1]
    process.stderr.write(
      `答卷：本机没有可用的 Electron 程序；请在浏览器中打开团队服务器 ${address ?? ''}（Electron binary not found; open the team server in a browser).\n`,
    )
    process.exitCode = 2
  } else {
    process.stderr.write(
      '答卷：本机没有可用的 Electron 程序，改用浏览器模式启动（Electron binary not found; starting browser mode).\n',
    )
    run(process.execPath, [join(root, 'out', 'main', 'serve.js'), ...args])
  }
} else if (target === 'serve' || target === 'cli' || target === 'team-server') {
  run(process.execPath, [join(root, 'out', 'main', `${target}.js`), ...args])
} else if (target === 'bench' || target === 'eval') {
  run(process.execPath, [join(root, 'out', 'main', `${target}.js`), ...args])
} else {
  process.stderr.write(`未知的启动目标：${target}\n`)
  process.exit(2)
}
