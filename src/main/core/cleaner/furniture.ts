// Known page furniture, kept as data. The cleaner never matches outlet names or article sentences:
// these are the generic labels that web pages wrap around an article (menus, share bars, newsletter
// prompts, comment widgets, read-time badges, photo-agency credits ...), in the spirit of the
// boilerplate vocabularies of jusText / boilerpipe / trafilatura.
//
// Matching is done on a normalised line: lower-case, curly quotes straightened, spaces collapsed,
// trailing arrows / chevrons / colons / ellipses removed.

/**
 * An Arabic page's links to its neighbours, its latest items and the writer's other pieces ("previous article",
 * "latest statements", "all the writer's articles"): furniture, and each heads links to other items (MORE_BEFORE).
 */
const ARABIC_NEIGHBOUR_LINKS: readonly string[] = [
  'المقال السابق', 'المقال التالي', 'الخبر السابق', 'الخبر التالي', 'الموضوع السابق', 'الموضوع التالي', 'تقارير سابقة',
  'أخبار سابقة', 'مقالات سابقة', 'آخر الأخبار', 'آخر البيانات', 'أحدث الأخبار', 'أحدث المقالات', 'آخر المقالات', 'آخر التقارير',
  'جميع مقالات الكاتب', 'كل مقالات الكاتب', 'مقالات الكاتب', 'مقالات أخرى للكاتب', 'المزيد من مقالات الكاتب',
  'أحدث التدوينات', 'أحدث التعليقات', 'آخر التدوينات', 'آخر التعليقات',
];

