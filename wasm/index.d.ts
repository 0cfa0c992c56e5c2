// Type declarations for the pith package (hand-written; kept in sync with docs/CONTRACT.md).

/** What a block of the article is. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'code';

/** Why a piece of input is not in the article. */
export type RemovedReason =
  | 'title' | 'site-header' | 'navigation' | 'teaser-link' | 'byline' | 'standfirst' | 'date' | 'photo-credit'
  | 'caption' | 'advertisement' | 'share-bar' | 'newsletter' | 'paywall' | 'cookie-notice'
  | 'copyright' | 'related' | 'comments' | 'author-bio' | 'tags' | 'footer' | 'boilerplate'
  | 'script' | 'hidden';

/** One paragraph (or heading, list item, quote, code block) of the clean article. */
export interface Block {
  kind: BlockKind;
  /** Clean text of the block, no line breaks (code blocks may keep them). */
  text: string;
  /** Heading level 1–6 where known, else 0. */
  level: number;
  /**
   * A numbered list item's number as the page shows it (`<ol start>`, "3." in text; its marker is
   * not in `text`). Absent for other blocks and bulleted items.
   */
  number?: number;
}

/** A piece of the input that was dropped, with the reason. */
export interface Removed {
  /** The dropped text as it stood (whitespace-normalised). */
  text: string;
  /** Stable machine id, e.g. 'photo-credit'. */
  reason: RemovedReason | (string & {});
  /** Short English label, e.g. 'Photo credit'. */
  label: string;
  /** Index of the first article block after where it stood. */
  position: number;
}

/** The clean article with its metadata, as returned by `pith.read`. A plain object. */
export interface Document {
  /** The format actually read. */
  format: 'text' | 'html';
  title: string;
  /** The authors as a reader sees them: 'Ann Lee', 'Ann Lee and Bo Park', or ''. */
  byline: string;
  /** The same people one by one, e.g. ['Ann Lee', 'Bo Park']; empty when `byline` is ''. */
  authors: string[];
  /** ISO 8601 date or timestamp, or '' when unknown. */
  published: string;
  siteName: string;
  imageCredit: string;
  /**
   * The address the page names as its own (`<link rel=canonical>`, og:url, JSON-LD url), resolved
   * against `<base href>` and the `url` option; always an absolute http(s) URL, or ''.
   */
  canonicalUrl: string;
  /** The lead image's address (og:image, twitter:image, JSON-LD image), resolved the same way, or ''. */
  imageUrl: string;
  /** BCP 47 tag where known, else ''. */
  language: string;
  /** Which way the language is written: 'rtl' for Arabic, Hebrew, Persian, Urdu…, else 'ltr'. */
  direction: 'ltr' | 'rtl';
  /** Words in the article\'s blocks. */
  wordCount: number;
  blocks: Block[];
  removed: Removed[];
  warnings: string[];
  /**
   * What the input looks like when it is not text or HTML at all, as a phrase to follow "looks
   * like": 'a PDF document', 'a PNG image', 'a Word document (.docx)', 'binary data'; '' for text.
   * When set, `blocks` and `removed` are empty and `warnings` says the same in words. Bytes are
   * judged by their file signature, else by the control bytes in their first 8 KB; a string only
   * by its control characters (text that starts "%PDF-1.7" is someone's sentence).
   */
  notText: string;
}

