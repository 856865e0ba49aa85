import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** A server started in its own process, its address read from its output. */
export interface ServerProcess {
  url: string
  child: ChildProcess
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds: () => number
  /** Its resident set size now and at its peak, in MiB. */
  memoryMiB: () => { now: number; peak: number }
  stop: () => Promise<void>
}

const clockTicks = 100

function readCpuSeconds(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised name.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / clockTicks
}

function readMemoryMiB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
  return { now: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
}

/** Spawns `node <args>` and waits for a line `<marker>=<url>` on its standard output. */
export function spawnServerProcess(args: string[], marker: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`no ${marker} within 30 s: ${output.slice(-2000)}`))
    }, 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = new RegExp(`${marker}=(\\S+)`).exec(output)
      if (!match) {
        return
      }
      clearTimeout(timer)
      child.stdout?.off('data', read)
      child.stdout?.resume()
      resolve({
        url: match[1]!,
        child,
        cpuSeconds: () => readCpuSeconds(child.pid!),
        memoryMiB: () => readMemoryMiB(child.pid!),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              done()
              return
            }
            child.once('exit', () => done())
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 5000).unref()
          }),
      })
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before it was ready: ${output.slice(-2000)}`))
    })
  })
}
