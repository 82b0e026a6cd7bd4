/** pdfjs-dist ships no types for its worker module; it is only loaded into this thread (see pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
