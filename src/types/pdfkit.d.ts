/** pdfkit ships no type declarations; Blattwerk drives it through a loosely typed handle (see render/pdf/document.ts). */
declare module 'pdfkit' {
  class PDFDocument {
    constructor(options?: Record<string, unknown>);
    on(event: string, listener: (...args: any[]) => void): this;
    end(): void;
  }
  export default PDFDocument;
}
