/** One raw request sent over a socket, and what the browser-mode server must answer. */
export interface HostileRequest {
  name: string
  bytes: Buffer
  /** The status line's code, or 'closed' when the connection may end without an HTTP answer. */
  expected: number | 'closed'
}

const crlf = '\r\n'

/**
 * Malformed request lines, headers and bodies, as any web page (an `<img>`, a form) or a local
 * program can send them to the browser-mode server. None may end the server; each gets the
 * expected status, or Node's parser closes the connection after its own 400.
 */
export function hostileRequests(port: number, token: string): HostileRequest[] {
  const host = `Host: 127.0.0.1:${port}`
  const auth = `Authorization: Bearer ${token}`
  const request = (name: string, lines: string[], expected: number | 'closed', body = '') => ({
    name,
    bytes: Buffer.from(lines.join(crlf) + crlf + crlf + body, 'latin1'),
    expected,
  })
  const get = (name: string, target: string, expected: number | 'closed') =>
    request(name, [`GET ${target} HTTP/1.1`, host, 'Connection: close'], expected)
  const post = (
    name: string,
    target: string,
    body: string,
    expected: number,
    extra: string[] = [],
  ) =>
    request(
      name,
      [
        `POST ${target} HTTP/1.1`,
        host,
        auth,
        'Connection: close',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body, 'latin1')}`,
        ...extra,
      ],
      expected,
      body,
    )
  return [
    get('invalid percent-encoding', '/%ff', 400),
    get('truncated UTF-8 percent-encoding', '/%E4%B8', 400),
    get('percent sign at the end', '/index.html%', 400),
    get('a bracket the URL parser rejects', '//[', 400),
    get('an unclosed IPv6 authority', '//[::1', 400),
    get('an authority with a bad port', '//127.0.0.1:99999/', 400),
    get('an encoded NUL byte', '/%00', 404),
    get('bad percent-encoding in a picture path', '/assets/%ff.js', 400),
    get('absolute-form target', 'http://attacker.example/', 200),
    get('asterisk target', '*', 404),
    get('encoded parent folders', '/%2e%2e/%2e%2e/etc/passwd', 404),
    get('backslash parent folders', '/..\\..\\etc\\passwd', 404),
    get('bad percent-encoding in the query only', '/?q=%ff', 200),
    get('an 8 KB path', `/${'a'.repeat(8000)}`, 404),
    request('a binary request line', ['\u0000\u0001\u0002\u00ff'], 'closed'),
    request('a request line without a version', ['GET /'], 403),
    request('an unknown HTTP version', ['GET / HTTP/9.9', host], 'closed'),
    request('an unknown method', ['BREW / HTTP/1.1', host], 'closed'),
    request('a header without a colon', ['GET / HTTP/1.1', host, 'no colon here'], 'closed'),
    request('a header with a NUL byte', ['GET / HTTP/1.1', host, 'X-A: a\u0000b'], 'closed'),
    request('two Host headers', ['GET / HTTP/1.1', host, host, 'Connection: close'], 200),
    request(
      'a 64 KB header',
      ['GET / HTTP/1.1', host, `X-Padding: ${'x'.repeat(65536)}`],
      'closed',
    ),
    request(
      'a Host the server does not serve',
      ['GET / HTTP/1.1', 'Host: [', 'Connection: close'],
      403,
    ),
    request(
      'a Latin-1 header value',
      ['GET / HTTP/1.1', host, 'X-Name: \u00e9\u00ff', 'Connection: close'],
      200,
    ),
    request('DELETE on the page', ['DELETE / HTTP/1.1', host, 'Connection: close'], 405),
    request(
      'OPTIONS on the API',
      ['OPTIONS /api/reports.list HTTP/1.1', host, 'Connection: close'],
      405,
    ),
    request(
      'Content-Length and Transfer-Encoding together',
      [
        'POST /api/reports.list HTTP/1.1',
        host,
        auth,
        'Content-Length: 2',
        'Transfer-Encoding: chunked',
      ],
      'closed',
      '{}',
    ),
    request(
      'a chunk size that is not a number',
      ['POST /api/reports.list HTTP/1.1', host, auth, 'Transfer-Encoding: chunked'],
      'closed',
      'zz\r\n{}\r\n0\r\n\r\n',
    ),
    request(
      'a negative Content-Length',
      ['POST /api/reports.list HTTP/1.1', host, auth, 'Content-Length: -1'],
      'closed',
    ),
    request(
      'a declared body over the limit',
      [
        'POST /api/reports.list HTTP/1.1',
        host,
        auth,
        'Connection: close',
        'Content-Length: 900000000',
      ],
      413,
      '{}',
    ),
    post('a body that is not JSON', '/api/reports.list', '{not json', 400),
    post('a body of invalid UTF-8', '/api/reports.list', '\u00ff\u00fe{', 400),
    post('a JSON string for input', '/api/reports.list', '"x"', 200),
    post('JSON null for input', '/api/reports.list', 'null', 200),
    post('a prototype key for a channel', '/api/__proto__', '{}', 200),
    post('a channel named constructor', '/api/constructor', '{}', 200),
    post('bad percent-encoding in a channel', '/api/%ff', '{}', 400),
    post(
      'a prototype-polluting body',
      '/api/reports.create',
      '{"__proto__":{"polluted":true},"year":2025,"title":"x"}',
      200,
    ),
    post('a number too big for any id', '/api/reports.open', '{"id":1e400}', 200),
    post(
      'an import of no bytes',
      '/api/import.file',
      '{"fileName":"a.docx","dataBase64":"","year":2025}',
      200,
    ),
    post(
      'an import whose base64 is garbage',
      '/api/import.file',
      '{"fileName":"a.docx","dataBase64":"!!!!","year":2025}',
      200,
    ),
    post(
      'a spreadsheet whose base64 is garbage',
      '/api/metrics.readSpreadsheet',
      '{"fileName":"a.xlsx","dataBase64":"%%%%"}',
      200,
    ),
  ]
}
