import type { DateSource } from '../../../shared/model';

export type DateConfidence = 'high' | 'medium' | 'low';

export interface ExtractedDate {
  /** YYYY-MM-DD */
  value: string | null;
  /**
   * Where it came from: 'metadata' (front matter, <meta>, JSON-LD, or a page's own revision notice below
   * the text, "This page was last edited on …", with low confidence), 'stated' (the page prints it as the
   * article's date), 'caption' (a photo caption's date: the photo's, not the article's), 'page-clock'
   * (the site's clock line above the page: the day it was saved, not published), 'unknown'.
   */
  source: DateSource;
  /** The text it was read from. */
  evidence: string | null;
  /**
   * How sure: 'high' for metadata and an explicit "Published"/"Posted" line; 'medium' for a bare date line
   * or byline date at the head, an "Updated" date, or a numeric date that also reads the other way round;
   * 'low' for a caption or clock date and a date whose year was taken from elsewhere on the page.
   */
  confidence: DateConfidence;
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
