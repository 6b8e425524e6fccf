// Reader-comment threads read from their structure, and head rules (credits, lists, mastheads, standfirsts),
// on small pages built for one rule each. Written with the held-out fixtures of 2025 (comments-*, staff-byline,
// newsletter-digest …): each test fails on the cleaner before that change.
import { describe, expect, it } from 'vitest';
import { extractArticlesFromText, type ExtractedArticle } from '../../../src/main/core/cleaner/index';
import { FURNITURE_STRONG } from '../../../src/main/core/cleaner/furniture';
import { classify, isCaption, isFurniture, parseByline } from '../../../src/main/core/cleaner/lines';

const one = (lines: string[]): ExtractedArticle => {
  const arts = extractArticlesFromText(lines.join('\n'));
  expect(arts).toHaveLength(1);
  return arts[0];
};
const authors = (a: ExtractedArticle) => a.comments.map((c) => c.author);

const HEAD = ['Factions trade fire on the edge of Afrin', 'By Lina Haddad', '4 May 2022'];
const BODY = [
  'Fighters of two factions of the Syrian National Army exchanged fire on Tuesday near the town of Jindires, according to local residents.',
  'The clashes followed a dispute over a checkpoint on the road to the Turkish border, residents said.',
  'A spokesman for the Syrian Interim Government said a committee would look into the incident.',
];
const C1 = 'The factions fight over crossings, never over principles.';
const C2 = 'Who pays the families of the dead civilians? Nobody ever asks.';

