function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** A local time as `YYYYMMDD-HHMMSS`, for file names a person can read and sort. */
export function fileTimestamp(date: Date): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  return `${day}-${time}`
}

/** The local time a `YYYYMMDD-HHMMSS` stamp names, or undefined if it names none. */
export function parseFileTimestamp(stamp: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp)
  if (!match) {
    return undefined
  }
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number)
  const date = new Date(year, month - 1, day, hours, minutes, seconds)
  if (date.getMonth() !== month - 1 || date.getDate() !== day || date.getHours() !== hours) {
    return undefined
  }
  return date
}
