// A prepared file as it crosses from an extraction worker to the library thread. The matches are the
// bulk of the message by object count (about 45 per article, four fields each), and the structured clone
// of those objects cost more than the rest of the file on both sides: they travel as one Int32Array of
// (entry, start, end) triples per text, with the entries' ids listed once, and their surfaces are cut
// from the text again on arrival (the matcher's surface is always text.slice(start, end)).
import type { FactionMatch } from '../factions';
import type { ArticleMatches } from './derived-data';
import { finishArticle, type PreparedFile, type UnfinishedArticle, type UnfinishedFile } from './prepare-file';

interface PackedMatches {
  /** The entries' ids, each once; the triples refer to them by index. */
  ids: string[];
  body: Int32Array;
  /** One per comment, in comment order. */
  comments: Int32Array[];
  unknownGroups: ArticleMatches['unknownGroups'];
}

export type TransferredArticle = Omit<UnfinishedArticle, 'matches'> & { matches: PackedMatches };
export type TransferredFile = Omit<PreparedFile, 'articles'> & { articles: TransferredArticle[] };

export function packPreparedFile(file: UnfinishedFile): TransferredFile {
  return { ...file, articles: file.articles.map((article) => ({ ...article, matches: packMatches(article.matches) })) };
}

/** The file as prepared, on the library thread; what a worker left out (see finishArticle) is made here. */
export function unpackPreparedFile(file: TransferredFile): PreparedFile {
  return {
    ...file,
    articles: file.articles.map(({ matches, ...article }) =>
      finishArticle({
        ...article,
        matches: {
          body: unpackTriples(matches.body, matches.ids, article.article.body),
          comments: matches.comments.map((triples, index) => unpackTriples(triples, matches.ids, article.article.comments[index].text)),
          unknownGroups: matches.unknownGroups,
        },
      }),
    ),
  };
}

function packMatches(matches: ArticleMatches): PackedMatches {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const pack = (list: FactionMatch[]): Int32Array => {
    const triples = new Int32Array(list.length * 3);
    list.forEach((match, i) => {
      let index = indexOf.get(match.entityId);
      if (index === undefined) {
        index = ids.push(match.entityId) - 1;
        indexOf.set(match.entityId, index);
      }
      triples[i * 3] = index;
      triples[i * 3 + 1] = match.start;
      triples[i * 3 + 2] = match.end;
    });
    return triples;
  };
  return { ids, body: pack(matches.body), comments: matches.comments.map(pack), unknownGroups: matches.unknownGroups };
}

function unpackTriples(triples: Int32Array, ids: string[], text: string): FactionMatch[] {
  const out: FactionMatch[] = new Array(triples.length / 3);
  for (let i = 0, k = 0; i < triples.length; i += 3, k++) {
    const start = triples[i + 1];
    const end = triples[i + 2];
    out[k] = { entityId: ids[triples[i]], start, end, surface: text.slice(start, end) };
  }
  return out;
}
