import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RetagProgress } from '../../../src/shared/model';
import { recordSuggestionOccurrences } from '../../../src/main/core/store/faction-suggestions';
import { PROJECT_ROOT } from '../../helpers/seeds';
import { useTempLibraries } from '../../helpers/temp-library';

const ARTICLES = {
  'nusra-2014.txt': 'Nusra fighters take Idlib checkpoints\n\n5 June 2014\n\nFighters of Jabhat al-Nusra took three checkpoints outside Idlib on Thursday, residents said. Ahrar al-Sham units were seen nearby.\n\nThe Liwa al-Haqq brigade later joined the assault, according to activists.\n',
  'jfs-2016.txt': 'JFS and Ahrar trade blame over Aleppo\n\n12 November 2016\n\nJabhat Fateh al-Sham and Ahrar al-Sham blamed each other on Saturday for the collapse of the Aleppo offensive.\n\nA commander of the Zinki movement said the fighting would resume.\n',
  'hts-2019.txt': 'HTS tightens grip on Idlib\n\n3 February 2019\n\nHay’at Tahrir al-Sham now controls most of Idlib after defeating the National Liberation Front in January, local sources said.\n\nThe Salvation Government will run the province.\n',
  'sdf-2019.txt': 'SDF declares victory at Baghuz\n\n23 March 2019\n\nThe Syrian Democratic Forces declared the end of the Islamic State group’s last enclave at Baghuz on Saturday.\n\nThe US-led coalition backed the offensive with air strikes. The Baghuz holdouts refused to surrender.\n',
};

