// `npm run -s durability -- --kills 1000 [--seed N]`: the kill -9 test with more kills than CI runs.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: { kills: { type: 'string', default: '1000' }, seed: { type: 'string' } },
})
const kills = Number(values.kills)
if (!Number.isInteger(kills) || kills < 1) {
  process.stderr.write(`--kills 须为正整数：${values.kills}\n`)
  process.exit(2)
}
const env = {
  ...process.env,
  DAJUAN_KILLS: String(kills),
  ...(values.seed ? { DAJUAN_KILL_SEED: values.seed } : {}),
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
const child = spawn(process.execPath, [vitest, 'run', 'src-main/durability/kill-test.test.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
child.on('exit', (code) => {
  process.exitCode = code ?? 1
})
