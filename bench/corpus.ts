// Deterministic synthetic articles of realistic length with faction mentions, as text, Markdown or a
// saved HTML page, for the benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// mulberry32: a small deterministic generator (32-bit integer arithmetic), so runs are comparable.
export function createRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTION_FORMS = ['Hay’at Tahrir al-Sham', 'HTS', 'Jabhat al-Nusra', 'the Nusra Front', 'Jabhat Fateh al-Sham', 'Ahrar al-Sham', 'Jaish al-Islam', 'the Free Syrian Army', 'the FSA', 'the Syrian Democratic Forces', 'the SDF', 'the YPG', 'Hezbollah', 'the Islamic State group', 'ISIS', 'Faylaq al-Sham', 'the National Liberation Front', 'Jaysh al-Izza', 'Nour al-Din al-Zenki', 'Russia', 'Turkey', 'the US-led coalition', 'the Syrian army', 'the Tiger Forces', 'Jund al-Aqsa', 'Hurras al-Din'];
const PLACES = ['Idlib', 'Aleppo', 'Hama', 'Homs', 'Daraa', 'Raqqa', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Latakia', 'Saraqib', 'Maarat al-Numan', 'Jisr al-Shughur', 'Tal Rifaat', 'Qamishli'];
const WORDS = 'the of and to in a on for with by that said fighters forces offensive ceasefire village town province countryside attack positions shelling airstrikes local sources opposition rebel groups control front line clashes reported killed wounded civilians displaced negotiations agreement talks commander spokesman statement officials residents monitoring observatory weapons supply checkpoint convoy border crossing humanitarian aid camp families returned military operation advance withdrew captured recaptured strategic highway hill district neighbourhood'.split(' ');

export type CorpusFormat = 'txt' | 'md' | 'html';

export interface GeneratedArticle {
  title: string;
  date: string;
  paragraphs: string[];
}

export function generateArticle(i: number, random: () => number): GeneratedArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentence = (): string => {
    const parts: string[] = [];
    const length = 14 + Math.floor(random() * 16);
    for (let w = 0; w < length; w++) {
      const r = random();
      parts.push(r < 0.06 ? pick(FACTION_FORMS) : r < 0.1 ? pick(PLACES) : pick(WORDS));
    }
    const text = parts.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const title = `${pick(FACTION_FORMS).replace(/^the /, '')} ${pick(['advances near', 'withdraws from', 'clashes with rebels in', 'announces truce in', 'shells'])} ${pick(PLACES)} (report ${i})`;
  const paragraphs: string[] = [];
  const count = 9 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) paragraphs.push(Array.from({ length: 3 }, sentence).join(' '));
  if (i % 2000 === 7) paragraphs.push('Residents of Qaryatayn described the zebrafinch convoy.');
  return { title, date: `${1 + (i % 28)} March, ${2012 + (i % 12)}`, paragraphs };
}

export function renderArticle(article: GeneratedArticle, format: CorpusFormat): string {
  switch (format) {
    case 'txt':
      return `${article.title}\n\n${article.date}\n\n${article.paragraphs.join('\n\n')}\n`;
    case 'md':
      return `---\ntitle: ${JSON.stringify(article.title)}\n---\n\n# ${article.title}\n\n${article.date}\n\n${article.paragraphs.join('\n\n')}\n`;
    case 'html':
      return `<!doctype html><html><head><meta charset="utf-8"><title>${article.title} | Example News</title><meta property="og:site_name" content="Example News"></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/syria">Syria</a></nav><main><article><h1>${article.title}</h1><p class="date">${article.date}</p>${article.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside><footer>© Example News</footer></body></html>`;
  }
}

/** Writes `count` files into `dir`; `mix` gives the share of each format. Returns the total bytes. */
export function writeCorpus(dir: string, count: number, mix: Partial<Record<CorpusFormat, number>> = { txt: 1 }, seed = 42): number {
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const formats = Object.entries(mix) as [CorpusFormat, number][];
  const totalWeight = formats.reduce((n, [, w]) => n + w, 0);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let r = ((i * 0.618033988749895) % 1) * totalWeight;
    let format: CorpusFormat = formats[0][0];
    for (const [f, w] of formats) {
      if (r < w) {
        format = f;
        break;
      }
      r -= w;
    }
    const text = renderArticle(generateArticle(i, random), format);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `article-${String(i).padStart(6, '0')}.${format}`), text);
  }
  return bytes;
}
