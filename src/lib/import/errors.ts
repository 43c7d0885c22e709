/** Why a file was refused; the UI turns the code into a sentence that says what to do next.
 * Nothing in the warehouse changes when one of these is thrown. */
export type ImportErrorCode =
  'empty' | 'binary' | 'excel' | 'unknown_report' | 'no_rows' | 'too_large' | 'cancelled' | 'failed';

export interface ImportErrorDetail {
  nearest?: { zh: string; en: string };
  missing?: string[];
  message?: string;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail: ImportErrorDetail = {},
  ) {
    super(detail.message ? `${code}: ${detail.message}` : code);
    this.name = 'ImportError';
  }
}
