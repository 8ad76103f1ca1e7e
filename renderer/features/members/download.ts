/** Hands a file to the browser's download (the desktop shell shows its save dialog). */
function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, mimeType: string): void {
  downloadBlob(filename, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** Binary content (a PDF, …). */
export function downloadBytes(filename: string, bytes: Uint8Array, mimeType: string): void {
  // Copied into a plain ArrayBuffer: a Blob does not take a view over a shared buffer.
  downloadBlob(filename, new Blob([bytes.slice().buffer as ArrayBuffer], { type: mimeType }));
}

/** A file name from a workspace name: letters of any script kept, the rest dashes. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'workspace';
}
