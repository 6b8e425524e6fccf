import type { DateSource } from '../../../shared/model';

export interface ExtractedDate {
  /** YYYY-MM-DD */
  value: string | null;
  source: DateSource;
  /** The text it was read from. */
  evidence: string | null;
}

export interface ExtractedComment {
  author: string | null;
  text: string;
}

export interface ExtractedArticle {
  title: string;
  subtitle: string | null;
  author: string | null;
  outlet: string | null;
  date: ExtractedDate;
  /** Paragraphs joined by "\n\n"; sub-headings kept as their own paragraph; no furniture. */
  body: string;
  comments: ExtractedComment[];
  /** Photo captions removed from the body (kept for reference). */
  captions: string[];
  /** 'ar' when mostly Arabic script, 'en' etc. when evident, else null. */
  language: string | null;
  direction: 'ltr' | 'rtl';
}

/** Metadata known from outside the text (Markdown front matter, HTML <meta>/JSON-LD). */
export interface KnownMeta {
  title?: string | null;
  subtitle?: string | null;
  author?: string | null;
  outlet?: string | null;
  date?: ExtractedDate | null;
  language?: string | null;
}
