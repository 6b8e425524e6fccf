// `dossier` on the command line: the headless way to do the main job, on the same core as the app.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/api';
import type { ArticleDetail, DateSource, ImportReport } from '../shared/model';
import { createCore, type Core } from '../main/core/context';
import { supportedExtensions } from '../main/core/importer/formats/extensions';
import { sourceExtractionWorker } from '../main/core/library/extraction-pool';
import { resolveLibraryPath } from '../main/paths';
import { defaultUserDataDir } from './user-data';

const USAGE = `Usage: dossier <command> [options]

Commands:
  import <paths…>     import files and folders (${supportedExtensions().join(' ')})
  list                list the articles
  show <id>           show one article
  factions            list the factions found in the library
  search <query…>     search the library
  tag <id> <tag>      add a tag to an article

Options:
  --library FILE      the library file (default: $DOSSIER_LIBRARY, else the app's library)
  --json              print JSON only on stdout
  -h, --help          show this help`;

class UsageError extends Error {}

interface Output {
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runCli(argv: string[], io: Pick<Output, 'out' | 'err'> = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { library: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    io.err(`dossier: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!command) {
    io.err(USAGE);
    return 2;
  }
  const output: Output = { json: parsed.values.json ?? false, ...io };
  const libraryArgs = parsed.values.library ? ['--library', parsed.values.library] : [];
  const dbPath = resolveLibraryPath(libraryArgs, process.env, defaultUserDataDir());
  let core: Core | null = null;
  try {
    const commandFn = COMMANDS[command];
    if (!commandFn) throw new UsageError(`unknown command "${command}"`);
    // Reading a library that is not there would create an empty one and report "empty", hiding a mistyped path.
    if (command !== 'import' && !existsSync(dbPath)) {
      throw new ApiError('not-found', `There is no library at ${dbPath}. Check the path, or import articles into it first: dossier import <files or folders>${parsed.values.library ? ` --library ${parsed.values.library}` : ''}`);
    }
    // Only an import is worth starting cleaning workers for.
    core = createCore({ dbPath, extractionWorkers: command === 'import' ? sourceExtractionWorker() : undefined });
    return await commandFn(core, rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dossier: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`dossier: ${message}`);
    if (!(error instanceof ApiError) && process.env.DOSSIER_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 1;
  } finally {
    core?.close();
  }
}

type Command = (core: Core, args: string[], output: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  async import(core, args, output) {
    if (!args.length) throw new UsageError('import needs at least one file or folder');
    const showProgress = !output.json && process.stderr.isTTY;
    const unsubscribe = core.onEvent((event, payload) => {
      if (event !== 'importProgress' || !showProgress) return;
      const p = payload as { done: number; total: number; finished: boolean };
      process.stderr.write(`\rImporting ${p.done}/${p.total}…${p.finished ? '\n' : ''}`);
    });
    const report = await core.handlers.importPaths({ paths: args });
    unsubscribe();
    if (output.json) output.out(JSON.stringify(report));
    else output.out(describeImport(report));
    return report.files.some((f) => f.status === 'failed') ? 1 : 0;
  },

  async list(core, args, output) {
    if (args.length) throw new UsageError('list takes no arguments');
    const articles = await core.handlers.listArticles({});
    if (output.json) {
      output.out(JSON.stringify(articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, dateSource: a.dateSource, factions: a.factions.map((f) => f.name), tags: a.tags }))));
    } else if (!articles.length) {
      output.out('The library is empty. Import articles with: dossier import <files or folders>');
    } else {
      for (const a of articles) {
        const meta = [a.outlet, a.date ? dateNote(a.date, a.dateSource) : null].filter(Boolean).join(', ');
        output.out(`${String(a.id).padStart(5)}  ${a.title}${meta ? `  (${meta})` : ''}`);
        if (a.factions.length) output.out(`       ${a.factions.map((f) => f.name).join(' · ')}`);
      }
    }
    return 0;
  },

  async show(core, args, output) {
    const id = articleIdArg(args[0]);
    if (args.length !== 1) throw new UsageError('show takes exactly one article id');
    const article = await core.handlers.getArticle({ id });
    if (output.json) output.out(JSON.stringify(showJson(article)));
    else output.out(describeArticle(article));
    return 0;
  },

  async factions(core, args, output) {
    if (args.length) throw new UsageError('factions takes no arguments');
    const factions = await core.handlers.listFactions({});
    if (output.json) {
      output.out(JSON.stringify(factions.map((f) => ({ id: f.id, name: f.name, bloc: f.bloc, kind: f.kind, articles: f.articles, mentions: f.mentions }))));
    } else {
      for (const f of factions) output.out(`${f.name.padEnd(40)} ${f.bloc.padEnd(15)} ${String(f.articles).padStart(4)} articles ${String(f.mentions).padStart(5)} mentions`);
    }
    return 0;
  },

  async search(core, args, output) {
    const query = args.join(' ').trim();
    if (!query) throw new UsageError('search needs a query');
    const hits = await core.handlers.search({ query, limit: 50 });
    if (output.json) output.out(JSON.stringify(hits.map((h) => ({ id: h.id, title: h.title, score: h.score, snippet: h.snippet }))));
    else if (!hits.length) output.out(`Nothing found for "${query}".`);
    else for (const h of hits) output.out(`${String(h.id).padStart(5)}  ${h.title}\n       ${h.snippet ?? ''}`);
    return 0;
  },

  async tag(core, args, output) {
    if (args.length < 2) throw new UsageError('tag needs an article id and a tag');
    const id = articleIdArg(args[0]);
    const tags = await core.handlers.addTag({ articleId: id, tag: args.slice(1).join(' ') });
    if (output.json) output.out(JSON.stringify({ id, tags }));
    else output.out(`Article ${id} tags: ${tags.join(', ')}`);
    return 0;
  },
};

function articleIdArg(value: string | undefined): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0) throw new UsageError(`"${value ?? ''}" is not an article id (a positive whole number; see dossier list)`);
  return id;
}

function showJson(a: ArticleDetail) {
  return {
    id: a.id,
    title: a.title,
    subtitle: a.subtitle,
    author: a.author,
    outlet: a.outlet,
    date: a.date,
    dateSource: a.dateSource,
    dateEvidence: a.dateEvidence,
    body: a.body,
    comments: a.comments.map((c) => ({ author: c.author, text: c.text })),
    factions: a.factions.map((f) => ({ id: f.id, name: f.name, bloc: f.bloc, count: f.count, forms: f.forms, lineage: f.lineageHint })),
    people: a.people.map((p) => ({ id: p.id, name: p.name, count: p.count, forms: p.forms })),
    tags: a.tags,
    notes: a.note,
    // Offsets are null for an orphaned highlight: its words are no longer in the body.
    highlights: a.highlights.map((h) => ({ id: h.id, start: h.start, end: h.end, text: h.text, color: h.color, comment: h.comment, orphaned: h.orphaned })),
    sourcePath: a.sourcePath,
  };
}

function describeImport(report: ImportReport): string {
  const lines = report.files.map((f) => {
    switch (f.status) {
      case 'imported':
        return `imported     ${f.path} (${f.articles.length} article${f.articles.length === 1 ? '' : 's'}: ${f.articles.join(', ')})`;
      case 'duplicate':
        return `duplicate    ${f.path}${f.duplicateOf?.length ? ` (already stored as ${f.duplicateOf.join(', ')})` : ''}`;
      case 'unsupported':
        return `unsupported  ${f.path}: ${f.error ?? ''}`;
      default:
        return `FAILED       ${f.path}: ${f.error ?? 'unknown reason'}`;
    }
  });
  const count = (s: string) => report.files.filter((f) => f.status === s).length;
  const articles = report.files.reduce((n, f) => n + f.articles.length, 0);
  lines.push(`${report.files.length} files: ${count('imported')} imported (${articles} articles), ${count('duplicate')} duplicate, ${count('unsupported')} unsupported, ${count('failed')} failed.`);
  return lines.join('\n');
}

/** A caption or page-clock date is never passed off as the publication date. */
function dateNote(date: string, source: DateSource): string {
  return source === 'stated' || source === 'metadata' ? date : `${date}: ${source === 'page-clock' ? 'page clock' : source} date, not a publication date`;
}

function describeArticle(a: ArticleDetail): string {
  const parts = [
    a.title,
    a.subtitle ?? '',
    [a.author, a.outlet, a.date ? dateNote(a.date, a.dateSource) : 'date unknown'].filter(Boolean).join(' · '),
    '',
    a.body,
  ];
  if (a.factions.length) {
    parts.push('', 'Factions:');
    for (const f of a.factions) parts.push(`  ${f.name} ×${f.count} (${f.forms.join(', ')})${f.lineageHint ? ` — ${f.lineageHint}` : ''}`);
  }
  if (a.comments.length) {
    parts.push('', `Reader comments (${a.comments.length}):`);
    for (const c of a.comments) parts.push(`  ${c.author ?? 'anonymous'}: ${c.text.slice(0, 200)}${c.text.length > 200 ? '…' : ''}`);
  }
  if (a.tags.length) parts.push('', `Tags: ${a.tags.join(', ')}`);
  if (a.note) parts.push('', 'Notes:', a.note);
  if (a.highlights.length) {
    parts.push('', `Highlights (${a.highlights.length}):`);
    for (const h of a.highlights) {
      const where = h.orphaned ? 'no longer in the text' : `${h.start}–${h.end}`;
      parts.push(`  [${h.id}] “${h.text}” (${h.color}, ${where})${h.comment ? ` — ${h.comment}` : ''}`);
    }
  }
  return parts.join('\n');
}