/** A line that is exactly one of these (after normalisation) is furniture. */
export const FURNITURE_EXACT: readonly string[] = [
  'listen live', 'listen', 'live', 'get short url', 'short url', 'copy link', 'copy url', 'link copied', 'copied',
  'skip to main content', 'skip to content', 'skip to navigation', 'skip navigation', 'jump to content',
  'read more', 'read also', 'see also', 'also read', 'related', 'related articles', 'related stories', 'related news',
  'related content', 'related topics', 'related coverage', 'recommended', 'recommended for you', 'you may also like',
  'you might also like', 'more from this author', 'more stories', 'more on this story', 'more on this', 'more news',
  'share', 'share this', 'share this article', 'share this story', 'share this page', 'share on facebook',
  'share on twitter', 'share on x', 'share on whatsapp', 'share on linkedin', 'share via email', 'share article',
  'tweet', 'email', 'e-mail', 'print', 'print this page', 'save', 'save article', 'bookmark', 'facebook', 'twitter',
  'whatsapp', 'telegram', 'linkedin', 'reddit', 'x', 'pinterest', 'comments', 'comment', 'show comments',
  'view comments', 'hide comments', 'add comment', 'post comment', 'leave a comment', 'leave a reply', 'reply',
  'cancel reply', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'promoted', 'ad', 'menu',
  'main menu', 'navigation', 'search', 'home', 'login', 'log in', 'sign in', 'register', 'subscribe', 'sign up',
  'newsletter', 'newsletters', 'follow us', 'follow', 'close', 'open', 'next', 'previous', 'prev', 'back', 'back to top',
  'top', 'more', 'show more', 'load more', 'see more', 'view more', 'loading', 'accept', 'accept all',
  'accept cookies', 'reject all', 'manage cookies', 'cookie settings', 'cookie policy', 'privacy policy', 'privacy',
  'terms of use', 'terms of service', 'terms and conditions', 'contact us', 'contact', 'about us', 'about',
  'most read', 'most popular', 'most viewed', 'most shared', 'popular', 'trending', 'trending now', 'latest',
  'latest news', 'top stories', 'breaking news', 'breaking', 'watch', 'watch live', 'play', 'video', 'videos',
  'photo', 'photos', 'gallery', 'podcast', 'podcasts', 'topics', 'tags', 'keywords', 'community standards',
  'discussion', 'opinion', 'news', 'world', 'english', 'العربية', 'français', 'toggle navigation', 'font size',
  'text size', 'a a', 'aa', 'a+', 'a-', 'listen to this article', 'listen to article', 'audio', 'translate',
  'all rights reserved', 'donate', 'support us', 'in pictures', 'explainer', 'exclusive', 'analysis',
  'edition', 'select edition', 'change edition', 'notifications', 'enable notifications', 'dark mode',
  'community guidelines', 'member-only story', 'members only', 'write', 'faq', 'help', 'status', 'careers', 'blog',
  'terms', 'press', 'jobs', 'register', 'quote', 'post reply', 'new topic', 'jump to', 'who is online', 'board index',
  'next article', 'previous article', 'next story', 'previous story', 'next post', 'previous post', 'older posts',
  'newer posts', 'mark as read', 'mark all as read', 'save for later', 'read later', 'visit website', 'open original',
  'view original', 'today', 'key events', 'show key events only', 'back to top', 'download pdf', 'download', 'pdf',
  'sections', 'more sections', 'sort by', 'newest', 'oldest', 'best', 'load more comments', 'view all comments',
  'create account', 'main menu', 'article talk', 'read edit view history', 'edit', 'view history', 'view source',
  '[edit]', 'edit source', 'hide', 'show', '(top)', 'more reading', 'further reading', 'recommended reading',
  'click to expand image', 'expand image', 'enlarge', 'zoom', 'contents', 'table of contents', 'in this article',
  'on this page', 'jump to section', 'view more comments', 'show more comments', 'see more comments', 'more comments',
  'newest first', 'oldest first', 'refresh', 'key points', 'highlights', 'in this issue', 'share this interview',
  'post a comment', 'email this', 'ready for more?', 'no posts', 'published', 'updated', 'image source',
  // a comment widget's notices and sort bar ("This discussion is closed for comments.", "Order by / Oldest")
  'this discussion is closed for comments.', 'this discussion is closed for comments', 'this discussion is now closed for comments.',
  'comments are closed.', 'comments are closed', 'order by', 'sort by newest', 'sort by oldest',
  'sign in or create your guardian account to join the discussion.', 'sign in or create your guardian account to join the discussion',
  // a blogging platform's response form ("What are your thoughts?" / "Cancel" / "Respond")
  'what are your thoughts?', 'cancel', 'respond', 'also publish to my profile', 'see all responses',
  // professional networks' and blogging platforms' chrome around a post
  'report this article', 'report this post', 'report this comment', 'report', '+ follow', 'join now', 'see all',
  'see all articles', 'explore topics', 'read on x', 'read on twitter', 'unroll thread',
  // a link aggregator's page (old Reddit, where r/syriancivilwar has followed the war since 2012)
  'crosspost', 'formatting help', 'content policy', 'embed', 'parent', 'hide', 'continue this thread', 'my subreddits',
  'joinleave', 'message the mods', 'moderators', 'become a redditor', 'the front page of the internet.', 'shortlink:',
  'remember mesubmit', 'reddiquette', 'site rules', 'mod guidelines', 'apps & tools', 'reddit premium', 'give award',
  // Turkish outlets' labels, left untranslated on their English pages
  // ("FOTO GALERİ" lower-cases to "galeri" + U+0307, the dot of the Turkish capital İ)
  'foto galeri', 'foto galeri\u0307', 'paylaş', 'son dakika', 'gündem', 'haberler', 'galeri', 'ara',
  // comment widgets' forms and sort bars (Disqus, wpDiscuz)
  'most voted', 'inline feedbacks', 'notify of', 'new follow-up comments', 'new replies to my comments', 'name', 'name*',
  'email*', 'website', 'favorite', 'favourite', 'log in with', 'or sign up with disqus ?', 'or sign up with disqus',
  // Arabic pages
  'الرئيسية', 'شارك', 'مشاركة', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'المزيد', 'تعليقات', 'التعليقات', 'أخبار',
  'الأكثر قراءة', 'مواضيع ذات صلة', 'ذات صلة', 'إعلان', 'اشترك', 'النشرة البريدية', 'بحث', 'القائمة', 'تابعنا',
  'أضف تعليقك', 'أضف تعليقا', 'أضف تعليقاً', 'اكتب تعليقك', 'إرسال', 'رد', 'طباعة', 'رأي', 'مقالات', 'فيديو',
  'فيسبوك', 'فيس بوك', 'فايسبوك', 'تويتر', 'واتساب', 'واتس اب', 'تلغرام', 'تيليغرام', 'يوتيوب', 'إنستغرام', 'انستغرام', 'تابعونا',
  'تكبير الخط', 'تصغير الخط', 'حجم الخط', 'الوسوم', 'وسوم', 'كلمات مفتاحية', 'مقالات الرأي', 'مقالات رأي', 'شاهد أيضا', 'شاهد أيضاً', 'شارك المقال', 'شارك الخبر', 'شارك الحلقة', 'شارك هذه الحلقة', 'شارك الفيديو', 'شارك التقرير', 'شارك القصة',
  // an Arabic comment form's fields
  'الاسم', 'الاسم *', 'البريد الإلكتروني', 'البريد الإلكتروني *', 'البريد الإلكتروني (لن يتم نشره)', 'نص التعليق', 'التعليق',
  'أرسل التعليق', 'إرسال التعليق', 'الموقع', 'الموقع الإلكتروني', 'اترك رداً', 'اترك ردا', 'إلغاء الرد', 'اترك رداً إلغاء الرد',
  'اترك ردا إلغاء الرد', 'أضف رداً', 'بحث عن:', 'الأرشيف', 'الأرشيفات',
  'التصنيفات', 'تصنيفات',
  'شارك هذا المقال', 'أخبار ذات صلة', 'مقالات ذات صلة', 'البث المباشر',
  ...ARABIC_NEIGHBOUR_LINKS,
  // French pages
  'aller au contenu principal', 'aller au contenu', 'se connecter', "s'abonner", 'accepter', 'paramétrer', 'partager',
  'répondre', 'signaler', 'commentaires', 'ajouter un commentaire', 'réservé aux abonnés', 'mots-clés', 'pour mémoire',
  'lire aussi', 'à lire aussi', 'sur le même sujet', 'mentions légales', 'qui sommes-nous ?', 'qui sommes-nous',
  "s'inscrire", "je m'inscris", 'les plus lus', 'imprimer', 'envoyer',
  // a video page's chrome (YouTube in Arabic)
  'تخطي التنقل', 'تسجيل الدخول', 'اشتراك', 'حفظ', 'عرض أقل', 'عرض المزيد', 'ترتيب حسب', 'إضافة تعليق...', 'إضافة تعليق',
  'التالي', 'السابق', 'تشغيل تلقائي',
  // a video player's controls
  'play', 'pause', 'mute', 'unmute', 'settings', 'fullscreen', 'full screen', 'exit full screen', 'captions', 'subtitles',
  'picture-in-picture', 'تشغيل', 'إيقاف', 'إيقاف مؤقت', 'كتم الصوت', 'إلغاء كتم الصوت', 'الإعدادات', 'ملء الشاشة',
  'الخروج من ملء الشاشة', 'ترجمة', 'الترجمة',
  // a programme's page: the label over its transcript
  'transcript', 'full transcript', 'episode transcript', 'نص الحلقة', 'نص المقابلة', 'نص الحوار', 'النص الكامل',
  'الأكثر ملاءمة', 'الأحدث', 'كل التعليقات', 'اكتب تعليقًا…', 'اكتب تعليقًا', 'اكتب تعليقا…', 'اكتب تعليقا', 'عرض المزيد من التعليقات',
  'الأقدم', 'الأفضل', 'انضم إلى المناقشة…', 'انضم إلى المناقشة', 'تسجيل الدخول باستخدام', 'أو الاشتراك مع disqus ؟', 'أو الاشتراك مع disqus', 'تفضيل', 'تغريدة', 'لا تبع بياناتي',
  // a social network's login wall under a saved post
  'البريد الإلكتروني أو الهاتف', 'كلمة السر', 'هل نسيت الحساب؟', 'إنشاء حساب جديد', 'email or phone', 'password', 'forgot account?', 'create new account',
  // a messenger's channel as its web preview or its chat export prints it (Telegram, where many Syrian outlets and
  // factions publish first): pager, media stubs and poll labels
  // a press release's label over its headline or its date
  'for immediate release', 'immediate release', 'press release', 'press releases', 'news release',
  'previous messages', 'next messages', 'view in telegram', 'preview channel', 'anonymous poll', 'public poll', 'quiz',
  'video file', 'voice message', 'audio file', 'sticker', 'animation', 'round video message', 'location',
  // (a WhatsApp export's placeholders, in English and Arabic)
  '<media omitted>', 'image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'this message was deleted',
  '<تم استبعاد الوسائط>', 'تم استبعاد الوسائط', 'تم حذف هذه الرسالة',
];

