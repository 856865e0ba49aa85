/** `import file from './x?modulePath'`: the path of `x` built as a file of its own (electron-vite). */
declare module '*?modulePath' {
  const path: string
  export default path
}
