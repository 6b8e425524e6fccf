/**
 * A file Dossier cannot read: corrupt, encrypted, empty, or of a kind it does not import. The message is
 * shown to people as it is: it says what is wrong and, where there is something to do, what to do.
 */
export class UnreadableFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnreadableFileError';
  }
}