describe('comment threads', () => {
  it('reads units whose stamp and action row come after the text ("Name / text / 3 hours ago Reply Like (41)")', () => {
    const a = one([...HEAD, ...BODY, 'Comments (87)', 'Sort by: Top', 'Abu Omar', C1, '3 hours ago Reply Like (41)', 'Layla M.', C2, '2 hours ago Reply Like (3)', 'View more comments']);
    expect(authors(a)).toEqual(['Abu Omar', 'Layla M.']);
    expect(a.comments.map((c) => c.text)).toEqual([C1, C2]);
    expect(a.body).not.toContain('Reply');
  });

  it('reads "Reply · 6 likes · 3d" rows and keeps a comment of two paragraphs together', () => {
    const a = one([...HEAD, ...BODY, '14 Comments', 'Sort by Newest', 'Sam Haddad', C1, 'It was the same in 2019.', 'Reply · 6 likes · 3d', 'mustafa.k', C2, 'Reply · 2d']);
    expect(authors(a)).toEqual(['Sam Haddad', 'mustafa.k']);
    expect(a.comments[0].text).toBe(`${C1}\n\nIt was the same in 2019.`);
  });

  it('reads Arabic comments with a relative stamp after the text ("منذ ساعتين")', () => {
    const a = one([
      'اشتباكات بين فصيلين في ريف حلب الشمالي',
      'اندلعت اشتباكات عنيفة بين فصيلين من الجيش الوطني السوري في مدينة الباب، ما أسفر عن مقتل ثلاثة مدنيين.',
      'وقالت مصادر محلية إن الخلاف يدور حول السيطرة على معبر تجاري مع مناطق قسد.',
      'التعليقات',
      'أبو محمد',
      'متى تنتهي هذه الفوضى؟ الفصائل تتقاتل على المعابر.',
      'منذ ساعتين',
      'سمير',
      'الناس هم من يدفع الثمن دائماً.',
      'منذ 3 ساعات',
    ]);
    expect(authors(a)).toEqual(['أبو محمد', 'سمير']);
    expect(a.body).not.toContain('متى تنتهي');
  });

  it('reads threads without a heading: "Name • 5 days ago", "Name / date / text / Reply", "الاسم - التاريخ"', () => {
    const disqus = one([...HEAD, ...BODY, 'Tags: Afrin, SNA', 'Hassan al-Jabouri • 5 days ago', C1, 'Reply • Share ›', 'Mira_K • 4 days ago', C2, 'Reply • Share ›']);
    expect(authors(disqus)).toEqual(['Hassan al-Jabouri', 'Mira_K']);
    const wordpress = one([...HEAD, ...BODY, 'Karim Daher', '4 May 2022 at 18:22', C1, 'Reply', 'Anna Lindqvist', '5 May 2022 at 09:10', C2, 'Reply']);
    expect(authors(wordpress)).toEqual(['Karim Daher', 'Anna Lindqvist']);
    expect(wordpress.body).not.toContain(C1);
    const arabic = extractArticlesFromText(
      ['لماذا فشلت محاولات توحيد الفصائل؟', 'بقلم: سامر الأحمد', 'منذ تأسيسه أعلن الجيش الوطني أكثر من مرة عن خطط لدمج فصائله في فيالق موحدة، لكن أياً منها لم يتجاوز الورق.', 'وبقي الولاء للقائد المحلي أقوى من الولاء لوزارة الدفاع.', '', 'محمد العلي - ١٣ أيار ٢٠٢٢', 'تحليل دقيق، لكن المشكلة في الداعم أيضاً.', '', 'أبو جاسم الحلبي - ١٣ أيار ٢٠٢٢', 'الفيلق الثالث تجربة جديدة ويجب الحكم عليها لاحقاً.'].join('\n'),
    );
    // one article: the second comment's "name - date" line does not start another one
    expect(arabic).toHaveLength(1);
    expect(authors(arabic[0])).toEqual(['محمد العلي', 'أبو جاسم الحلبي']);
  });

  it('keeps text under a comments heading that no author line claims, as a comment without an author', () => {
    const a = one([...HEAD, ...BODY, 'Comments (2)', 'Every truce in Idlib has ended the same way, with the villages paying for it.', 'Reply']);
    expect(a.comments).toEqual([{ author: null, text: 'Every truce in Idlib has ended the same way, with the villages paying for it.' }]);
  });

  it('ends the last comment at its action row: links and labels after the thread are not its text', () => {
    const a = one([...HEAD, ...BODY, '2 Comments', 'Sam Haddad', C1, 'Reply · 6 likes · 3d', 'Nour A.', C2, 'Reply · 2d', 'About Levant Insight', 'What is left of the Southern Front']);
    expect(a.comments[1]).toEqual({ author: 'Nour A.', text: C2 });
  });

  it('leaves embedded posts between paragraphs in the body (no heading, running text around them)', () => {
    const a = one([
      ...HEAD,
      BODY[0],
      BODY[1],
      'Charles Lister',
      '@Charles_Lister',
      'Hama has fallen. The army has withdrawn to the south of the city, according to two sources inside.',
      '2:14 PM · Dec 5, 2024',
      'Reply',
      BODY[2],
      'Aron Lund',
      '@aronlund',
      'The statement is the first time the army has admitted losing a provincial capital since Raqqa in 2013.',
      '3:02 PM · Dec 5, 2024',
      'Reply',
      'Analysts said the fall of Hama opened the road to Homs, which links Damascus to the coast.',
    ]);
    expect(a.comments).toEqual([]);
    expect(a.body).toContain(BODY[2]);
    expect(a.body).toContain('Analysts said the fall of Hama');
  });

  it('reads a series of "Place, date" entries as a diary, not as comments by "Idlib"', () => {
    const a = one([
      'Letters from Idlib: a month under the bombs',
      'By Huda Khayti',
      '2 March 2020',
      'For a month I kept a diary of life in Idlib city as the government offensive moved north.',
      'Idlib, 3 February 2020',
      'The bakery on our street closed today. The owner has taken his family to the border.',
      'Idlib, 9 February 2020',
      'We counted the planes again this morning, as we do every morning now.',
    ]);
    expect(a.comments).toEqual([]);
    expect(a.body).toContain('We counted the planes');
  });

  it('reads "Comments (12)" in a share bar under the lead paragraph as a jump link, not as the thread', () => {
    const a = one([...HEAD, BODY[0], 'Share', 'Comments (12)', BODY[1], BODY[2], 'Residents said many families had left for the camps along the Turkish border.']);
    expect(a.comments).toEqual([]);
    expect(a.body.split('\n\n')).toEqual([BODY[0], BODY[1], BODY[2], 'Residents said many families had left for the camps along the Turkish border.']);
  });

  it('opens a thread at "Comments (1,204)", a count with a thousands separator', () => {
    const a = one([...HEAD, ...BODY, 'Comments (1,204)', 'levantwatcher', '7 Oct 2019 19:02', 'Betrayal is the only word for this.', 'Report', 'Fahad99', '7 Oct 2019 19:10', C2, 'Report']);
    expect(authors(a)).toEqual(['levantwatcher', 'Fahad99']);
    expect(a.body).not.toContain('Comments');
  });
});

