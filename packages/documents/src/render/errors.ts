/** Why a document could not be rendered, with a code the server maps to a status. */
export type DocumentErrorCode =
  | 'PDF_CONVERTER_MISSING'
  | 'PDF_CONVERSION_FAILED'
  | 'PDF_CONVERSION_TIMEOUT'
  | 'DOCUMENT_QUEUE_FULL'
  | 'DOCUMENT_BUILD_FAILED';

export class DocumentRenderError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRenderError';
  }
}
