// Topics: lexicon phrases matched on word stems in order, any inflection, with up to two words
// between their content words ("garanțiile de securitate oferite" → security guarantees).

import type { Document, ExtractedTopic } from "../types.js";
import type { Compiled } from "./compile.js";
import { findIndexed } from "./match.js";
import type { TopicMention } from "./roles.js";

/** Words allowed between two content words of a topic phrase. */
const MAX_GAP = 2;

/** Finds the topic mentions of a document and the topics they name. */
export function findTopics(doc: Document, c: Compiled): { topics: ExtractedTopic[]; mentions: TopicMention[] } {
  const byKey = new Map<string, ExtractedTopic>();
  const mentions: TopicMention[] = [];
  for (const s of doc.sentences) {
    for (const hit of findIndexed(doc.tokens, s.tokenStart, s.tokenEnd, c.topics, "stem", MAX_GAP)) {
      const topic = hit.value;
      const start = doc.tokens[hit.start]!.start;
      const end = doc.tokens[hit.end - 1]!.end;
      let t = byKey.get(topic.id);
      if (!t) byKey.set(topic.id, (t = { key: topic.id, label: topic.label, mentions: [] }));
      t.mentions.push({ start, end, text: doc.text.slice(start, end), sentence: s.index });
      mentions.push({ key: topic.id, tokStart: hit.start, tokEnd: hit.end, sentence: s.index });
    }
  }
  return { topics: [...byKey.values()], mentions };
}
