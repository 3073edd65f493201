import { base } from '$app/paths';

/** Links inside the public pages, under their base path (`/cong-dan`). */
export const paths = {
  home: `${base}/`,
  commune: (code: string) => `${base}/?xa=${encodeURIComponent(code)}`,
  dialogue: (id: string) => `${base}/doi-thoai/${encodeURIComponent(id)}`,
  // A tracking code goes after '#': the fragment never leaves the browser, so no server or proxy
  // log keeps it (issue 17); `codeInUrl` still reads the `?ma=` of older links.
  sent: (code: string) => `${base}/da-gui#ma=${encodeURIComponent(code)}`,
  track: (code?: string) => `${base}/tra-cuu${code ? `#ma=${encodeURIComponent(code)}` : ''}`,
  results: (id: string) => `${base}/ket-qua/${encodeURIComponent(id)}`,
};

/** The tracking code in a page's address: `#ma=` (what the pages write), else `?ma=`. */
export function codeInUrl(url: URL): string {
  return new URLSearchParams(url.hash.slice(1)).get('ma') ?? url.searchParams.get('ma') ?? '';
}
