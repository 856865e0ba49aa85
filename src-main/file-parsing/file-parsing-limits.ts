/**
 * What reading one file may take of the app: the worker thread's V8 heap (`resourceLimits`) and
 * its time, from the call (a worker's start included). A file that slips past the readers' own
 * limits (`importLimits`) runs into these, and the read fails with a clear message while the app
 * carries on. They leave a 200-page Word report (well under 100 MB of heap and a second here)
 * room to spare, and keep the whole process within 512 MiB above idle (bench rows R1–R21).
 */
export const fileParsingLimits = {
  oldGenerationMb: 256,
  youngGenerationMb: 32,
  /** As the main thread's (Node's default, about 1 MB): markup nested past it is refused, not read. */
  stackMb: 1,
  timeMs: 8000,
}