/** A short line (≤ 14 words) that starts with one of these is furniture. */
export const FURNITURE_PREFIX: readonly string[] = [
  'listen live', 'get short url', 'skip to', 'share on ', 'share via', 'share this', 'comment via', 'follow us on',
  'follow us', 'like us on', 'sign up', 'subscribe to', 'subscribe for', 'subscribe now', 'join our', 'download our',
  'download the app', 'get the app', 'read more:', 'read also:', 'see also:', 'also read:', 'related:', 'recommended:',
  'more:', 'watch:', 'listen:', 'advertisement', 'click here', 'tap here', 'continue reading', 'keep reading',
  'this article is also available', 'you are reading', 'you have reached', 'we use cookies', 'this site uses cookies',
  'this website uses cookies', 'by continuing to use', 'by using this site', 'accept cookies', 'tags:', 'tag:',
  'topics:', 'keywords:', 'filed under', 'categories:', 'category:', 'posted in', 'community standards',
  'reporting by', 'additional reporting by', 'editing by', 'writing by', 'compiled by', 'translated by',
  'most read', 'most popular', 'more from', 'more stories', 'latest from', 'don\'t miss', 'trending:',
  'image source', 'image caption', 'media caption', 'photo credit', 'photo:', 'photos:', 'photograph:',
  'picture:', 'caption:', 'file photo', 'update:', 'correction:', 'editor\'s note:', 'disclaimer:',
  'copy link', 'send us your', 'have a tip', 'got a tip', 'report an error', 'report a correction',
  'was this article', 'did you find', 'rate this', 'print this', 'email this', 'save this', 'open in app',
  'was this explainer', 'was this page', 'powered by', 'users browsing', 'display posts from',
  'please turn on javascript', 'please enable javascript', 'sort by', 'sorted by', 'reading time', 'see all from', 'recommended from',
  'written by', 'updated at', 'last updated at', 'click to', 'tap to', 'get updates', 'from wikipedia',
  'this page was last edited', 'text is available under', 'available in', 'categories:', 'retrieved from',
  'join our movement', 'join us', 'enter your email', 'your email address', 'by signing up', 'by subscribing',
  'by clicking', 'view this email', 'view in browser', 'view it in your browser', 'powered by disqus',
  'sign in or', 'sign in to', 'log in or', 'log in to', 'to view or add a comment', 'write a comment', 'add a comment', 'most relevant', 'all comments',
  // blog platforms' post footers ("Share to Twitter", "Labels: Aleppo, Zenki", "Newer Post Older Post Home")
  'share to ', 'labels:', 'newer post', 'older post', 'blogthis', 'like loading', 'blog at wordpress',
  'join the discussion', 'also on ', 'view all posts by', 'proudly powered by', 'وقت القراءة', 'مدة القراءة', 'ادعم ',
  'تابعونا على', 'تابعنا على', 'اشترك في', 'اشتركوا في', 'اشترك الآن', 'اشترك بالنشرة',
  // WordPress's comment form and footer in Arabic ("Your email address will not be published", "Save my name …",
  // "Proudly powered by WordPress")
  'لن يتم نشر عنوان بريدك', 'احفظ اسمي', 'فخور بأنني أستخدم', 'مدعوم من ووردبريس', 'يعمل بواسطة ووردبريس',
  // European outlets' labels, in German and French
  'lesezeit', 'temps de lecture', 'artikel teilen', "partager l'article", 'lire aussi', 'mehr zum thema', 'aus dem deutschen',
  'aus dem französischen', 'traduit de', 'anzeige', 'publicité', 'kommentare sind', 'les commentaires sont',
  // the heading of a blog's listing page, above the posts it holds ("Category Archives: Faction infighting")
  'type your email', 'category archives', 'tag archives', 'monthly archives', 'daily archives', 'yearly archives', 'author archives',
  'archives:', 'archive for', 'posts tagged', 'search results for',
  // a newsletter's contents line ("In this issue: the SDF deal · the coast inquiry · Suwayda's factions")
  'in this issue:', 'inside this issue', "in today's issue", 'in this edition:',
  // an archive's age banner above (and again below) an old article's headline
  'this article is more than', 'this article is over', 'this article was published more than', 'this article was published over',
  'this story is more than', 'this content is more than',
  // a wire's link to its editorial standards under every story ("Our Standards: The Thomson Reuters Trust Principles.")
  'our standards:',
];