describe('credits', () => {
  it('reads bylines without a person’s name, with a role word, or with the date first', () => {
    expect(parseByline('By Staff reporter')).toEqual({ name: 'Staff reporter', outlet: null });
    expect(parseByline('By Our Correspondent')?.name).toBe('Our Correspondent');
    expect(parseByline('Interview by Tamer Osman')?.name).toBe('Tamer Osman');
    expect(parseByline('Text and photographs by Karam al-Masri')?.name).toBe('Karam al-Masri');
    expect(parseByline('Posted on 9 September 2022 by Adnan Khalaf')?.name).toBe('Adnan Khalaf');
    expect(parseByline('By the numbers')).toBeNull();
    expect(parseByline('Betrayed by Russia')).toBeNull();
  });

  it('reads an agency or desk alone on a line, and an Arabic "city - correspondent" dateline, as credits', () => {
    expect(classify('Agence France-Presse').byline).toEqual({ name: null, outlet: 'Agence France-Presse' });
    expect(classify('Staff and agencies').kind).toBe('byline');
    expect(classify('حلب - خاص').kind).toBe('byline');
    expect(classify('دمشق - سانا').byline?.outlet).toBe('سانا');
    expect(classify('News').kind).toBe('furniture');
  });

  it('never takes a credit line for the headline', () => {
    for (const credit of ['By Staff reporter', 'Interview by Tamer Osman', 'Staff and agencies']) {
      const a = one(['Wave of assassinations unsettles Daraa countryside', credit, '3 June 2019', ...BODY]);
      expect(a.title).toBe('Wave of assassinations unsettles Daraa countryside');
    }
  });

  it('reads "Name in Place" next to the date as the byline', () => {
    const a = one(["Syria's Kurds fear abandonment as US troops pull back", 'Martin Chulov in Qamishli', 'Mon 7 Oct 2019 18.12 BST', ...BODY]);
    expect(a.title).toBe("Syria's Kurds fear abandonment as US troops pull back");
    expect(a.author).toBe('Martin Chulov');
  });
});

