/**
 * What reading one file may take of the app: the worker thread's V8 heap (`resourceLimits`) and
 * its time. A file that slips past the readers' own limits (`importLimits`) runs into these, and
 * the read fails with a clear message while the app carries on. Heap and time leave a 200-page
 * Word report (about 150 MB and 2 s here) room to spare, and keep the whole process under 512 MiB
 * above idle.
 */
export const fileParsingLimits = {
  oldGenerationMb: 320,
  youngGenerationMb: 32,
  /** As the main thread's (Node's default, about 1 MB): markup nested past it is refused, not read. */
  stackMb: 1,
  timeMs: 8000,
}
