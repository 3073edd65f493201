// A path nothing serves answers 404 (issue 20: `/metrics`, `/readyz` or a typo answered 200 with
// the home page, so a monitor pointed at a wrong path reported success): a Vietnamese page for a
// browser, JSON for everything else.
import type { Context } from 'hono';

/** True when the client would rather read a page than JSON (a browser's navigation). */
export function wantsHtml(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/html');
}

const PAGE = `<!doctype html>
<html lang="vi">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang — Đối thoại</title>
<main style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Không tìm thấy trang</h1>
<p>Địa chỉ này không có trên hệ thống Đối thoại. Hãy kiểm tra lại đường dẫn, hoặc về
<a href="/">trang chủ</a>. Người dân: <a href="/cong-dan/">cổng thông tin cho người dân</a>.</p>
</main>
</html>
`;

/**
 * The 404 answer for `c`'s path.
 *
 * @example app.notFound(notFound)
 */
export function notFound(c: Context): Response {
  if (wantsHtml(c)) {
    return c.html(PAGE, 404, { 'cache-control': 'no-cache' });
  }
  return c.json(
    {
      error: {
        message: `Không tìm thấy ${c.req.path}.`,
        data: { code: 'NOT_FOUND', httpStatus: 404, path: c.req.path },
      },
    },
    404,
  );
}