describe('titles and standfirsts', () => {
  it('does not take a key point of a live blog for the headline or the standfirst', () => {
    const a = one([
      'LIVE',
      'Syria live: rebels enter Hama as government lines collapse',
      'Updated 2 minutes ago',
      'Key points',
      'Rebels led by Hayat Tahrir al-Sham say they have entered the city of Hama',
      'Russian jets strike the outskirts of Idlib province overnight',
      'UN envoy calls for urgent talks between the parties',
      'Refresh',
      '5 Dec 2024',
      '15:42 GMT',
      'Rebels say they control Hama prison',
      'Fighters from the opposition coalition said they had freed hundreds of detainees from Hama central prison.',
      'Share',
      '15:10 GMT',
      'The Syrian army said in a statement carried by state media that its units had been redeployed outside Hama.',
      'The ministry of defence added that the army would continue to fight.',
      'Share',
    ]);
    expect(a.title).toBe('Syria live: rebels enter Hama as government lines collapse');
    expect(a.subtitle).toBeNull();
    // the first entry's paragraph (followed by a share bar, below the date) is text, not a standfirst
    expect(a.body.startsWith('Fighters from the opposition coalition')).toBe(true);
  });

  it('prefers a story headline over a newsletter masthead (in capitals, or "Name | Weekly briefing")', () => {
    const story = ['Idlib: Turkish post at Morek shelled again', 'By Karim Saleh', ...BODY, 'Back to top', 'Raqqa: teachers strike over unpaid salaries', 'By Lina Mansour', ...BODY.map((p) => p.replace('Tuesday', 'Sunday'))];
    for (const masthead of ['SYRIA DIGEST', 'Syria Digest | Weekly briefing']) {
      const arts = extractArticlesFromText([masthead, 'Issue 113 · 16 June 2019', ...story].join('\n'));
      expect(arts.map((a) => a.title)).toEqual(['Idlib: Turkish post at Morek shelled again', 'Raqqa: teachers strike over unpaid salaries']);
    }
  });

  it('takes the headline a numbered contents list repeats', () => {
    const arts = extractArticlesFromText(
      ['THE NORTHERN FRONT | Fortnightly briefing', '21 March 2022', 'In this issue', '1. Afrin: factions trade accusations over olive harvests', '2. Raqqa: conscription drive sparks protests', 'Afrin: factions trade accusations over olive harvests', 'By Hussein Akoush', ...BODY].join('\n'),
    );
    expect(arts[0].title).toBe('Afrin: factions trade accusations over olive harvests');
  });

  it('takes a long headline without a final stop above its byline for the headline, not the text', () => {
    const title = "'We were never part of al-Qaeda': a former Ahrar al-Sham commander on the movement's slow decline";
    const a = one(['Interviews', title, 'Interview by Tamer Osman', '2 September 2020', ...BODY]);
    expect(a.title).toBe(title);
    expect(a.body.startsWith(BODY[0])).toBe(true);
  });

  it('reads the line below an Arabic headline as its standfirst, and an Arabic question as a headline', () => {
    const a = one([
      'هيئة تحرير الشام تعتقل قياديين سابقين في حراس الدين بريف إدلب',
      'الحملة تأتي بعد أسابيع من غارات للتحالف الدولي استهدفت قادة التنظيم في شمال غربي سوريا',
      'إدلب - مراسلنا',
      'الأحد 8 تشرين الثاني 2020',
      'شنّت هيئة تحرير الشام، فجر السبت، حملة مداهمات في عدة قرى بريف إدلب الغربي، بحسب مصادر محلية.',
      'وقالت المصادر إن عناصر من الأمن العام طوّقوا منازل في قريتين وصادروا أسلحة خفيفة.',
    ]);
    expect(a.title).toBe('هيئة تحرير الشام تعتقل قياديين سابقين في حراس الدين بريف إدلب');
    expect(a.subtitle).toBe('الحملة تأتي بعد أسابيع من غارات للتحالف الدولي استهدفت قادة التنظيم في شمال غربي سوريا');
    const q = one(['مقالات الرأي', 'لماذا فشلت محاولات توحيد الفصائل؟', 'بقلم: سامر الأحمد', 'منذ تأسيسه أعلن الجيش الوطني أكثر من مرة عن خطط لدمج فصائله.', 'وبقي الولاء للقائد المحلي أقوى من الولاء للوزارة.']);
    expect(q.title).toBe('لماذا فشلت محاولات توحيد الفصائل؟');
  });
});

describe('furniture and captions', () => {
  it('drops newsletter promos, e-mail footers and disclaimers even when they read as sentences', () => {
    for (const line of [
      'Get the essential stories from the region delivered to your inbox every morning.',
      'You are receiving this email because you subscribed to The Northern Front at northernfront.example.',
      'Unsubscribe | Update your preferences | Forward to a friend',
      "The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of The Levant Post.",
      'الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.',
    ]) {
      expect(isFurniture(line), line).toBe(true);
    }
    // every strong phrase is found (the cheap pre-scan must not miss one)
    for (const phrase of FURNITURE_STRONG) expect(isFurniture(`Please note: ${phrase} here`), phrase).toBe(true);
    expect(isFurniture('Islamic State propaganda was delivered to phones across Raqqa every morning, residents said.')).toBe(false);
  });

  it('reads "… . Photo: Name" as a caption and "1 / 5" as a gallery counter', () => {
    expect(isCaption('A trader rearranges bolts of cloth in Souk al-Attarin, which reopened in October. Photo: Karam al-Masri')).toBe(true);
    expect(isCaption('The commander said: we will fight on.')).toBe(false);
    expect(isFurniture('1 / 5')).toBe(true);
    expect(isFurniture('Image 3 of 8')).toBe(true);
  });

  it('keeps a headline that starts like a forum link ("Return to …")', () => {
    expect(isFurniture('Return to Northern Syria')).toBe(true);
    expect(isFurniture("Return to the old city: Aleppo's souks five years after the battle")).toBe(false);
  });
});

