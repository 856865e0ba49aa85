import { extname } from 'node:path'
import type { CliCommand } from './cli-command'
import { CliError } from './cli-command'
import { readTextFile } from './read-input-file'

function requireYear(value: string | boolean | undefined): number {
  const year = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(year)) {
    throw new CliError('请用 --year 指定报告年份，例如 --year 2025', 2)
  }
  return year
}

function requirePositional(positionals: string[], index: number, what: string): string {
  const value = positionals[index]
  if (!value) {
    throw new CliError(`缺少参数：${what}`, 2)
  }
  return value
}

/** The CLI's commands; each is a thin layer over the same contract channels the app uses. */
export const cliCommands: Record<string, CliCommand> = {
  import: {
    usage: 'import <file.txt> --year <Y> [--title T] [--db PATH] [--json]',
    options: { year: 'string', title: 'string' },
    run: async ({ positionals, options, call }) => {
      const file = requirePositional(positionals, 0, '要导入的文件')
      const year = requireYear(options.year)
      if (extname(file).toLowerCase() !== '.txt') {
        throw new CliError(`不支持的文件类型：${file}。目前可导入 .txt 文本文件。`)
      }
      const text = readTextFile(file)
      const title = typeof options.title === 'string' ? options.title : undefined
      const { reportId } = await call('import.text', { text, year, title })
      return { json: { reportId }, text: `已导入，报告编号 ${reportId}` }
    },
  },
  list: {
    usage: 'list [--db PATH] [--json]',
    options: {},
    run: async ({ call }) => {
      const reports = await call('reports.list', {})
      const rows = reports.map(({ id, year, title }) => ({ id, year, title }))
      return {
        json: rows,
        text: rows.map((row) => `${row.id}\t${row.year}\t${row.title}`).join('\n'),
      }
    },
  },
}
