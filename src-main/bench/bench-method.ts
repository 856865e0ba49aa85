/** How each figure is measured; written into the results file beside the figures. */
export const benchMethod = {
  timing:
    'Medians of several runs after one warm-up. An operation and its reference run alternately in ' +
    'the same process and workspace (SQLite file on disk, WAL, synchronous=FULL).',
  P1:
    'Playwright drives Chromium (--disable-frame-rate-limit --disable-gpu-vsync, so a frame is ' +
    'produced as soon as it is due: latencies are the work done, not a 60 Hz wait). Text is ' +
    'committed with Input.insertText (as an IME commits it), one character at a time with 30 ms ' +
    'pauses, in 4 blocks alternating between the app (browser mode, the mid-report section opened ' +
    'from the outline) and the bare page, caret in the middle of the longest text run, mouse over ' +
    'the text. Latency: beforeinput event timestamp → a MessageChannel message posted from the next ' +
    "requestAnimationFrame callback, i.e. after that frame's script, style, layout and paint.",
  bare:
    "The bare page (src-main/bench/bare-editor) is Tiptap's StarterKit with its table and image " +
    "extensions and no app code, built by Vite at bench time, in the app's stylesheet and the " +
    "app's editor column width. It holds the same content: figures as the text the app shows, lead " +
    'sentences as bold, pictures as images.',
  P7:
    'From the click on the report card in the library to the end of the frame showing an editable ' +
    "editor (MutationObserver + requestAnimationFrame in the page). The app's editor holds one " +
    'section at a time, so the floor is a bare setContent of the JSON it opens on (the lead); a ' +
    'bare setContent of the whole report as one document is given too.',
  charts:
    'P12: buildChartSpec + ECharts server-side SVG of a two-series five-year line, and resvg of ' +
    'that SVG to a PNG 945 px wide (8 cm at 300 dpi, words outlined with the machine CJK face), ' +
    'the drawing caches emptied before every run. P13: exportReportDocx of the bench report with ' +
    '20 charts added to 20 sections (five-year lines and bars, earlier years filled) against the ' +
    'same report without them, alternating; caches emptied before every charted export.',
  checks:
    'P9: checkReport for the mid-report section, as the checks panel asks after a save; P9b the ' +
    'same for the section with the most findings in a whole-report check. P9c: a value of a series ' +
    'used in the mid-report section written (untimed) before each run, then sectionsUsingSeries and ' +
    'checkReport for those sections, alternating with checkReport of the whole report; the warm-up ' +
    'checks that both give the same findings for those sections, and the value is put back after.',
  memory:
    'Peak RSS: process.resourceUsage().maxRSS of a fresh Node process (the bench re-run with ' +
    '--child) doing the one operation, next to one that only loads the bench and opens the ' +
    'workspace; Pandoc measured with GNU time when installed. Renderer heap: CDP ' +
    'HeapProfiler.collectGarbage, then Runtime.getHeapUsage.',
  R:
    'R1–R20: each input of the hostile-input corpus (src-main/security/hostile-import-corpus.ts) ' +
    'written to a file and read once through the channel the app reads it with (import.file or ' +
    'metrics.readSpreadsheet, the file read in the worker thread), in a fresh Node process (the ' +
    'bench re-run with --child) on an empty workspace: the outcome, the time of the call and the ' +
    'peak RSS (process.resourceUsage().maxRSS, worker included), next to the same process idle ' +
    '(modules loaded, workspace opened). R21: the malformed-request corpus sent over raw sockets ' +
    'to the app in browser mode; the worst time to an answer, the answers, the page afterwards, ' +
    "and the server's peak RSS (VmHWM) over its RSS before.",
}