// Rules added after the second held-out round (reddit-thread, press-release, arabic-visitors-comments,
// thinktank-takeaways): each test fails on the cleaner of 081c9c9.
describe('second held-out round', () => {
  it('reads "Posted by u/name 5 hr. ago" as a credit and "name · 4 hr. ago" as a comment header', () => {
    expect(parseByline('Posted by u/levant_mapper 5 hr. ago')?.name).toBe('u/levant_mapper');
    // a name ending in a unit letter keeps it ("Haddad" is not "Hadd" + "ad")
    expect(parseByline('By Samir Haddad')?.name).toBe('Samir Haddad');
    const a = one([
      'Map: front lines in north-east Syria after the dam fighting',
      'Posted by u/levant_mapper 5 hr. ago',
      ...BODY,
      'Sort by: Best',
      'level 1',
      'deirezzor_watch · 4 hr. ago',
      C1,
      'Reply',
      'level 2',
      'levant_mapper · 3 hr. ago',
      C2,
      'Reply',
    ]);
    expect(a.title).toBe('Map: front lines in north-east Syria after the dam fighting');
    expect(authors(a)).toEqual(['deirezzor_watch', 'levant_mapper']);
  });

  it('reads "name | place" beside the date as the byline, and "تعليقات الزوار (٢)" as a comments heading that starts no article', () => {
    const arts = extractArticlesFromText(
      [
        '"الفيلق الثالث" يوسّع نفوذه في ريف حلب بعد انسحاب فصائل من إعزاز',
        'رامي السيد | إعزاز',
        '٢ تموز ٢٠٢٢',
        'وسّع الفيلق الثالث التابع للجيش الوطني السوري نفوذه في مدينة إعزاز وريفها خلال الأسبوع الماضي.',
        'لكن فصائل منافسة تتهمه بمحاولة الاستيلاء على المعابر وموارد المنطقة.',
        'شاهد أيضاً',
        'اشتباكات في مدينة الباب بين فصيلين من الجيش الوطني',
        'تعليقات الزوار (٢)',
        'أبو عمر | ٣ تموز ٢٠٢٢',
        'التوحيد مطلوب، لكن ليس بالقوة.',
        'حسان الحلبي | ٣ تموز ٢٠٢٢',
        'كل فصيل يقول إنه يريد التوحيد تحت قيادته هو.',
      ].join('\n'),
    );
    expect(arts).toHaveLength(1);
    expect(arts[0].title.startsWith('"الفيلق الثالث"')).toBe(true);
    expect(arts[0].author).toBe('رامي السيد');
    expect(authors(arts[0])).toEqual(['أبو عمر', 'حسان الحلبي']);
  });

  it('ends a press release at "###" and at the organisation\'s "About" box', () => {
    const a = one([
      'Rights group documents 211 civilian deaths in March',
      'Paris, 1 April 2019',
      ...BODY,
      '###',
      'Media contact:',
      'About SNHR',
      'The Syrian Network for Human Rights is an independent, non-governmental organisation founded in June 2011 that documents violations in Syria.',
    ]);
    expect(a.body.split('\n\n')).toEqual(BODY);
    expect(isFurniture('About the deal')).toBe(false);
  });

  it('reads a tight block of takeaway sentences above the byline and date as the summary, and the text below them as the body', () => {
    const a = one([
      'Middle East Policy Forum',
      'Research | Commentary | Events | Experts',
      'After Assad: can the Syrian National Army become a national army?',
      'Key takeaways',
      'The factions remain loyal first to their commanders and to Ankara.',
      'Integration will depend on who pays the salaries.',
      'Without a settlement with the SDF, two armies will remain in the north.',
      'Dana Rahimi',
      'January 15, 2025',
      ...BODY,
    ]);
    expect(a.title).toBe('After Assad: can the Syrian National Army become a national army?');
    expect(a.author).toBe('Dana Rahimi');
    expect(a.date.value).toBe('2025-01-15');
    expect(a.subtitle).toContain('Integration will depend on who pays the salaries.');
    expect(a.body.split('\n\n')).toEqual(BODY);
  });
});
