import { base } from '$app/paths';

/** Links inside the public pages, under their base path (`/cong-dan`). */
export const paths = {
  home: `${base}/`,
  commune: (code: string) => `${base}/?xa=${encodeURIComponent(code)}`,
  dialogue: (id: string) => `${base}/doi-thoai/${encodeURIComponent(id)}`,
  sent: (code: string) => `${base}/da-gui?ma=${encodeURIComponent(code)}`,
  track: (code?: string) => `${base}/tra-cuu${code ? `?ma=${encodeURIComponent(code)}` : ''}`,
  results: (id: string) => `${base}/ket-qua/${encodeURIComponent(id)}`,
};