/** One sentence of an extractive summary. */
export interface SummarySentence {
  /** Exactly `doc.blocks[block].text.slice(start, end)`. */
  text: string;
  /** Index into `doc.blocks`. */
  block: number;
  /** UTF-16 offset of the first character in the block's text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  score: number;
}

/** The summary returned by `pith.summarize`; sentences are in document order. */
export interface Summary {
  sentences: SummarySentence[];
  /**
   * Up to 10 phrases naming what the article is about (people, places, recurring terms), most
   * important first, each as it first stands in the article, e.g. "Vladimir Putin", "ceasefire".
   * Independent of the budget; empty only for an article without sentences.
   */
  keyPhrases: string[];
}

export interface ReadOptions {
  /** How to read the input; 'auto' (default) detects HTML. */
  format?: 'auto' | 'text' | 'html';
  /** 'smart' (default) makes straight quotes typographic, 'ascii' makes them straight, 'keep' leaves them. Code (listings and inline code) keeps its quotes either way. */
  quotes?: 'smart' | 'ascii' | 'keep';
  /**
   * The page's address, when known: relative canonical and image links resolve against it. It must
   * be an absolute http(s) URL ('' means none).
   */
  url?: string | URL;
}

export interface DecodeOptions {
  /** As `read` takes it: decides whether a `<meta charset>` is looked for; 'auto' (default) detects HTML. */
  format?: 'auto' | 'text' | 'html';
}

/** The input's text as `read` decodes it, returned by `pith.decode`. A plain object. */
export interface Decoded {
  /** The format `read` would read it as. */
  format: 'text' | 'html';
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The WHATWG name of the encoding that decoded it: 'UTF-8', 'UTF-16LE', 'windows-1252', … */
  encoding: string;
  /** The decoding warnings `read` gives for the same input (e.g. 'decoded as windows-1252 (…)'). */
  warnings: string[];
  /** What the bytes look like when they are not text ('a PDF document'; `text` is then ''), else ''. */
  notText: string;
}

/** A summary of so many sentences (the default, with 3). */
export interface SentencesBudget {
  /** How many sentences, an integer 1–1000; fewer when the article has fewer. Default 3. */
  sentences?: number;
  ratio?: never;
  words?: never;
}

/** A summary of a share of the article's sentences. */
export interface RatioBudget {
  /** 0 < ratio ≤ 1 of the article's sentences, rounded up, at least one. */
  ratio: number;
  sentences?: never;
  words?: never;
}

/** A summary of at most so many words. */
export interface WordsBudget {
  /**
   * At most this many words (runs of non-space characters), an integer 1–100000. Sentences stay
   * whole: the best ones are taken first, skipping any that would overflow; none when every
   * sentence is longer than the limit.
   */
  words: number;
  sentences?: never;
  ratio?: never;
}

/** How long the summary is: at most one of `sentences`, `ratio`, `words`; none means 3 sentences. */
export type SummaryOptions = SentencesBudget | RatioBudget | WordsBudget;

export interface CreatePithOptions {
  /** The bytes of pith-core.wasm, when you already have them (skips fetching/reading). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to fetch pith-core.wasm from (browser), or read it from (Node: path or file: URL). */
  wasmUrl?: string | URL;
  /** Emscripten's hook to map a file name to a URL (browser entry only). */
  locateFile?: (path: string, prefix: string) => string;
}

export interface Pith {
  /**
   * Reads an article: strips page furniture, keeps title/byline/date, returns a plain object.
   * A string is read as it is. Bytes are decoded as their encoding says: a byte order mark (UTF-8,
   * UTF-16LE/BE) first; for HTML then a <meta charset> or http-equiv Content-Type (in the first
   * 1024 bytes, or later when the bytes are not UTF-8); else UTF-8 when the bytes are shaped like
   * it (mostly valid: a broken or cut sequence becomes U+FFFD), else windows-1252. Plain text has
   * no <meta>: BOM, then UTF-8 or windows-1252 by the same shape test. A warning says which.
   * @throws TypeError for a wrong input type or option type; RangeError for an unknown option value
   * or a `url` that is not an absolute http(s) URL.
   */
  read(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): Document;
  /**
   * The input's text as `read` decodes it, before reading: what to show for a file's bytes (a
   * UTF-16 or windows-1252 file shown as UTF-8 is mojibake). A string comes back as it is.
   * @throws TypeError for a wrong input type or option type; RangeError for an unknown format.
   */
  decode(input: string | Uint8Array | ArrayBuffer, options?: DecodeOptions): Decoded;
  /**
   * Picks the most representative sentences of a Document, in document order, and its key phrases.
   * @throws TypeError when `doc` is not a Document (each block an object with a string `text`) or an
   * option is not a number; RangeError when a
   * budget is out of range or more than one is given.
   */
  summarize(doc: Document, options?: SummaryOptions): Summary;
  /**
   * A new Document with `doc.removed[index]` put back into the article where it stood (a restored
   * title as a heading); the other removals keep their places. Throws RangeError for a bad index.
   */
  restore(doc: Document, index: number): Document;
  /** Version of the engine. */
  readonly version: string;
  /** Current size of the WebAssembly memory in bytes (for diagnostics). */
  memoryBytes(): number;
}

/** Loads and instantiates the WebAssembly engine. */
export function createPith(options?: CreatePithOptions): Promise<Pith>;
