import { NO_TEXT_MESSAGE, type ExtractedArticle } from '../../cleaner';
import type { DecodedText } from '../decode-text';
import { UnreadableFileError } from './errors';

const GUESSED = new Set(['windows-1252', 'windows-1256', 'iso-8859-6']);

/** Runs the cleaner; "no readable text" becomes an UnreadableFileError, other failures stay what they are. */
export function cleanWith(clean: () => ExtractedArticle[]): ExtractedArticle[] {
  let articles: ExtractedArticle[];
  try {
    articles = clean();
  } catch (error) {
    if (error instanceof Error && error.message === NO_TEXT_MESSAGE) {
      throw new UnreadableFileError('The file contains no readable text (it is blank, or holds only markup or spaces).', { cause: error });
    }
    throw error;
  }
  if (!articles.length) throw new UnreadableFileError('No article could be found in this file.');
  return articles;
}

/** What a person should know about how the text was decoded. */
export function decodingWarnings(decoded: DecodedText, where = 'The file'): string[] {
  const warnings: string[] = [];
  if (GUESSED.has(decoded.encoding)) {
    warnings.push(`${where} is not Unicode; it was read as ${decoded.encoding}, judged from its bytes or its declared charset. If the text looks wrong, save it as UTF-8 and import it again.`);
  }
  const replaced = countReplacements(decoded.text);
  if (replaced) {
    warnings.push(`${where} has ${replaced} byte${replaced === 1 ? '' : 's'} that are not valid ${decoded.encoding}; ${replaced === 1 ? 'it was' : 'they were'} replaced with "\uFFFD".`);
  }
  return warnings;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
