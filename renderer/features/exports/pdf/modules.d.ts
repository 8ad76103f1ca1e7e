/**
 * The parts of pdfkit (0.20, browser build) and fontkit (2.x) that the PDF writer uses. Neither
 * ships type declarations, and DefinitelyTyped's lag behind the versions we install.
 */

declare module 'pdfkit' {
  interface PdfKitTextOptions {
    lineBreak?: boolean;
    /** Passing an array (even empty) shapes the whole string in one go, not word by word. */
    features?: string[];
    baseline?: 'alphabetic' | 'top' | number;
  }
  interface PdfKitOptions {
    size?: string | [number, number];
    margin?: number;
    font?: string | null;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
    info?: { Title?: string; Author?: string; Subject?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  }
  class PDFDocument {
    constructor(options?: PdfKitOptions);
    page: { width: number; height: number };
    addPage(options?: PdfKitOptions): this;
    registerFont(name: string, src: unknown): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    widthOfString(text: string, options?: PdfKitTextOptions): number;
    text(text: string, x: number, y: number, options?: PdfKitTextOptions): this;
    link(x: number, y: number, width: number, height: number, url: string): this;
    rect(x: number, y: number, width: number, height: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    end(): void;
  }
  export default PDFDocument;
}

declare module 'pdfkit/output' {
  export function toBytes(document: unknown): Promise<Uint8Array>;
}

declare module 'fontkit' {
  export interface FontkitFont {
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  }
  export function create(bytes: Uint8Array): FontkitFont;
}

declare module '*.ttf?url' {
  const url: string;
  export default url;
}
