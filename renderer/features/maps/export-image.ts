/**
 * Images of strategy-map boards: an <svg> serialised as a standalone SVG file, or drawn on a
 * canvas and encoded as PNG. Boards draw with presentation attributes (not page CSS), so
 * the serialised SVG looks the same outside the app.
 */

/** The SVG as a standalone file's text (namespaced, with an XML declaration). */
export function serializeSvg(svg: SVGSVGElement | string): string {
  let text = typeof svg === 'string' ? svg : new XMLSerializer().serializeToString(svg);
  if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/**
 * Draws the SVG on a canvas of `width` × `height` CSS pixels (at twice the resolution, for
 * sharp text) and returns the PNG's bytes.
 */
export async function svgToPng(svg: SVGSVGElement | string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The drawing could not be read as an image.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be encoded.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