/**
 * Phrases that only newsletter boxes, e-mail footers and publishers' disclaimers use: a line of up to 30 words
 * containing one is furniture even when it reads as a full sentence ("Get the essential stories from the region
 * delivered to your inbox every morning.").
 */
export const FURNITURE_STRONG: readonly string[] = [
  'delivered to your inbox', 'straight to your inbox', 'direct to your inbox', 'to your inbox every', 'unsubscribe',
  'you are receiving this', "you're receiving this", 'you received this email', 'forward this email', 'forward this briefing',
  'forward this newsletter', 'forward to a friend', 'reply to this email', 'update your preferences', 'manage your preferences',
  'view this email in your browser', 'by signing up you agree', 'by subscribing you agree', 'download our app',
  'the views expressed in this', 'do not necessarily reflect', 'does not necessarily reflect',
  'do not necessarily represent', 'does not necessarily represent', 'to join the discussion', 'to join the conversation', 'لا تعبر بالضرورة', 'لا تعبّر بالضرورة',
  'تعبر عن رأي كاتبها', 'تعبّر عن رأي كاتبها',
  // Telegram: a chat export's stub for a file it left out, a channel preview's invitation
  'change data exporting settings to download', 'if you have telegram, you can view and join',
  // the banners of archived copies (a search engine's cache, the Wayback Machine, archive.today), which researchers
  // save when the page itself is gone; their dates are the copy's, not the article's
  "google's cache of", 'a snapshot of the page as it appeared', 'the current page could have changed',
  'to quickly find your search term', 'the wayback machine -', 'webpage capture', 'archived from the original on',
  // paywalls and newsletter platforms
  'subscribe for free', 'receive new posts', 'unlimited access', 'already a subscriber', 'free articles left',
  'free article left', 'thanks for reading', 'thank you for reading', 'bookmark the permalink', 'our weekly newsletter',
  'our daily newsletter', 'is a reader-supported', 'free or paid subscriber', 'becoming a paid subscriber',
  // a thread unroller's page around the thread it saved (Thread Reader: researchers' way of keeping a thread)
  'missing some tweet in this thread', 'force a refresh', 'keep current with', 'new unrolls are available',
  'read all threads', 'this thread may be removed', 'save this thread as pdf', 'try unrolling a thread',
  'from a x thread mention us', 'from a twitter thread mention us', '@threadreaderapp', 'did thread reader help you',
  'we are indie developers', 'become a premium member', 'enter url or id to unroll', 'you can paste full url',
  'how to get url link on', 'tap on the share icon', 'tap on copy link to tweet', 'click "unroll thread"',
  'twitter may remove this content', 'save it as pdf for later use', 'practice here first', 'want to be a premium member',
  'use the following search parameters', 'see the search faq', 'find submissions in', 'find submissions by',
  'find submissions from', 'search for "text" in', 'include (or exclude)', 'limit my search to', 'log in or sign up in seconds',
  'join one of thousands of communities', 'constitutes acceptance of our user agreement', 'are registered trademarks of',
  'make a small donation', 'help with server cost', 'made by just two indie developers',
];

