// The text stage: Article → Document (normalised text, paragraphs, sentences, tokens, language),
// plus the language tools the extractor uses (fold, stem, Romanian base forms, dates).

import type { Article, ArticleMeta, Document, Lang } from "../types.js";
import { stripBoilerplate } from "./boilerplate.js";
import { detectLanguage } from "./language.js";
import { normalize } from "./normalize.js";
import { splitParagraphs, splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export { normalize, fold, foldSameLength, cleanControl } from "./normalize.js";
export { stem } from "./stem.js";
export { detectLanguage } from "./language.js";
export { baseForms, vowelRestored } from "./morphology.js";
export { findDates, parseIsoDate, type DateMention, type Tense } from "./dates.js";
export { DATE_WORDS, type DateWords } from "./date-words.js";
export { foldedWords, tokenize } from "./tokens.js";
export { splitParagraphs, splitSentences } from "./sentences.js";
export { stripBoilerplate } from "./boilerplate.js";

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /**
   * Language: `"ro"` / `"en"` force it; `"auto"` detects it from the text (ignoring `article.lang`);
   * absent: `article.lang` when set, else detected.
   */
  lang?: Lang | "auto";
}

/** Default options of `analyze`. */
export const DEFAULTS: Readonly<AnalyzeOptions> = Object.freeze({});
/** The same object under a name that does not clash in a library barrel. */
export const ANALYZE_DEFAULTS = DEFAULTS;

/** The article's metadata without its text, keys in a fixed order (deterministic output). */
function meta(article: Article): ArticleMeta {
  const out: ArticleMeta = { id: article.id, path: article.path };
  if (article.line !== undefined) out.line = article.line;
  if (article.title !== undefined) out.title = article.title;
  if (article.date !== undefined) out.date = article.date;
  if (article.lang !== undefined) out.lang = article.lang;
  if (article.source !== undefined) out.source = article.source;
  if (article.url !== undefined) out.url = article.url;
  return out;
}

/**
 * Normalises an article's text and cuts it into paragraphs, sentences and tokens.
 * Every span satisfies `document.text.slice(start, end) === span.text`. Never throws on any string.
 */
export function analyze(article: Article, options: AnalyzeOptions = DEFAULTS): Document {
  const text = stripBoilerplate(normalize(typeof article.text === "string" ? article.text : ""));
  const requested = options.lang ?? article.lang;
  const lang: Lang = requested === "ro" || requested === "en" ? requested : detectLanguage(text);
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text, lang);
  const sentences = splitSentences(text, paragraphs, tokens);
  return { article: meta(article), lang, text, paragraphs, sentences, tokens };
}
