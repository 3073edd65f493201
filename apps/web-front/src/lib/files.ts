/**
 * Files in and out of the browser: the import sends a file as base64 in JSON (the server reads
 * it), and the template comes back the same way.
 */

/**
 * Base64 of bytes, in chunks (a spread of a whole file would overflow the call stack).
 *
 * @example bytesToBase64(new Uint8Array([80, 75])) // 'UEs='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Bytes of base64.
 *
 * @example base64ToBytes('UEs=') // Uint8Array [80, 75]
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The largest file the server accepts: request bodies stop at 2 MiB, base64 adds a third. */
export const MAX_FILE_BYTES = 1_500_000;

/**
 * Why a chosen file cannot be sent, or null.
 *
 * @example fileRefusal({ name: 'thon.pdf', size: 10 }) // 'Chỉ nhận tệp .xlsx hoặc .csv.'
 */
export function fileRefusal(file: { name: string; size: number }): string | null {
  if (!/\.(xlsx|csv)$/iu.test(file.name)) return 'Chỉ nhận tệp .xlsx hoặc .csv.';
  if (file.size > MAX_FILE_BYTES) return 'Tệp quá lớn (tối đa khoảng 1,5 MB); hãy chia danh sách.';
  return null;
}

/** Offers bytes as a download under `fileName`. */
export function download(fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