/**
 * Labels that introduce a related link on the same line ("Related: ...", "READ MORE: ..."): such a line is
 * furniture up to 30 words, whatever its ending.
 */
export const LINK_LABELS: readonly string[] = [
  'read more:', 'read also:', 'see also:', 'also read:', 'related:', 'recommended:', 'more:', 'watch:', 'listen:',
  'read next:', 'more on this:', 'related story:', 'related article:', 'related content:', 'اقرأ أيضا:', 'اقرأ أيضاً:',
  'شاهد أيضا:', 'شاهد أيضاً:', 'طالع أيضا:', 'طالع أيضاً:', 'اقرأ المزيد:', 'لمزيد من التفاصيل:',
];

/** A short line (≤ 25 words) containing one of these is furniture. */
export const FURNITURE_CONTAINS: readonly string[] = [
  'newsletter', 'sign up to', 'sign up for', 'subscribe to our', 'min read', 'minute read', 'minutes read',
  'all rights reserved', 'cookie', 'javascript', 'your browser', 'privacy policy', 'terms of use', 'terms of service',
  'republish', 'republishing', 'reprint', 'contributed to this report', 'contributed to this article',
  'contributed to this story', 'contributed reporting', 'comment via', 'community standards',
  'leave a reply', 'leave a comment', 'you must be logged in', 'log in to comment', 'login to comment',
  'comments are closed', 'comments have been closed', 'your email address will not be published',
  'required fields are marked', 'fill out this form', 'can be found here', 'click here', 'read the full',
  'follow us on', 'follow the latest', 'get the latest', 'latest alerts', 'delivered to your inbox',
  'straight to your inbox', 'in your inbox', 'download the app', 'support our journalism', 'support independent',
  'become a member', 'become a subscriber', 'donate now', 'advertisement', 'sponsored content', 'related articles',
  'join our movement',
  // a comment widget's moderation notice ("Comments are moderated and may take up to 24 hours to appear.")
  'comments are moderated', 'awaiting moderation', 'subject to moderation', 'comments will be published after',
  'تخضع للمراجعة', 'تخضع للرقابة',
];