function writeArticles(dir: string): string[] {
  return Object.entries(ARTICLES).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

describe('faction filters, page, network and timeline', () => {
  const libs = useTempLibraries();

  async function library() {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: writeArticles(libs.newDir()) });
    const ids = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f.articles[0]]));
    return { core, ids };
  }

  it('filters on a faction with or without the factions it grew out of', async () => {
    const { core, ids } = await library();
    const plain = await core.handlers.listArticles({ factionIds: ['hayat-tahrir-al-sham'] });
    expect(plain.map((a) => a.id)).toEqual([ids['hts-2019.txt']]);
    const lineage = await core.handlers.listArticles({ factionIds: ['hayat-tahrir-al-sham'], withLineage: true });
    expect(lineage.map((a) => a.id).sort()).toEqual([ids['hts-2019.txt'], ids['jfs-2016.txt'], ids['nusra-2014.txt']].sort());
  });

  it('follows renames and mergers back through every generation, but a looser "evolved from" only one step', async () => {
    const { core, ids } = await library();
    const extra = path.join(libs.newDir(), 'isi-2010.txt');
    writeFileSync(extra, 'Baghdad bombings claimed\n\n26 October 2010\n\nThe Islamic State of Iraq claimed the bombings in Baghdad on Monday, a statement posted online said.\n');
    const isi = (await core.handlers.importPaths({ paths: [extra] })).files[0].articles[0];
    expect((await core.handlers.getArticle({ id: isi })).factions.map((f) => f.id)).toEqual(['islamic-state-of-iraq']);
    // Nusra was set up as ISI's Syrian vanguard: ISI is its direct predecessor...
    const nusra = await core.handlers.listArticles({ factionIds: ['al-nusra-front'], withLineage: true });
    expect(nusra.map((a) => a.id)).toContain(isi);
    // ...but HTS, which continues Nusra through JFS, does not reach back to Iraq.
    const hts = await core.handlers.listArticles({ factionIds: ['hayat-tahrir-al-sham'], withLineage: true });
    expect(hts.map((a) => a.id).sort()).toEqual([ids['hts-2019.txt'], ids['jfs-2016.txt'], ids['nusra-2014.txt']].sort());
  });

  it('combines several factions with AND or OR, and filters by bloc', async () => {
    const { core, ids } = await library();
    const and = await core.handlers.listArticles({ factionIds: ['ahrar-al-sham', 'al-nusra-front'] });
    expect(and.map((a) => a.id)).toEqual([ids['nusra-2014.txt']]);
    const or = await core.handlers.listArticles({ factionIds: ['sdf', 'al-nusra-front'], factionMode: 'any' });
    expect(or.map((a) => a.id).sort()).toEqual([ids['nusra-2014.txt'], ids['sdf-2019.txt']].sort());
    const kurdish = await core.handlers.listArticles({ blocs: ['kurdish-led'] });
    expect(kurdish.map((a) => a.id)).toEqual([ids['sdf-2019.txt']]);
  });

  it('builds a faction page: names, lineage timeline, articles with their sentence, co-mentions, note', async () => {
    const { core, ids } = await library();
    await core.handlers.saveFactionNote({ factionId: 'ahrar-al-sham', text: 'Check the 2017 split.' });
    const page = await core.handlers.getFactionPage({ id: 'ahrar-al-sham' });
    expect(page.name).toBe('Ahrar al-Sham');
    expect(page.arabicNames.length).toBeGreaterThan(0);
    expect(page.articleList.map((a) => a.id).sort()).toEqual([ids['jfs-2016.txt'], ids['nusra-2014.txt']].sort());
    expect(page.articleList.find((a) => a.id === ids['jfs-2016.txt'])!.sentence).toBe('Jabhat Fateh al-Sham and Ahrar al-Sham blamed each other on Saturday for the collapse of the Aleppo offensive.');
    expect(page.coMentions.map((c) => c.id)).toEqual(expect.arrayContaining(['al-nusra-front', 'jabhat-fateh-al-sham']));
    expect(page.note).toBe('Check the 2017 split.');
    const nusra = await core.handlers.getFactionPage({ id: 'al-nusra-front' });
    expect(nusra.timeline.map((e) => e.otherId)).toContain('jabhat-fateh-al-sham');
    const dates = nusra.timeline.map((e) => e.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('draws the co-mention network and the timeline of mentions over the filtered articles', async () => {
    const { core, ids } = await library();
    const network = await core.handlers.getFactionNetwork({});
    const edge = network.edges.find((e) => [e.source, e.target].sort().join() === ['ahrar-al-sham', 'jabhat-fateh-al-sham'].sort().join());
    expect(edge?.articles).toBe(1);
    expect(network.articleCount).toBe(4);
    const filtered = await core.handlers.getFactionNetwork({ filter: { blocs: ['kurdish-led'] } });
    expect(filtered.articleCount).toBe(1);
    expect(filtered.nodes.map((n) => n.id)).toContain('sdf');
    const timeline = await core.handlers.getMentionTimeline({ factionIds: ['hayat-tahrir-al-sham', 'sdf'] });
    expect(timeline.buckets.map((b) => b.period)).toEqual(['2014-06', '2016-11', '2019-02', '2019-03']);
    expect(timeline.buckets.find((b) => b.period === '2019-02')).toMatchObject({ articles: 1, articleIds: [ids['hts-2019.txt']], mentions: { 'hayat-tahrir-al-sham': 1 } });
    expect(timeline.undated).toBe(0);
  });
});

describe('analyst corrections', () => {
  const libs = useTempLibraries();

  async function library(gazetteerPath?: string, dbPath = libs.newLibraryPath()) {
    const core = libs.open(dbPath, gazetteerPath ? { gazetteerPath } : {});
    const report = await core.handlers.importPaths({ paths: writeArticles(libs.newDir()) });
    const ids = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f.articles[0]]));
    return { core, ids, dbPath };
  }

  it('adds an alias and re-tags the library in the background', async () => {
    const { core, ids } = await library();
    const before = await core.handlers.getArticle({ id: ids['sdf-2019.txt'] });
    expect(before.factions.find((f) => f.id === 'islamic-state')?.forms).toEqual(['Islamic State group']);
    const progress: RetagProgress[] = [];
    core.onEvent((event, payload) => event === 'retagProgress' && progress.push(payload as RetagProgress));
    const edit = await core.handlers.addFactionAlias({ factionId: 'islamic-state', alias: 'Baghuz holdouts' });
    expect(edit.summary).toContain('Baghuz holdouts');
    await core.retagIdle();
    expect(progress.at(-1)).toMatchObject({ finished: true, total: 4, done: 4 });
    const after = await core.handlers.getArticle({ id: ids['sdf-2019.txt'] });
    expect(after.factions.find((f) => f.id === 'islamic-state')?.forms).toEqual(['Islamic State group', 'Baghuz holdouts']);
  });

  it('rewrites only the articles an edit changes: the others keep their mention rows and ids', async () => {
    const { core, ids } = await library();
    const mentionIds = async (file: string) => (await core.handlers.getArticle({ id: ids[file] })).mentions.map((m) => m.id);
    const untouched = await mentionIds('hts-2019.txt');
    const touched = await mentionIds('sdf-2019.txt');
    await core.handlers.addFactionAlias({ factionId: 'islamic-state', alias: 'Baghuz holdouts' });
    await core.retagIdle();
    expect(await mentionIds('hts-2019.txt')).toEqual(untouched);
    expect(await mentionIds('sdf-2019.txt')).toHaveLength(touched.length + 1);
  });

  it('closing the library during a re-tag stops it cleanly, and the next start finishes the job', async () => {
    const { core, ids, dbPath } = await library();
    const failures: unknown[] = [];
    const onRejection = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      await core.handlers.addFactionAlias({ factionId: 'islamic-state', alias: 'Baghuz holdouts' });
      core.close(); // the pass was only scheduled: it must not touch the closed database
      await core.retagIdle();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(failures).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    const reopened = libs.open(dbPath);
    const after = await reopened.handlers.getArticle({ id: ids['sdf-2019.txt'] });
    expect(after.factions.find((f) => f.id === 'islamic-state')?.forms).toContain('Baghuz holdouts');
  });

  it('renames, merges and splits, and keeps the edits apart from the shipped gazetteer', async () => {
    const dir = libs.newDir();
    const gazetteerPath = path.join(dir, 'factions.json');
    copyFileSync(path.join(PROJECT_ROOT, 'resources/factions.json'), gazetteerPath);
    const { core, ids, dbPath } = await library(gazetteerPath);
    await core.handlers.renameFaction({ factionId: 'syrian-salvation-government', name: 'Salvation Government (Idlib)' });
    await core.handlers.mergeFactions({ sourceId: 'jabhat-fateh-al-sham', targetId: 'al-nusra-front' });
    await core.retagIdle();
    expect((await core.handlers.getArticle({ id: ids['jfs-2016.txt'] })).factions.map((f) => f.id)).toContain('al-nusra-front');
    expect((await core.handlers.listGazetteer({})).map((e) => e.id)).not.toContain('jabhat-fateh-al-sham');
    expect((await core.handlers.getFactionPage({ id: 'syrian-salvation-government' })).name).toBe('Salvation Government (Idlib)');

    // The shipped data is updated (here: a changed note) — the analyst's edits survive it.
    core.close();
    const shipped = JSON.parse(readFileSync(gazetteerPath, 'utf8')) as { entries: { id: string; notes?: string[] }[] };
    shipped.entries.find((e) => e.id === 'sdf')!.notes = ['updated shipped note'];
    writeFileSync(gazetteerPath, JSON.stringify(shipped));
    const reopened = libs.open(dbPath, { gazetteerPath });
    expect((await reopened.handlers.getFactionPage({ id: 'sdf' })).notesFromGazetteer).toEqual(['updated shipped note']);
    expect((await reopened.handlers.getFactionPage({ id: 'syrian-salvation-government' })).name).toBe('Salvation Government (Idlib)');
    expect((await reopened.handlers.getArticle({ id: ids['jfs-2016.txt'] })).factions.map((f) => f.id)).toContain('al-nusra-front');
    expect((await reopened.handlers.listFactionEdits({})).map((e) => e.kind)).toEqual(['merge-into', 'rename']);

    // Splitting an alias off into a faction of its own.
    await reopened.handlers.splitFactionAlias({ factionId: 'al-nusra-front', alias: 'Jabhat Fateh al-Sham', newFactionName: 'Jabhat Fateh al-Sham (split)' });
    await reopened.retagIdle();
    const jfs = await reopened.handlers.getArticle({ id: ids['jfs-2016.txt'] });
    expect(jfs.factions.map((f) => f.name)).toContain('Jabhat Fateh al-Sham (split)');
  });

  it('edits and notes on a faction that a newer release folds into another follow it there', async () => {
    const dir = libs.newDir();
    const gazetteerPath = path.join(dir, 'factions.json');
    copyFileSync(path.join(PROJECT_ROOT, 'resources/factions.json'), gazetteerPath);
    const { core, ids, dbPath } = await library(gazetteerPath);
    await core.handlers.addFactionAlias({ factionId: 'jabhat-fateh-al-sham', alias: 'the Conquest Front' });
    await core.handlers.saveFactionNote({ factionId: 'jabhat-fateh-al-sham', text: 'Rebrand of July 2016.' });
    await core.handlers.saveFactionNote({ factionId: 'al-nusra-front', text: 'Founded 2012.' });
    await core.retagIdle();
    core.close();

    // The next release folds JFS into Nusra and says so in `retired`.
    const shipped = JSON.parse(readFileSync(gazetteerPath, 'utf8')) as {
      entries: { id: string; aliases: string[]; lineage: { target: string }[]; affiliations?: { factionId: string }[] }[];
      retired?: Record<string, string>;
    };
    const jfs = shipped.entries.find((e) => e.id === 'jabhat-fateh-al-sham')!;
    shipped.entries.find((e) => e.id === 'al-nusra-front')!.aliases.push(...jfs.aliases, 'Jabhat Fateh al-Sham');
    shipped.entries = shipped.entries.filter((e) => e !== jfs);
    for (const e of shipped.entries) {
      e.lineage = e.lineage.filter((l) => l.target !== 'jabhat-fateh-al-sham');
      for (const a of e.affiliations ?? []) if (a.factionId === 'jabhat-fateh-al-sham') a.factionId = 'al-nusra-front';
    }
    shipped.retired = { ...shipped.retired, 'jabhat-fateh-al-sham': 'al-nusra-front' };
    writeFileSync(gazetteerPath, JSON.stringify(shipped));

    const reopened = libs.open(dbPath, { gazetteerPath });
    const nusra = await reopened.handlers.getFactionPage({ id: 'al-nusra-front' });
    expect(nusra.aliases).toContain('the Conquest Front');
    expect(nusra.note).toBe('Founded 2012.\n\n(from jabhat-fateh-al-sham) Rebrand of July 2016.');
    // An old link to the folded faction opens the one that took it in.
    expect((await reopened.handlers.getFactionPage({ id: 'jabhat-fateh-al-sham' })).id).toBe('al-nusra-front');
    expect((await reopened.handlers.getArticle({ id: ids['jfs-2016.txt'] })).factions.map((f) => f.id)).toContain('al-nusra-front');
  });

  it("the analyst's own merge leaves the old id pointing at the faction that took it in, and never hands it out again", async () => {
    const { core } = await library();
    const { factionId } = await core.handlers.acceptFactionSuggestion({
      suggestionId: (await core.handlers.listFactionSuggestions({ status: 'open' })).find((s) => s.name === 'Liwa al-Haqq')!.id,
      name: 'Liwa al-Haqq',
      bloc: 'islamist',
    });
    await core.handlers.saveFactionNote({ factionId, text: 'Joined HTS in 2017.' });
    await core.handlers.mergeFactions({ sourceId: factionId, targetId: 'hayat-tahrir-al-sham' });
    await core.retagIdle();
    const page = await core.handlers.getFactionPage({ id: factionId });
    expect(page.id).toBe('hayat-tahrir-al-sham');
    expect(page.note).toBe('Joined HTS in 2017.');
    // A new faction of the same name gets a fresh id, so the old links keep meaning HTS.
    await core.handlers.splitFactionAlias({ factionId: 'hayat-tahrir-al-sham', alias: 'Liwa al-Haqq', newFactionName: 'Liwa al-Haqq', bloc: 'islamist' });
    const ids = (await core.handlers.listGazetteer({})).map((e) => e.id);
    expect(ids).not.toContain(factionId);
    expect(ids).toContain(`${factionId}-2`);
  });

  it('marks one mention "not this faction", and it stays rejected after every re-match', async () => {
    const { core, ids } = await library();
    const article = await core.handlers.getArticle({ id: ids['hts-2019.txt'] });
    const nlf = article.mentions.find((m) => m.entityId === 'national-liberation-front')!;
    expect(await core.handlers.rejectMention({ mentionId: nlf.id })).toEqual({ rejected: true });
    expect((await core.handlers.getArticle({ id: ids['hts-2019.txt'] })).factions.map((f) => f.id)).not.toContain('national-liberation-front');
    await core.handlers.addFactionAlias({ factionId: 'sdf', alias: 'Baghuz victors' });
    await core.retagIdle();
    expect((await core.handlers.getArticle({ id: ids['hts-2019.txt'] })).factions.map((f) => f.id)).not.toContain('national-liberation-front');
    await expect(core.handlers.rejectMention({ mentionId: 987654 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the ids the reader holds after a rejection: a second rejection from the same page rejects the mention it names', async () => {
    const { core, ids } = await library();
    const before = (await core.handlers.getArticle({ id: ids['hts-2019.txt'] })).mentions;
    expect(before.length).toBeGreaterThan(2);
    const [first, second] = [before[0], before[before.length - 1]];
    await core.handlers.rejectMention({ mentionId: first.id });
    await core.handlers.rejectMention({ mentionId: second.id });
    const after = (await core.handlers.getArticle({ id: ids['hts-2019.txt'] })).mentions;
    const place = (m: { entityId: string; start: number; location: string }) => `${m.entityId}@${m.location}:${m.start}`;
    expect(after.map(place)).toEqual(before.filter((m) => m !== first && m !== second).map(place));
    expect(after.map((m) => m.id)).toEqual(before.filter((m) => m !== first && m !== second).map((m) => m.id));
    await expect(core.handlers.rejectMention({ mentionId: first.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('adds lineage links that show on both factions', async () => {
    const { core } = await library();
    await core.handlers.addLineageLink({ factionId: 'ahrar-al-sham', relation: 'merged-into', targetId: 'national-liberation-front', date: '2018-08' });
    const nlf = await core.handlers.getFactionPage({ id: 'national-liberation-front' });
    expect(nlf.timeline.find((e) => e.otherId === 'ahrar-al-sham')).toMatchObject({ date: '2018-08', byUser: true });
  });

  it('refuses edits that make no sense, with the reason', async () => {
    const { core } = await library();
    await expect(core.handlers.mergeFactions({ sourceId: 'sdf', targetId: 'sdf' })).rejects.toMatchObject({ code: 'invalid-input', message: 'A faction cannot be merged into itself.' });
    await expect(core.handlers.mergeFactions({ sourceId: 'bashar-al-assad', targetId: 'sdf' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(core.handlers.addFactionAlias({ factionId: 'sdf', alias: 'SDF' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(core.handlers.splitFactionAlias({ factionId: 'sdf', alias: 'Not an alias' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(core.handlers.renameFaction({ factionId: 'no-such', name: 'X Y' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await core.handlers.listFactionEdits({})).toEqual([]);
  });
});

describe('suggested unknown factions', () => {
  const libs = useTempLibraries();

  it('collects group names the gazetteer lacks while importing, with the sentence they stand in', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: writeArticles(libs.newDir()) });
    const id = report.files.find((f) => f.path.endsWith('nusra-2014.txt'))!.articles[0];
    const open = await core.handlers.listFactionSuggestions({ status: 'open' });
    const liwa = open.find((s) => s.name === 'Liwa al-Haqq');
    expect(liwa).toMatchObject({ articles: 1, occurrences: 1 });
    expect(liwa!.contexts).toEqual([{ articleId: id, articleTitle: 'Nusra fighters take Idlib checkpoints', sentence: 'The Liwa al-Haqq brigade later joined the assault, according to activists.' }]);
    // Known factions are never suggested.
    expect(open.map((s) => s.name)).not.toContain('Ahrar al-Sham');
  });

  it('accepting a suggestion makes it a faction the whole library is tagged with; dismissing hides it', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: writeArticles(libs.newDir()) });
    const id = report.files[0].articles[0];
    recordSuggestionOccurrences(core.db, [{ name: 'Baghuz Battalion', normalised: 'baghuz battalion', articleId: id, start: 0, end: 5, sentence: 'x' }], 'now');
    const open = await core.handlers.listFactionSuggestions({ status: 'open' });
    expect(open.map((s) => s.name).sort()).toEqual(['Baghuz Battalion', 'Liwa al-Haqq']);
    const liwa = open.find((s) => s.name === 'Liwa al-Haqq')!;
    expect(liwa.contexts[0]).toMatchObject({ articleId: id, sentence: 'The Liwa al-Haqq brigade later joined the assault, according to activists.' });
    const { factionId } = await core.handlers.acceptFactionSuggestion({ suggestionId: liwa.id, name: 'Liwa al-Haqq', bloc: 'islamist', lineage: [{ relation: 'merged-into', targetId: 'hayat-tahrir-al-sham', date: '2017-01-28' }] });
    await core.retagIdle();
    expect((await core.handlers.getArticle({ id })).factions.map((f) => f.id)).toContain(factionId);
    expect((await core.handlers.getFactionPage({ id: factionId })).origin).toBe('user');
    // Now a faction, its name is no longer an unknown group: the suggestion stays only as accepted.
    expect((await core.handlers.listFactionSuggestions({ status: 'open' })).map((s) => s.name)).not.toContain('Liwa al-Haqq');
    expect((await core.handlers.listFactionSuggestions({ status: 'accepted' })).map((s) => s.name)).toEqual(['Liwa al-Haqq']);
    await core.handlers.dismissFactionSuggestion({ suggestionId: open.find((s) => s.name === 'Baghuz Battalion')!.id });
    expect(await core.handlers.listFactionSuggestions({ status: 'open' })).toEqual([]);
    await expect(core.handlers.acceptFactionSuggestion({ suggestionId: liwa.id, name: 'Again', bloc: 'islamist' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
