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
  byline: string;
  /** ISO 8601 date or timestamp, or '' when unknown. */
  published: string;
  siteName: string;
  imageCredit: string;
  /** BCP 47 tag where known, else ''. */
  language: string;
  blocks: Block[];
  removed: Removed[];
  warnings: string[];
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
}

export interface ReadOptions {
  /** How to read the input; 'auto' (default) detects HTML. */
  format?: 'auto' | 'text' | 'html';
  /** 'smart' (default) makes straight quotes typographic, 'ascii' makes them straight, 'keep' leaves them. */
  quotes?: 'smart' | 'ascii' | 'keep';
}

export interface SummaryOptions {
  /** How many sentences, an integer 1–1000; default 3. */
  sentences?: number;
}

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
   * Bytes are decoded as UTF-8; invalid sequences become U+FFFD.
   * @throws TypeError for a wrong input type or option type; RangeError for an unknown option value.
   */
  read(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): Document;
  /**
   * Picks the most representative sentences of a Document, in document order.
   * @throws TypeError when `doc` is not a Document; RangeError when `sentences` is out of range.
   */
  summarize(doc: Document, options?: SummaryOptions): Summary;
  /** Version of the engine. */
  readonly version: string;
  /** Current size of the WebAssembly memory in bytes (for diagnostics). */
  memoryBytes(): number;
}

/** Loads and instantiates the WebAssembly engine. */
export function createPith(options?: CreatePithOptions): Promise<Pith>;