/** "Tags: SNA, al-Bab", a wiki's "Categories: …": a line of the article's tags. */
export const TAGS_LINE = /^(?:tags?|topics?|keywords?|categories|filed under)\s*:/i;

/**
 * A licence notice under the text ("Text is available under the Creative Commons Attribution-ShareAlike 4.0
 * License; additional terms may apply. …"): furniture however long, as nothing else reads so.
 */
export const LICENCE_NOTICE = /creative commons (?:attribution|licen[cs]e)|text is available under the|is licensed under a creative commons/i;

/**
 * Strong end-of-article markers: once one of these appears and little article text follows it,
 * everything after it is page footer (newsletter boxes, author boxes, copyright, related lists).
 */
export const FOOTER_MARKERS: readonly RegExp[] = [
  /newsletter/i, /\bsign up\b/i, /\bsubscribe\b/i, /all rights reserved/i, /^(?:©|copyright\b|\(c\)\s*\d{4})/i,
  /^(?:most (?:read|popular|viewed|shared)|related (?:articles|stories|news|content|topics)|more (?:from|stories|news|on)|you may also like|recommended|read next|latest (?:news|stories))\b/i,
  TAGS_LINE, /community standards/i, /^comment via/i,
  /^(?:last|latest|recent) \d+ (?:posts|articles) by\b/i, /^(?:more|other|all) (?:articles|posts|stories|pieces) (?:by|from)\b/i, /^(?:about the author|author bio|more by this author)\b/i,
  // "About SNHR", "About Levant Insight": the box about the publisher; "###", "-30-", "ENDS": a release's end mark
  /^(?:About|ABOUT)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,3}$/u, /^(?:#{3}|-\s?30\s?-|ends|-\s?ends\s?-)$/i,
  /^(?:[\d.,]+[kK]?\s+)?(?:comments?|responses?|replies|reader comments|discussion|commentaires?|réactions?)\s*(?:\([\d.,]+[kK]?\))?:?$/i,
  /^(?:mots-clés|pour mémoire|(?:à )?lire aussi|sur le même sujet|les plus lus)\b/i,
  /^leave a (?:reply|comment)/i, /republish/i, /\bpodcast\b.*\bepisode\b/i,
  /^(?:reporting|additional reporting|editing|writing|compiled|translated) by\b/i, // wire sign-off
  /^written by\b/i, /^related(?:\s+[a-z-]+){0,2}\s*:?$/i, /^(?:who is online|powered by)\b/i, // author boxes, related lists, forum footers
  /^(?:notes|endnotes|footnotes|references|sources|bibliography)\s*:?$/i, // a report's notes
  /^(?:up next|autoplay|التالي|تشغيل تلقائي)$/i, // a video page's list of the next videos
  // a journal article's back matter
  /^(?:disclosure statement|declaration of (?:competing )?interests?|conflicts? of interest|competing interests|funding|acknowledg(?:e)?ments?|notes on contributors?|data availability(?: statement)?)\s*:?$/i,
  /^(?:more reading|further reading|recommended reading|see also)\s*:?$/i,
  // e-mail footers and publishers' disclaimers
  /\bunsubscribe\b/i, /you(?:'re| are) receiving this/i, /forward (?:this (?:email|briefing|newsletter) )?to a friend/i,
  /views expressed in this|do(?:es)? not necessarily (?:reflect|represent)/i, /بالضرورة عن رأي|عن رأي كاتبها/,
  /^(?:اقرأ أيضا|اقرأ أيضاً|شاهد أيضا|شاهد أيضاً|مواضيع ذات صلة|الأكثر قراءة|جميع الحقوق محفوظة)/,
];

/** Marker lines that point to a related headline: "Read More »" refers to the line above it. */
export const MORE_AFTER: readonly string[] = ['read more', 'read the story', 'read story', 'continue reading', 'full story', 'read full story', 'read the full story'];
/** Marker lines that introduce related headlines below them ("Read also:", "Related:", "See also"). */
export const MORE_BEFORE: readonly string[] = [
  'read also', 'also read', 'see also', 'related', 'related articles', 'related stories', 'related news',
  'recommended', 'read next', 'more on this', 'more on this story', 'you may also like', 'you might also like',
  'more stories', 'more from', 'most read', 'most popular', 'latest news', 'top stories',
  'lire aussi', 'à lire aussi', 'pour mémoire', 'sur le même sujet',
  ...ARABIC_NEIGHBOUR_LINKS,
];

/** Photo / agency credits that end a caption: "... (AFP)", "... [Getty]", "... . Reuters", "(AP Photo/...)". */
export const PHOTO_CREDITS: readonly string[] = [
  'afp', 'ap', 'reuters', 'getty', 'getty images', 'epa', 'epa-efe', 'efe', 'anadolu', 'anadolu agency', 'aa',
  'sana', 'xinhua', 'dpa', 'upi', 'ansa', 'tass', 'ria novosti', 'sputnik', 'shutterstock', 'alamy', 'handout',
  'screenshot', 'screengrab', 'screen grab', 'video grab', 'supplied', 'file', 'file photo', 'archive',
  'social media', 'twitter', 'x', 'facebook', 'telegram', 'youtube', 'instagram', 'courtesy', 'wikimedia',
  'wikimedia commons', 'creative commons', 'pool', 'photo', 'illustration', 'via reuters', 'afp via getty images',
  'ap photo', 'reuters photo', 'afp photo', 'aa photo', 'nurphoto', 'sopa images', 'middle east images',
  'أ.ف.ب', 'أ ف ب', 'ا ف ب', 'رويترز', 'الأناضول', 'الاناضول', 'سانا', 'فرانس برس', 'أسوشيتد برس', 'إنترنت', 'انترنت', 'أرشيف',
  'أرشيفية', 'وكالات', 'خاص', 'تواصل اجتماعي', 'مواقع التواصل',
];

/**
 * Words of a comment widget's action row ("3 hours ago Reply Like (41)", "Reply · 6 likes · 3d",
 * "Reply • Share ›"): a short line made only of these, counts and time stamps is widget chrome. The first group
 * belongs to reader comments alone (a row with one of them, or with a time stamp, marks the end or the head of
 * a comment); the second also labels other page parts ("Share" under live-blog entries).
 */
export const COMMENT_ACTIONS: readonly string[] = [
  'reply', 'replies', 'like', 'likes', 'liked', 'unlike', 'dislike', 'dislikes', 'report', 'flag', 'upvote', 'downvote',
  'vote', 'votes', 'point', 'points', 'recommend', 'recommends', 'permalink', 'abuse', 'رد', 'الرد', 'ردود', 'إعجاب', 'أعجبني',
  'إبلاغ', 'تبليغ', 'ردا', 'répondre', 'signaler', "j'aime",
];
export const WIDGET_WORDS: readonly string[] = ['share', 'edit', 'delete', 'quote', 'more', 'save', 'award', 'level', 'مشاركة', 'شارك'];

/**
 * Bylines without a person's name: staff and desk credits ("By Staff reporter", "Staff and agencies",
 * "By the Editorial Board", "Our correspondent"). A line made of these words (and connectors) credits the
 * article; it is never its headline.
 */
export const STAFF_WORDS: readonly string[] = [
  'staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'writer', 'writers', 'desk', 'newsroom',
  'editor', 'editors', 'editorial', 'board', 'team', 'agencies', 'agency', 'wires', 'bureau', 'contributor',
  'contributors', 'news', 'service', 'services', 'our', 'and', '&', 'the', 'a', 'from', 'in', 'with',
];

/** News agencies whose name alone on a line (under a headline, or as a sign-off) credits the story. */
export const AGENCIES: readonly string[] = [
  'afp', 'agence france-presse', 'agence france presse', 'ap', 'associated press', 'the associated press', 'reuters',
  'thomson reuters', 'sana', 'syrian arab news agency', 'anadolu', 'anadolu agency', 'dpa', 'deutsche presse-agentur',
  'xinhua', 'efe', 'ansa', 'tass', 'ria novosti', 'sputnik', 'irna', 'kuna', 'qna', 'wam', 'upi', 'staff and agencies',
  'agencies', 'news agencies', 'wire services', 'وكالات', 'سانا', 'الأناضول', 'رويترز', 'فرانس برس', 'أ ف ب', 'د ب أ',
];

/** Who an Arabic dateline credits: "حلب - خاص" (exclusive), "إدلب - مراسلنا" (our correspondent), "دمشق - سانا". */
export const ARABIC_CREDITS: readonly string[] = ['خاص', 'مراسلنا', 'مراسلتنا', 'مراسل', 'مراسلة', 'المراسل', 'وكالات', 'متابعات', 'سانا', 'الأناضول', 'رويترز', 'فرانس برس', 'أ ف ب'];

/** Lines of a comment thread that are widget labels, not comment text. */
export const COMMENT_NOISE: readonly RegExp[] = [
  /^(?:reply|like|likes|report|flag|share|edit|delete|permalink|log in to reply|login to reply|upvote|downvote|show replies|hide replies|load more comments|view replies|quote|top|\d+\s*(?:likes?|replies|points?|votes?))$/i,
  // a widget row: "Reply · Report · 14 likes", "Like | Reply"
  /^(?:(?:reply|report|like|likes|share|flag|quote|\d+\s*(?:likes?|replies|points?|votes?))\s*[·•|]\s*)+(?:reply|report|like|likes|share|flag|quote|\d+\s*(?:likes?|replies|points?|votes?))$/i,
  /^re:\s/i, // a forum reply's repeated subject
  /^(?:رد|الرد|إبلاغ|أعجبني)$/,
  // a commenter's badge or profile line beside the name, and the thread's paging ("Top fan", "Author", "Works at
  // Hasakah Medical Union", "Liked by Nadim Sabbagh", "2 replies by Nadim Sabbagh and others", "Load 2 more comments")
  /^(?:vote up|vote down|[△▽▲▼↑↓]+(?:\s+[△▽▲▼↑↓]+)*)$/i,
  // the one replied to, after an arrow («← أبو عمر الإدلبي», "→ Aleppo Truth")
  /^[←→]\s*\S.{0,40}$/,
  // an Arabic commenter's badge: «المعجب الأكثر تفاعلاً» (top fan), «المؤلف» (the page itself)
  /^(?:المعجب الأكثر تفاعلا[ًً]?|المؤلف|المشرف|مشرف)$/,
  // a reaction count ("👍 31"), an Arabic thread's "reply to X" and "show replies (2)"
  /^(?:👍|👎|❤️?|♥|🔥)\s*[\d\u0660-\u0669]*$/u,
  /^[\d\u0660-\u0669.,٬]+\s+(?:رد[\u064b-\u0652]*ا?[\u064b-\u0652]*|ردود)$/, // a reply count, «١٢ ردًا»
  /^(?:ردا|رداً|ردّاً|ردًا|رد) على .{1,40}$|^عرض الردود(?:\s*\(\s*[\d\u0660-\u0669]+\s*\))?$|^إخفاء الردود$/,
  // «عرض 2 ردود أخرى», «عرض المزيد من الردود», «عرض ردّين آخرين»: a thread's collapsed replies
  /^عرض (?:[\d\u0660-\u0669]+ )?(?:ردود|ردا|ردًا|رد|ردين|ردّين|تعليقات|تعليق)(?: أخرى| آخر| آخرين)?$|^عرض المزيد من (?:الردود|التعليقات)$/,
  /^(?:reply to .{1,60}|replying to .{1,60}|in reply to .{1,60}|top fan|author|moderator|admin|verified|subscriber|paid subscriber|founding member|pinned(?: by .{1,40})?|edited|top comment|(?:works|worked|studied|studies) at .{1,60}|lives in .{1,40}|liked by .{1,60}|\d+ repl(?:y|ies)(?: by .{1,60})?|\d+ more (?:comments?|repl(?:y|ies))\W*|(?:load|view|show|see) (?:\d+ )?more (?:comments?|repl(?:y|ies))\W*|facebook comments plugin)$/i,
  // what is left of a deleted comment
  /^(?:this comment (?:has been|was) (?:removed|deleted)\b.*|\[(?:deleted|removed)\]|comment (?:removed|deleted)(?: by .*)?\.?)$/i,
  /^\d{1,5}$/,
];

/** Verbs / nouns of a publisher's self-description ("X delivers independent coverage of ..."). */
export const SELF_DESCRIPTION = /^((?:The\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:for|of|on|and|the)\s+){0,2}){0,5}?[A-Z][\w'’&.-]*)\s+(?:delivers|provides|brings|offers|publishes|produces|is an? (?:independent|leading|award-winning|digital|online|non-profit|nonprofit|non-governmental)|is the (?:leading|largest|premier))\b[^\n]*\b(?:coverage|news|journalism|analysis|reporting|media|organi[sz]ation|documents|monitor)\b/;
