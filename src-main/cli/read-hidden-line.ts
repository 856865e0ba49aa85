/** A terminal to read from without echo: process.stdin, or a stand-in in tests. */
export interface HiddenInput {
  isTTY?: boolean
  setRawMode?: (raw: boolean) => unknown
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown
  resume(): unknown
  pause(): unknown
}

/**
 * Reads one line typed on the terminal without showing it (a password): Enter ends it,
 * Backspace takes back a character, Ctrl-C or Ctrl-D gives up (undefined). Undefined too when
 * the input is not a terminal, where nothing could be typed unseen.
 */
export function readHiddenLine(
  prompt: string,
  input: HiddenInput,
  output: { write(text: string): unknown },
): Promise<string | undefined> {
  if (!input.isTTY || !input.setRawMode) {
    return Promise.resolve(undefined)
  }
  const setRawMode = input.setRawMode.bind(input)
  output.write(prompt)
  setRawMode(true)
  input.resume()
  return new Promise((resolve) => {
    let typed = ''
    const finish = (line: string | undefined) => {
      input.off('data', onData)
      setRawMode(false)
      input.pause()
      output.write('\n')
      resolve(line)
    }
    const onData = (chunk: Buffer | string) => {
      for (const character of chunk.toString()) {
        if (character === '\r' || character === '\n') {
          finish(typed)
          return
        }
        if (character === '\u0003' || character === '\u0004') {
          finish(undefined)
          return
        }
        if (character === '\u007f' || character === '\b') {
          typed = [...typed].slice(0, -1).join('')
        } else if (character >= ' ') {
          typed += character
        }
      }
    }
    input.on('data', onData)
  })
}
