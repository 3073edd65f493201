// What the port answers while the server starts (migrations, the first demo build): 503 with
// Retry-After, so a monitor's readiness check and a reverse proxy see "not yet", and a person
// sees a sentence rather than a refused connection.

const MESSAGE =
  'Máy chủ Đối thoại đang khởi động (cập nhật cơ sở dữ liệu). Vui lòng thử lại sau ít giây.';

/** @example await startingResponse(new Request('http://localhost/readyz'), {}) // 503 */
export function startingResponse(request: Request, _env?: unknown): Response {
  const html = (request.headers.get('accept') ?? '').includes('text/html');
  const headers = { 'retry-after': '5', 'cache-control': 'no-store' };
  if (html) {
    return new Response(
      `<!doctype html><html lang="vi"><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Đang khởi động — Đối thoại</title><main><h1>Đang khởi động</h1><p>${MESSAGE}</p></main></html>`,
      { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } },
    );
  }
  return Response.json(
    {
      status: 'starting',
      error: { message: MESSAGE, data: { code: 'STARTING', httpStatus: 503 } },
    },
    { status: 503, headers },
  );
}
