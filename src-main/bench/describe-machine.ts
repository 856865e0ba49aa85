import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'

/** The machine a bench ran on, as its results file and the README name it. */
export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  kernel: string
  node: string
  chromium?: string
  pandoc?: string
  /** 1-minute load average when the bench started and when it ended: other work on the machine skews timings. */
  loadAverage: { start: number; end: number }
}

function firstLine(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined
}

function osName(): string {
  const file = '/etc/os-release'
  const pretty = existsSync(file)
    ? /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync(file, 'utf8'))?.[1]
    : undefined
  return pretty ?? platform()
}

export function describeMachine(chromiumPath: string | undefined, startLoad: number): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    os: osName(),
    kernel: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumPath ? firstLine(chromiumPath, ['--version']) : undefined,
    pandoc: firstLine('pandoc', ['--version']),
    loadAverage: { start: startLoad, end: Number(loadavg()[0]!.toFixed(2)) },
  }
}
