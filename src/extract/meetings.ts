// Meetings as frames. A trigger word ("negocieri", "summit", "phone call") opens a frame in its
// sentence: the actors around it take part, a place after "la/în/in/at" is where, a date is when,
// the verb's mood and the cue words say whether it happened, and the topics of the sentence and
// paragraph are what it was about. A definite mention ("reuniunea", "the summit") with compatible
// place and sides joins the most salient meeting already seen; a sentence with no trigger but a
// participation cue ("ar urma să participe", "led by") adds its actors to the meeting in focus.

import { findDates, fold, type DateMention } from "../text/index.js";
import type {
  Document,
  ExtractedMeeting,
  ExtractedRelation,
  MeetingStatus,
  Modality,
  ParticipantRole,
  Sentence,
  Token,
} from "../types.js";
import { groupNounOf, isVerbal, type Compiled } from "./compile.js";
import { findCues, findIndexed, hasCue, type PhraseHit } from "./match.js";
import type { LexMeetingTrigger } from "../resources/schema.js";
import { SINGULAR_NOUNS } from "./groups.js";
import { originOnly, type RawMention } from "./mentions.js";
import { COUNT_WORDS, POSSESSIVE_S, isDayWord } from "./words.js";
import { analyzeSentence, inAttribution, negatedBefore, SAYING, type SentenceInfo, type StatusCue } from "./modality.js";
import { evidenceOf, type TopicMention } from "./roles.js";
import { slugify } from "./link.js";
import { COMPLEMENTIZERS, QUOTE_MARKS, DAY, DEFINITE_EN, INDEFINITE_ANY, RELATIVE_WORDS, SEPARATE, afterOpeningSource, afterPreposition, afterSince, afterTemporal, rightAfterSince, causeAfter, circumstanceStart, clauseBack, clauseEnd, clauseLimit, clauseStart, durationDays, judged, onTheSidelinesOf, openingSides, otherSubject, preparedBy, relativeClause, sameDay, separateFrom, singularVerb, spanOf } from "./clauses.js";

const ACTOR_KINDS = new Set(["person", "organization", "country", "group"]);
const DEFINITE_RO = /(ul|ului|lui|a|ea|le|lor|ilor|elor)$/;
const DEMONSTRATIVES_RO = new Set(["aceasta", "acest", "aceste", "acesti", "acestei", "acestui", "acestor"]);
/** From the vaguest to the most telling name of an encounter (the label uses the most telling). */
const TYPE_PRIORITY = ["meeting", "visit", "speech", "conference", "talks", "vote", "signing", "ceremony", "dinner", "negotiations", "summit", "call"];
/** Tokens on each side of a trigger that say whether it happened. */
const WINDOW = 10;

const QUOTES = new Set(["\"", "„", "“", "«", "'", "‘"]);

/** A participation cue not negated right before it ("who did not attend", "nu a participat"). */
function takesPart(doc: Document, s: Sentence, c: Compiled): boolean {
  return participationCue(doc, s, c) !== undefined;
}

function participationCue(doc: Document, s: Sentence, c: Compiled): PhraseHit<true> | undefined {
  return findCues(doc.tokens, s.tokenStart, s.tokenEnd, c.cues.participation).find(
    (hit) => !hasCue(doc.tokens, Math.max(s.tokenStart, hit.start - 3), hit.start, c.cues.negation),
  );
}

/**
 * Where the clause of a sentence's participation cue starts: "X stayed away, and Y sat alongside Costa"
 * adds Y, not X (a clause joined by ", and" / ", iar" / ";" is another's).
 */
function participationStart(doc: Document, s: Sentence, c: Compiled): number {
  const cue = participationCue(doc, s, c);
  if (!cue) return s.tokenStart;
  for (let i = cue.start - 1; i > s.tokenStart; i--) {
    const t = doc.tokens[i]!;
    if (t.text === ";" || (t.text === "," && CLAUSE_JOINS.has(doc.tokens[i + 1]?.fold ?? ""))) return i + 1;
  }
  return s.tokenStart;
}
const CLAUSE_JOINS = new Set(["and", "but", "while", "iar", "dar", "insa", "si"]);

/** What the meeting frames need from the rest of extraction. */
export interface MeetingContext {
  doc: Document;
  c: Compiled;
  mentions: RawMention[];
  topics: TopicMention[];
  infos: SentenceInfo[];
  /** Role relations (to read affiliations and to skip role targets). */
  roles: ExtractedRelation[];
  /** Token ranges that qualify a title: actors there do not take part. */
  zones: Array<[number, number]>;
  /** Entity key → label. */
  labels: Map<string, string>;
  /** Entity key → the roles the text gives it, lower case ("deputy special envoy"), even of no one named. */
  roleNames: Map<string, string[]>;
}

interface Participant {
  key: string;
  role: ParticipantRole;
  sentence: number;
  modality: Modality;
}

interface Frame {
  type: string;
  /** Every type the frame was named with (a "vizită" that is also a "discuție"). */
  types: Set<string>;
  trigger: string;
  sentences: number[];
  participants: Participant[];
  place?: string;
  placeSentence?: number;
  date?: string;
  statusCues: StatusCue[];
  tense: "past" | "future";
  topics: Map<string, number>;
  attribution?: string;
  /** Where a visit told in this frame goes ("vizita oficială la Paris"), even when a venue names the place. */
  visitPlace?: string;
  /** It goes to a place the text does not name ("o vizită la o fabrică"). */
  unnamedPlace?: boolean;
  /** It lasts several days ("two-day", "de două zile"), ending at its date when told as over, else starting at it. */
  span?: { days: number; ending: boolean };
  /** A definite mention said to be "separate from" what was just told: not the meeting of the sentence before. */
  apartFromLast?: boolean;
  /** A definite mention's place read in its whole clause after the trigger (its own place is read in its phrase only). */
  clausePlace?: string;
  /** Actors named right after the trigger with "cu"/"with" ("întâlnirea lui cu sindicatele"): its other side. */
  withKeys?: string[];
  /** How many times the text came back to it (salience for definite mentions). */
  weight: number;
  lastSentence: number;
}

/** Finds the meetings of a document and their participates_in, held_in and discusses links. */
export function findMeetings(ctx: MeetingContext): { meetings: ExtractedMeeting[]; relations: ExtractedRelation[] } {
  const { doc, c, infos } = ctx;
  const frames: Frame[] = [];
  let focus: Frame | undefined;

  for (const s of doc.sentences) {
    const info = infos[s.index]!;
    const triggers = mergeAdjacent(doc, findTriggers(doc, s, c, mentionsIn(ctx, s)));
    if (triggers.length === 0) {
      // A sentence that only adds participants or a status to the meeting in focus.
      if (!focus || s.index - focus.lastSentence > 3) continue;
      const participates = takesPart(doc, s, c) || hasCue(doc.tokens, s.tokenStart, s.tokenEnd, c.cues.lead);
      // "Protestul a fost suspendat": a sentence about something else named first calls nothing off
      // … and a quotation ("“The Baltic is no longer a side topic”") is an opinion, not news of the meeting
      const quoted = QUOTES.has(doc.tokens[s.tokenStart]?.text ?? "");
      // ("Firma a anulat-o cu o oră înainte": a participle with "it" after it calls off what was told, whoever the subject)
      const statusOnly = !quoted && (info.status.includes("unconfirmed") || (info.status.some((x) => x === "cancelled" || x === "postponed") && (cliticObject(doc, s) || (!otherSubject(doc, s) && !feminineSubject(ctx, s)))));
      if (participates) {
        addParticipants(ctx, focus, s, participationStart(doc, s, c), s.tokenEnd, info);
        addCounted(ctx, frames, focus, s, s.tokenStart, s.tokenEnd, info);
        focus.statusCues.push(...info.status);
        focus.lastSentence = s.index;
        focus.weight++;
        if (!focus.sentences.includes(s.index)) focus.sentences.push(s.index);
      } else if (statusOnly && doc.sentences[focus.lastSentence]!.paragraph >= s.paragraph - 1) {
        // ("AGUM propune o întâlnire cu Consiliul Județean. Consiliul Județean nu a comentat.": no comment on a proposal
        // leaves it proposed; what has been done or planned, silence leaves unconfirmed)
        const proposal = focus.statusCues.includes("proposed");
        focus.statusCues.push(...info.status.filter((x) => (x === "unconfirmed" && !proposal) || x === "cancelled" || x === "postponed"));
        focus.lastSentence = s.index;
      }
      continue;
    }
    let first: Frame | undefined;
    let previous: Frame | undefined;
    const subjectFrom = triggers.length ? speakerCut(ctx, s, triggers[0]!.start) : s.tokenStart;
    const quotes = quotations(doc, s);
    triggers.forEach((trig, k) => {
      // Each frame's clause: from the comma after the previous trigger ("Înaintea întâlnirii cu
      // americanii, ucrainenii s-au consultat …") or the trigger itself.
      const prev = triggers[k - 1];
      let from = k === 0 ? subjectFrom : clauseStart(doc, prev!.end, trig.start);
      // "Potrivit purtătorului de cuvânt, Mihnea Roșca, premierul a propus o reuniune": the source is no side
      const source = afterOpeningSource(doc, s);
      if (source <= trig.start) from = Math.max(from, source);
      // "Musyoka criticised the talks": who judges a meeting is no side of it
      if (judged(doc, trig.start)) from = trig.start;
      if (k > 0) {
        const cause = causeAfter(doc, prev!.end, trig.start);
        if (cause < trig.start) from = cause;
      }
      // "a trilateral summit of the United States, Russia and Ukraine": the trigger names its sides.
      // (a verb's object is not its sides: "called the Emir of Qatar")
      const ownSides = !isVerbal(trig.value.form) && namesItsSides(doc, trig.end);
      // ("The deal was reached in Bergen at talks between X and Y": the sides are the trigger's, the place may come before it)
      const placeFrom = from;
      // (… but who "took part in" or "attended" it still does: "X și Y au participat la summitul dintre UE și Moldova")
      if (ownSides && !hasCue(doc.tokens, from, trig.start, c.cues.participation)) from = trig.start;
      const next = triggers[k + 1];
      // ("X, cu Y, a fost amânată din cauza consultărilor …": a reason ends the clause, not the comma before it)
      const nextCause = next ? causeAfter(doc, trig.end, next.start) : s.tokenEnd;
      const natural = next ? (nextCause < next.start ? nextCause : clauseStart(doc, trig.end, next.start)) : s.tokenEnd;
      // "agreed in a phone call to postpone a meeting": a status verb right before the next trigger is that trigger's
      const to = Math.min(clauseLimit(doc, trig.end, natural, c), next ? nextTriggersCue(ctx, trig.end, next.start) : natural);
      if (to <= from) return;
      // Mood and status are read near the trigger (and back to the start of its clause), not across the whole sentence.
      // (a reason, "din cauza consultărilor …", starts a clause of its own: nothing before it is read)
      const cause = causeAfter(doc, s.tokenStart, trig.start);
      const clauseFrom = cause < trig.start ? cause : s.tokenStart;
      const back = Math.max(clauseBack(doc, from, trig.start), ...info.attributionTokens.filter(([, b]) => b <= trig.start).map(([, b]) => b));
      // ("… will not approve it, after a meeting with X on Friday": what the main clause says ahead is not the meeting's)
      const after = afterWordBefore(doc, trig.start, s.tokenStart);
      const near = analyzeSentence(doc, s, c, ctx.mentions, Math.max(clauseFrom, after, Math.min(back, trig.start - WINDOW)), to, trig.start);
      const frame = newFrame(trig, s, near);
      frame.statusCues.unshift(...afterRelative(ctx, s, to, natural, next ? next.start : s.tokenEnd));
      // "A visit to Tunis by X, initially expected in late April, has been pushed back to July": the main verb after an
      // aside that opens with "initially", "originally", "programată" … is this meeting's
      // (the clause may end at the aside's first comma or, when another trigger follows, at its closing one: "A meeting …,
      // scheduled for Monday, was called off after the administration said it would not negotiate"; after a meeting
      // noun, a relative clause may come first: "Ședința consiliului în care trebuia votată taxa, programată inițial
      // pe 22 ianuarie, a fost amânată")
      const nominal = !isVerbal(trig.value.form);
      const open = asideOpening(doc, trig.end, nominal ? Math.min(natural, trig.end + ASIDE_REACH) : to);
      if (open >= 0) {
        const close = commaAfter(doc, open + 1, s.tokenEnd);
        const after = triggers.find((x) => x.start > close)?.start ?? s.tokenEnd;
        if ((nominal || close >= to - 1) && close < s.tokenEnd) frame.statusCues.unshift(...mainVerbStatus(ctx, s, close + 1, after));
      }
      // "A signing ceremony for a memorandum between A, the state company that runs …, and B, which had been set for May 22,
      // was cancelled": the sentence's subject is the meeting, and its passive main verb, however far, says what became of it
      else if ((nominal || NOUN_DETERMINERS.has(doc.tokens[trig.start - 1]?.fold ?? "")) && k === 0 && trig.start - s.tokenStart <= 3) frame.statusCues.unshift(...passiveFate(ctx, s, trig.end, next ? next.start : s.tokenEnd));
      // "Lee proposed that the leaders … hold their next summit", "a propus ca … să se reunească".
      if (proposedBefore(doc, prev ? prev.end : s.tokenStart, trig.start)) {
        frame.statusCues.unshift("proposed");
        // ("Sina Leaupepe proposed that the alliance's ministers meet in Apia": who proposes it would take part)
        const verb = proposingVerb(doc, prev ? prev.end : s.tokenStart, trig.start);
        if (verb >= 0 && verb < from) addParticipants(ctx, frame, s, prev ? prev.end : s.tokenStart, verb, info);
      }
      // "reuniunea", "the talks": a meeting told before. Only what is attached to the trigger
      // ("summitul de la Haga", "the talks in Geneva") describes it; the rest of the sentence
      // ("La Moscova, Peskov a refuzat să comenteze mersul tratativelor") is about something else.
      const definite = isDefinite(doc, trig, c);
      for (const tp of ctx.topics) if (tp.sentence === s.index) frame.topics.set(tp.key, s.index);
      // ("the Czech delegation, which included executives of ČEZ, toured the plant": who is in the aside is told of the
      // subject, not a side of its own)
      const aside = asideBefore(doc, s.tokenStart, trig.start, mentionsIn(ctx, s));
      // (the clause then starts before the aside: "On Tuesday, the Czech delegation, which …, toured" dates the tour too)
      const subjectAt = aside && aside[0] < from ? Math.max(speakerCut(ctx, s, aside[0]), prev ? prev.end : s.tokenStart) : from;
      if (aside && subjectAt <= aside[0]) {
        addParticipants(ctx, frame, s, subjectAt, aside[0], info);
        addParticipants(ctx, frame, s, aside[1] + 1, to, info);
        // ("The IMF's policy-setting committee, the International Monetary and Financial Committee, meets": an aside that is
        // only a name names the subject)
        if (nameOnly(ctx, s, aside[0] + 1, aside[1])) addParticipants(ctx, frame, s, aside[0] + 1, aside[1], info);
      } else addParticipants(ctx, frame, s, from, to, info);
      // "In a phone call on Monday, Mendes told Brandt …": the speaker after the opening phrase took part, and whom they told.
      if (k === 0) for (const [a, b] of openingSides(doc, s, trig.start, to)) addParticipants(ctx, frame, s, a, b, info);
      // "a anunțat premierul X, la finalul unei întâlniri cu Y", "X said after a meeting with Y": who speaks of it met Y
      if (after >= 0 && !definite) {
        const speaker = [...mentionsIn(ctx, s)].reverse().find((m) => m.kind === "person" && m.key && m.tokEnd <= after && inAttribution(info, m.tokStart));
        if (speaker && !frame.participants.some((p) => p.key === speaker.key)) frame.participants.push({ key: speaker.key!, role: "member", sentence: s.index, modality: info.modality });
      }
      // "a joint technical committee that will meet in Arusha", "grupul de lucru care se va reuni": the body before the relative word meets
      const rel = doc.tokens[from - 1];
      if (rel && RESTRICTIVE.has(rel.fold)) {
        // (not one told something: "A resident told NRK that X had met Y" — "that" after the one told opens what is told)
        const before = ctx.mentions.find((m) => m.tokEnd === from - 1 && m.sentence === s.index && m.key && ACTOR_KINDS.has(m.kind));
        if (before && !TOLD.has(doc.tokens[before.tokStart - 1]?.fold ?? "")) addParticipants(ctx, frame, s, before.tokStart, before.tokEnd, info);
      }
      // "… Motegi and his counterpart Cho Hyun, who held talks on Wednesday": who is the phrase before the comma.
      if (RELATIVE_WORDS.has(doc.tokens[from]!.fold) && doc.tokens[from - 1]?.text === "," && from - 1 > s.tokenStart) {
        const relFrom = Math.max(prev ? prev.end : s.tokenStart, clauseStart(doc, Math.max(s.tokenStart, from - 16), from - 1));
        addParticipants(ctx, frame, s, relFrom === from - 1 ? Math.max(s.tokenStart, from - 16) : relFrom, from - 1, info);
      }
      addCounted(ctx, frames, frame, s, from, to, info);
      addSeries(doc, frames, frame, trig.start, s.index, info.modality);
      // "Moscova a primit … documente": receiving or hosting no one is no meeting.
      // ("hosted the meeting": the verb's object is a meeting noun merged into the trigger)
      const withNoun = trig.end - trig.start > trig.value.form.split(" ").length;
      if ((needsObject(trig.value.form) && !withNoun && !hasActorAfter(ctx, trig.end, to)) || !seesSomeone(ctx, trig.value.form, trig.end)) return;
      // "welcomed the decision", "va primi raportul": a person or group must be what is welcomed.
      if (WEAK_OBJECT_VERBS.test(fold(trig.value.form)) && !personObject(ctx, trig.end, to)) return;
      // "said it would not negotiate while …", "nu va negocia": a refusal to meet, no meeting
      if (isVerbal(trig.value.form) && refusedAhead(doc, trig.start, s.tokenStart)) return;
      // "… amid protests in Brussels": a place in the circumstances is not where the meeting is.
      // ("…, unde Țoiu urma să se întâlnească cu …, a fost anulată …": the relative clause ends at its comma)
      const wherePlace = whereAntecedent(ctx, from, trig.start);
      const placeTo = wherePlace ? commaAfter(doc, trig.end, circumstanceStart(doc, trig.end, to)) : circumstanceStart(doc, trig.end, to);
      const regionPlace = placeOf(ctx, s, ownSides ? placeFrom : from, placeTo, trig) ?? wherePlace;
      frame.place = definite ? placeOf(ctx, s, trig.start, nounPhraseEnd(ctx, trig.end, placeTo), trig) : regionPlace;
      // "In Monterrey, a meeting between the chamber and …": the place that opens the sentence, before its first trigger
      if (!definite && k === 0) frame.place ??= openingPlace(ctx, s, trig.start);
      // "Reuniunea grupului de lucru, anunțată pentru marți la Giurgiu, a fost anulată": a place of its own clause keeps it apart
      if (definite) frame.clausePlace = placeOf(ctx, s, trig.end, placeTo, trig);
      // "The talks took place at the Winder Building", "Discuțiile au avut loc la sediul …": where the meeting told before was held
      if (definite && !frame.place && frame.clausePlace && heldAt(doc, trig.end)) frame.place = frame.clausePlace;
      // "Întâlnirea de la Miami ar reprezenta un demers separat de acest proces": not what was just told
      if (definite) frame.apartFromLast = separateFrom(doc, trig.end, to);
      // A phone call or a video link happens nowhere in particular: only a venue it was made from counts.
      if (frame.place && remoteTrigger(doc, trig) && placeRank(ctx, frame.place) < 3) frame.place = undefined;
      if (frame.place) frame.placeSentence = s.index;
      if (frame.place && trig.value.type === "visit") frame.visitPlace = frame.place;
      frame.unnamedPlace = unnamedPlace(doc, trig.end, to);
      // "after the talks", "după discuții", "After Tuesday's meeting, …": a meeting told before that only dates something else
      const dating = definite && afterTemporal(doc, trig.start);
      // ("Ó Fathaigh told The Connacht Tribune after the meeting", "… told reporters after the talks that X would join": whom
      // a speaker tells, and whom the news is about, are no sides of the meeting told before; the speaker may be one)
      if (dating) keepSpeakerOnly(ctx, frame, s, from, to, info);
      // "had invited Merz to visit in January": what is proposed lies ahead, whatever the verb's tense
      // (not a meeting told before that only dates what is proposed: "After Tuesday's meeting, X said the farm had offered to …")
      const tense = near.status.includes("proposed") && !dating ? "future" : near.tense;
      // ("had been due to visit Canberra in November", told in October: the nearest November, not last year's)
      const localDates = (near.pastFuture || info.pastFuture ? cachedDates(doc, s) : datesOf(doc, s, tense)).map((d) => shift(d, s.start));
      // A date in the speaker's clause ("Miercuri, Trump a spus că …") dates the speech, not the meeting.
      // … and a date past the next trigger is that trigger's.
      // … and a date after "since" dates something else ("on her first trip since taking office last week")
      // … and a date inside a quotation the trigger is not in is the speaker's ("„… before 2030”, Gaweseb said after the meeting")
      const quotedApart = (at: number): boolean => quotes.some(([a, b]) => !(trig.start > a && trig.start < b) && at > doc.tokens[a]!.start && at < doc.tokens[b]!.start);
      // … and a meeting told before that only dates the main clause ("După conferință, X a propus, în martie, …") has only
      // the date told with it, before the comma
      const told = dating ? commaAfter(doc, trig.end, s.tokenEnd) : s.tokenEnd;
      const own = localDates.filter((d) => d.start >= doc.tokens[Math.min(subjectFrom, subjectAt)]!.start && (!next || d.start < doc.tokens[next.start]!.start) && d.start < (doc.tokens[told]?.start ?? Infinity) && !afterSince(doc, s, d.start) && !quotedApart(d.start));
      const dateArgs = [own, doc.tokens[trig.start]!.start, doc.tokens[Math.min(from, subjectAt)]!.start, doc.tokens[to - 1]!.end] as const;
      frame.date = dateOf(...dateArgs, !definite);
      // "have been meeting at the centre since Thursday": from that day to the article's
      if (doc.article.date && doc.tokens[trig.start - 1]?.fold === "been") {
        const since = localDates.find((d) => d.start > doc.tokens[trig.start]!.start && d.start < doc.tokens[to - 1]!.end && d.value.length === 10 && rightAfterSince(doc, s, d.start));
        if (since && since.value < doc.article.date) frame.date = `${since.value}/${doc.article.date}`;
      }
      // "Muzicienii au obținut miercuri promisiunea că salariile vor fi plătite până la sfârșitul lui martie, după o
      // întâlnire la Oradea": a meeting told after "după" / "after" ended the main clause's event, on its day (a deadline
      // of the clause between, a month long, is no day of the meeting)
      if (after >= 0 && (!frame.date || spanDays(frame.date) > 7)) {
        const before = localDates.filter((d) => d.end <= doc.tokens[after]!.start && spanDays(d.value) <= 7);
        frame.date = dateOf(before, doc.tokens[after]!.start, doc.tokens[s.tokenStart]!.start, doc.tokens[after]!.start) ?? frame.date;
      }
      // "the two-day meeting … ended on Sunday", "o vizită de două zile": a range of that many days
      // (applied when the meetings are written out: merging compares the day itself)
      const days = durationDays(doc, from, to);
      // ("arrived in Lima on Tuesday for a two-day visit", "a sosit marți pentru o vizită de două zile": it starts that day)
      if (days > 1) frame.span = { days, ending: near.tense === "past" && !near.status.includes("planned") && !arrivalBefore(doc, s.tokenStart, trig.end) };
      // "amânată pentru săptămâna viitoare", "postponed until February": a postponed meeting's new date.
      const moved = newDateAfterPostponed(ctx, s, trig.end, natural, own);
      if (moved) frame.date = moved;
      // "În aceeași zi, …", "later that day", "on the same day": the day of the meeting told before
      if (!frame.date && sameDay(doc, s.tokenStart, to)) frame.date = [...frames].reverse().find((f) => f.date?.length === 10)?.date;
      // "… i-a cerut ca România să voteze împotriva acordului": a vote or a hearing told by a verb is a body's session
      // ("Consiliul Local urmează să voteze joi …", "Comisia urmează să o audieze pe X"); a country's or a person's is none
      if (trig.value.body && !frame.participants.some((p) => p.key.startsWith("organization:"))) return;
      // ("Comisia de urbanism urmează să analizeze regulamentul": an assembly's session; not "the ministry will examine")
      if (trig.value.assembly && !frame.participants.some((p) => p.key.startsWith("organization:") && ASSEMBLY.test(fold(ctx.labels.get(p.key) ?? "")))) return;
      // A noun trigger after a preposition ("pentru discuții", "of discussions at …") or with no
      // sides of its own ("…, o discuție dominată de …") is the previous frame again.
      // "Ramaphosa hosted Modi and Lula for a meeting of the IBSA forum": the purpose of the frame before is that frame.
      const purpose = k > 0 && PURPOSE.has(doc.tokens[trig.start - 1]?.fold ?? "") || (k > 0 && INDEFINITE.has(doc.tokens[trig.start - 1]?.fold ?? "") && PURPOSE.has(doc.tokens[trig.start - 2]?.fold ?? ""));
      // "in a hotline call on Saturday, when Abdullah called his counterpart": one call told twice.
      const sameCall = frame.type === "call" && previous?.type === "call" && previous.sentences.includes(s.index) && (!frame.date || !previous.date || frame.date === previous.date);
      if (k > 0 && previous && sameCall) {
        mergeInto(previous, frame, ctx);
        return;
      }
      // ("preparations for the Ankara summit, due on July 7-8": a summit on another day is an event of its own)
      const ownEvent = frame.type === "summit" && previous?.type !== "summit" && !!frame.date && frame.date !== previous?.date;
      // ("amânată din cauza consultărilor de la Chișinău": the reason is another event, not the meeting again)
      const reason = cause < trig.start;
      if (k > 0 && previous && !ownEvent && !reason && (!ownSides || purpose) && !isVerbal(trig.value.form) && compatible(frame, previous) && (afterPreposition(doc, trig.start) || frame.participants.length === 0 || sameSides(ctx, frame, previous))) {
        previous.date = ongoingSpan(frame, previous) ?? previous.date;
        mergeInto(previous, frame, ctx);
        return;
      }
      // The subject of the sentence takes part in each of its frames ("Dan a avut o întâlnire cu X,
      // o întrevedere cu Y și o vizită la Z"), unless the trigger names its own sides or is a
      // meeting told before ("Lavrov și Rubio au vorbit pentru a pregăti summitul").
      // … unless the frame's clause has a subject of its own ("…, a day after Zelensky met envoys in Berlin").
      const ownSubject = startsIn(ctx, from, trig.start, (m) => ACTOR_KINDS.has(m.kind) && m.via !== "demonym");
      // (a trigger whose own sides name no actor, "a meeting of the joint council", takes the subject too)
      if (k > 0 && (!ownSides || frame.participants.length === 0) && !definite && !ownSubject) addParticipants(ctx, frame, s, subjectFrom, triggers[0]!.start, info);
      if (definite) frame.withKeys = [...withActors(ctx, trig.end, to), ...ownerActors(ctx, trig.end, to), ...restrictiveWith(ctx, trig.end, natural)];
      // "after the talks", "după discuții": the meeting told before (not one of this sentence) only dates something else here …
      if (dating) frame.statusCues = [];
      // … and that something else ("hosted Costa for a dinner after the talks") is not the meeting told before.
      const sequenced = triggers.slice(k + 1).some((later) => afterTemporal(doc, later.start));
      const earlier = dating ? frames.filter((f) => !f.sentences.includes(s.index)) : frames;
      // ("Documentul a fost semnat și de comisarul european", "The document was also signed by X": the signing told before)
      const alsoSigned = frame.type === "signing" && alsoBy(doc, trig.start, trig.end) ? [...frames].reverse().find((f) => f.type === "signing" && s.index - f.lastSentence <= 2) : undefined;
      const target = reason ? undefined : alsoSigned ?? (definite ? antecedent(earlier, frame, ctx) : sequenced ? undefined : sameMeeting(ctx, frames, frame));
      if (target) {
        // ("… negociază la București. Discuțiile, începute miercuri, continuau vineri": from the day they began)
        target.date = ongoingSpan(frame, target) ?? target.date;
        mergeInto(target, frame, ctx);
      }
      else {
        // "the meeting of socialist leaders in Madrid" told for the first time: its whole clause describes it.
        if (definite) {
          frame.place ??= regionPlace;
          frame.date ??= dateOf(...dateArgs);
          // "X și Y au convenit vineri, la Chișinău, să …, după negocieri între A și B": talks first told after "after"
          // end the main clause's event, on its day and at its place
          if (dating) {
            const before = localDates.filter((d) => d.end <= doc.tokens[trig.start]!.start);
            frame.date ??= dateOf(before, doc.tokens[trig.start]!.start, doc.tokens[s.tokenStart]!.start, doc.tokens[trig.start]!.start);
            frame.place ??= placeOf(ctx, s, s.tokenStart, trig.start, trig);
          }
        }
        // … and so does a relative clause right after it ("reuniunea X, pe care urma să o conducă la Washington pe
        // 15 aprilie, …", "A meeting between X and Y, which Malaysia had proposed for last Thursday in Kuala Lumpur, …");
        // its actors are the hosts of a first definite mention, or of a meeting named by no one ("… that Egypt had planned")
        const rel = isVerbal(trig.value.form) ? undefined : relativeClause(doc, trig.end, natural);
        if (rel && !aboutActor(ctx, rel, localDates)) {
          if (definite || frame.participants.length === 0) {
            addParticipants(ctx, frame, s, rel[0], rel[1], info);
            addCounted(ctx, frames, frame, s, rel[0], rel[1], info);
          }
          frame.place ??= placeOf(ctx, s, rel[0], rel[1], trig);
          frame.date ??= dateOf(localDates, doc.tokens[rel[0]]!.start, doc.tokens[rel[0]]!.start, doc.tokens[rel[1] - 1]!.end);
        }
        if (frame.place) frame.placeSentence = s.index;
        if (definite) {
          // "X și Y au convenit miercuri, la Belgrad, să … . Discuțiile, găzduite la Palatul Serbiei, …": the talks are the
          // event the sentence before told without naming it — its actors, day and place.
          const before = doc.sentences[s.index - 1];
          // (only a generic name — "Discuțiile", "The talks" — points back; "Conferința internațională …" introduces itself,
          // and so does a meeting named by its owner or sides: "Reuniunea grupului de lucru …")
          const opensSentence = k === 0 && trig.start - s.tokenStart <= 1 && GENERIC_TYPES.has(frame.type) && !frame.withKeys?.length;
          if (before && opensSentence && peopleIn(ctx, before) >= 2 && !frames.some((f) => f.sentences.includes(before.index))) {
            addParticipants(ctx, frame, before, before.tokenStart, before.tokenEnd, infos[before.index]!);
            frame.date ??= datesOf(doc, before, frame.tense).map((d) => shift(d, before.start))[0]?.value;
            frame.place ??= placeOf(ctx, before, before.tokenStart, before.tokenEnd, trig);
            frame.sentences.unshift(before.index);
          }
        }
        // "O altă rundă de negocieri, programată pentru 28 mai, a fost anulată", "Another round of talks …": with no sides of
        // its own, another round of talks is held by the sides of the talks told last
        if (frame.participants.length === 0 && GENERIC_TYPES.has(frame.type) && anotherRound(doc, trig.start)) {
          const last = [...frames].reverse().find((f) => GENERIC_TYPES.has(f.type) && f.participants.length > 0);
          if (last) frame.participants.push(...last.participants.map((p) => ({ ...p, sentence: s.index })));
        }
        frames.push(...splitFrame(ctx, frame, s, trig, to));
      }
      // ("la finalul vizitei, anunțând că va merge la Tbilisi pentru discuții": what only dates the sentence takes nothing after it)
      previous = dating && target ? undefined : target ?? frame;
      // The first frame of a sentence is its main clause: later sentences continue it.
      first ??= previous;
    });
    focus = first;
  }
  inheritVisitPlace(ctx, frames);
  leadRetold(ctx, frames);
  leadDate(ctx, frames);
  inheritOccasionPlace(ctx, frames);
  attachParagraphTopics(ctx, frames);
  return toMeetings(ctx, frames);
}

/** Noun triggers (by stem) and verb triggers (by exact word) of sentence `s` (whose mentions are `mentions`), in text order, without overlaps. */
const NOTHING = new Set(["nothing", "nimic"]);

function findTriggers(doc: Document, s: Sentence, c: Compiled, mentions: readonly RawMention[]): PhraseHit<LexMeetingTrigger>[] {
  // "the Hamnmagasinet conference centre", "Palatul Congreselor", "Consiliul European": a meeting word inside the name of a
  // place or an organisation names no meeting
  // (… unless someone attends it: "to attend the OSCE Ministerial Council" names its meeting)
  const hits = [
    ...findIndexed(doc.tokens, s.tokenStart, s.tokenEnd, c.verbTriggers, "fold", 1),
    ...findIndexed(doc.tokens, s.tokenStart, s.tokenEnd, c.triggers, "stem"),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  if (hits.length === 0) return [];
  const places = mentions.filter(
    (m) => (m.kind === "place" || m.kind === "organization") && m.tokEnd - m.tokStart > 1 &&
      !(m.kind === "organization" && hasCue(doc.tokens, Math.max(s.tokenStart, m.tokStart - 3), m.tokStart, c.cues.participation)),
  );
  const out: PhraseHit<LexMeetingTrigger>[] = [];
  for (const h of hits) {
    if (places.some((m) => h.start >= m.tokStart && h.end <= m.tokEnd)) continue;
    // "s-a discutat", "au discutat despre": a noun trigger's stem used as a verb is not a new meeting
    // ("had talks with", "had lunch with": after "have" a noun is what they had, and only a verb's form is skipped, "has talked")
    const had = c.lang === "en" && HAVE.has(doc.tokens[h.start - 1]?.fold ?? "") && !/(ed|ing)$/.test(doc.tokens[h.start]!.fold);
    // ("has been meeting every day since Monday", "is meeting": an English "-ing" after an auxiliary is the verb going on)
    const progressive = c.lang === "en" && /ing$/.test(doc.tokens[h.start]!.fold);
    if (!isVerbal(h.value.form) && AUXILIARIES[c.lang].has(doc.tokens[h.start - 1]?.fold ?? "") && !doc.tokens[h.start]!.upper && !had && !progressive) continue;
    // "called off", "called for", "called on": another verb
    // ("called the meeting off", "called them off": "off" after the object; not "called Eder on Monday")
    const objectOff = doc.tokens[h.end + 1]?.fold === "off" || (NOUN_DETERMINERS.has(doc.tokens[h.end]?.fold ?? "") && doc.tokens[h.end + 2]?.fold === "off");
    if (c.lang === "en" && PHRASAL.has(doc.tokens[h.start]!.fold) && (VERB_PARTICLES.has(doc.tokens[h.end]?.fold ?? "") || objectOff)) continue;
    // "nu a avut nicio întâlnire de acest fel", "had no record of any such meeting": a meeting denied or doubted is the one
    // told before, and the denial adds nothing to it (it would add the one who denies as a side)
    if (!isVerbal(h.value.form) && suchMeeting(doc, h.start, h.end)) continue;
    // "N-am văzut pe nimeni și nu discut așa ceva cu nimeni", "he had not met anyone": meeting nobody is no meeting
    if (doc.tokens.slice(h.end, h.end + 4).some((x) => NOBODY.has(x.fold) && x.sentence === s.index)) continue;
    // "a meeting called by the residents' group": called together, no phone call (not "called by phone")
    if (c.lang === "en" && doc.tokens[h.start]!.fold === "called" && doc.tokens[h.end]?.fold === "by" && !LINES.has(doc.tokens[h.end + 1]?.fold ?? "")) continue;
    // "one of the country's most visited attractions", "a much-visited site": a participle used as an adjective
    if (c.lang === "en" && isVerbal(h.value.form) && DEGREE_WORDS.has(doc.tokens[h.start - 1]?.fold ?? "")) continue;
    // "at a closing news conference", "conferința de presă": a conference for the press is no meeting of sides
    if (h.value.type === "conference" && pressConference(doc.tokens, h.start, h.end)) continue;
    // "does not yet meet our security requirements", "to meet basic needs": meeting a need or a target is no meeting
    if (c.lang === "en" && (MEET_VERBS.has(doc.tokens[h.start]!.fold) || MEET_VERBS.has(doc.tokens[h.end - 1]!.fold)) && metThing(doc.tokens, h.end, s.tokenEnd)) continue;
    // "would be met with force": a passive "met with" is no meeting
    if (c.lang === "en" && doc.tokens[h.start]!.fold === "met" && BE_FORMS.has(doc.tokens[h.start - 1]?.fold ?? "") && doc.tokens[h.start + 1]?.fold === "with") continue;
    // "o vizită, discutată în octombrie", "acordul negociat": a participle shares a noun trigger's stem.
    // ("ar fi discutat" is the verb itself, and so is a passive: "Dispoziția a fost discutată joi de X cu Y")
    if (c.lang === "ro" && !isVerbal(h.value.form) && PARTICIPLE_RO.test(doc.tokens[h.start]!.fold) && !PARTICIPLE_RO.test(fold(h.value.form.split(" ")[0]!)) && !RO_BE.has(doc.tokens[h.start - 1]?.fold ?? "")) continue;
    // "member states visited the border": a past verb shares the stem of a noun trigger's last word ("state visit")
    if (c.lang === "en" && !isVerbal(h.value.form) && /ed$/.test(doc.tokens[h.end - 1]!.fold) && !/ed$/.test(fold(h.value.form.split(" ").pop()!))) continue;
    // "negotiators", "negociatorul", "visitors": the people, not the meeting, share its stem.
    if (!isVerbal(h.value.form) && AGENT_NOUN.test(doc.tokens[h.start]!.fold) && !AGENT_NOUN.test(fold(h.value.form.split(" ")[0]!))) continue;
    // "… in Istanbul last week to prepare the phone call", "pentru a pregăti convorbirea premierilor": what a meeting
    // was for is a meeting told elsewhere, and the place and day of the sentence are not its own
    if (!isVerbal(h.value.form) && preparedBy(doc, h.start)) continue;
    // "prețul nu revine la nivelul din martie", "workers returned to work": coming back to a lower-case noun that names no
    // place is no visit (not "revine la sediul ministerului", "returned to the capital")
    // (… nor past a determiner, "would not return to the bloc"; "returned to the capital" is one)
    const returnedTo = doc.tokens[h.end]?.fold === "the" ? doc.tokens[h.end + 1] : doc.tokens[h.end];
    if (h.value.type === "visit" && RETURN_VERB.test(fold(h.value.form)) && lowerNonPlace(returnedTo, c) && !RETURN_PLACES.has(returnedTo?.fold ?? "")) continue;
    // "cine are banii": a function word that shares a noun trigger's stem ("cină") is none
    if (!isVerbal(h.value.form) && PRONOUNS.has(doc.tokens[h.start]!.fold)) continue;
    // "Zubcu nu a răspuns la telefon", "did not return calls": a call denied right before is none
    if (h.value.type === "call" && negatedBefore(doc.tokens, h.start, c)) continue;
    // "had signed nothing", "nu a semnat nimic": a signing of nothing is none
    if (h.value.type === "signing" && NOTHING.has(doc.tokens[h.end]?.fold ?? "")) continue;
    // "A visit to Assab by a joint technical team to inspect the port": an infinitive of purpose after a meeting's noun, in
    // its clause, is what that meeting is for, no meeting of its own
    const last = out[out.length - 1];
    if (c.lang === "en" && last && !isVerbal(last.value.form) && isVerbal(h.value.form) && doc.tokens[h.start]!.fold === "to" && !clauseBreakBetween(doc, last.end, h.start) && h.start - last.end <= 12) continue;
    if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  }
  // "Ședința extraordinară a Consiliului va analiza …": what an assembly does at a session named in its sentence is that
  // session, no other
  const named = out.some((h) => !h.value.assembly);
  // "On the sidelines of the summit, X held talks with Y": the summit is where the talks were held,
  // told before; the talks are the sentence's meeting (with no other trigger, the summit stays one)
  return out.filter((h, i) => !(named && h.value.assembly) && (i === out.length - 1 || !onTheSidelinesOf(doc, h.start)));
}

/** A comma, a semicolon or a form of "be" (a clause's own verb) between tokens `from` and `to`. */
function clauseBreakBetween(doc: Document, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.text === "," || doc.tokens[k]!.text === ";" || BE_FORMS.has(doc.tokens[k]!.fold)) return true;
  return false;
}

const AGENT_NOUN = /(tor|tors|toru\w*|tori\w*|toare\w*|ers|er)$/;
/** Words before a meeting's noun that make it one more of a series ("another", "a new", "o altă", "o nouă"). */
const ANOTHER = new Set(["another", "new", "next", "second", "third", "further", "fresh", "alta", "noua", "urmatoarea", "doua", "treia"]);

/** Whether a word of `ANOTHER` stands among the three words before `at` ("another round of", "o altă rundă de"). */
function anotherRound(doc: Document, at: number): boolean {
  return [at - 1, at - 2, at - 3].some((k) => k >= 0 && ANOTHER.has(doc.tokens[k]!.fold) && doc.tokens[k]!.sentence === doc.tokens[at]!.sentence);
}

/** Interrogative and relative pronouns ("cine", "who"). */
const PRONOUNS = new Set(["cine", "oricine", "cineva", "who", "whom"]);
/** Verbs of coming (back) ("return to", "revine la", "a revenit în", "vor veni la"). */
const RETURN_VERB = /\b(return|revin|reven|veni\b|venit\b|vina\b)/;
/** Lower-case nouns of a place one returns to ("returned to the capital", "back to the country"). */
const RETURN_PLACES = new Set(["capital", "country", "city", "town", "village", "region", "area", "island", "site", "scene", "venue", "ministry", "embassy", "office", "palace", "headquarters"]);
/** Words after "return to" / "revine la" that open a place: a determiner or a seat's noun ("the capital", "sediul"). */
const PLACE_OPENERS = new Set(["sediul", "sediului", "headquarters", "the", "a", "an", "his", "her", "their", "its"]);

/** A lower-case word that is no determiner and no place's or venue's noun ("nivelul", "work"). */
function lowerNonPlace(t: Token | undefined, c: Compiled): boolean {
  return !!t && t.type === "word" && !t.upper && !PLACE_OPENERS.has(t.fold) && !c.placeHeads.before.has(t.fold) && !c.placeHeads.described.has(t.fold);
}
const PARTICIPLE_RO = /(at|ata|ate|ati)$/;
const MEET_VERBS = new Set(["meet", "meets", "met", "meeting"]);

/** A passive "also by" at a verb trigger: "was also signed by", "a fost semnat și de". */
function alsoBy(doc: Document, start: number, end: number): boolean {
  const t = doc.tokens;
  if (t[end]?.fold === "si" && t[end + 1]?.fold === "de") return true;
  return t[start - 1]?.fold === "also" && BE_FORMS.has(t[start - 2]?.fold ?? "") && t[end]?.fold === "by";
}

/** "news conference", "a joint press conference", "conferință de presă", "conferinta de presa". */
function pressConference(t: Token[], start: number, end: number): boolean {
  if (t[end]?.fold === "de" && PRESS.has(t[end + 1]?.fold ?? "")) return true;
  return PRESS.has(t[start - 1]?.fold ?? "") || (PRESS.has(t[start - 2]?.fold ?? "") && !t[start - 1]!.upper);
}
const PRESS = new Set(["press", "news", "presa"]);
/** What one meets that is no one: "meet the requirements", "met its targets", "meeting basic needs". */
const MET_THINGS = new Set([
  "needs", "need", "requirements", "requirement", "demands", "demand", "targets", "target", "standards", "standard", "conditions", "condition",
  "criteria", "deadline", "deadlines", "expectations", "obligations", "goals", "goal", "costs", "cost", "commitments", "challenge", "challenges",
  "threshold", "thresholds", "terms", "benchmarks", "benchmark", "quota", "quotas", "payments", "payment", "bills", "shortfall", "objectives",
]);

/** A thing met, not a person, within the four lower-case words after a verb of meeting ("meet our security requirements"). */
function metThing(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (t[k]!.type !== "word" || t[k]!.upper) return false;
    if (MET_THINGS.has(t[k]!.fold)) return true;
  }
  return false;
}
const BE_FORMS = new Set(["be", "been", "being", "is", "are", "was", "were"]);

function mergeAdjacent(doc: Document, hits: PhraseHit<LexMeetingTrigger>[]): PhraseHit<LexMeetingTrigger>[] {
  const out: PhraseHit<LexMeetingTrigger>[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    // … but "a dinner after the talks" is two events
    if (prev && h.start - prev.end <= 2 && !afterTemporal(doc, h.start)) {
      // "așteptați la un dineu": one trigger, named by its most telling word
      const value = TYPE_PRIORITY.indexOf(h.value.type) > TYPE_PRIORITY.indexOf(prev.value.type) ? h.value : prev.value;
      out[out.length - 1] = { start: prev.start, end: h.end, value };
    } else if (!retoldInRelative(doc, prev, h)) out.push(h);
  }
  return out;
}

const NOUN_DETERMINERS = new Set(["the", "a", "an", "this"]);

/**
 * "The signing of an agreement …, which was to be signed in June, has been postponed": a verb of the same kind in a
 * relative clause after a meeting's noun tells that meeting again, no other one.
 */
function retoldInRelative(doc: Document, noun: PhraseHit<LexMeetingTrigger> | undefined, h: PhraseHit<LexMeetingTrigger>): boolean {
  // (… and so does what only a body holds, a vote or a hearing: "Ședința Consiliului Județean care trebuia să voteze
  // schema …" is the session)
  // (a verb of meeting in general retells any meeting's noun: "a joint summit …, which she said could be convened before
  // year-end")
  if (!noun || !isVerbal(h.value.form) || (noun.value.type !== h.value.type && !h.value.body && !(h.value.type === "meeting" && IN_PERSON.has(noun.value.type)))) return false;
  const t = doc.tokens;
  // (a noun: "the signing", "semnarea"; not "met … on the sidelines of the forum, which South Korea is hosting")
  const nominal = !isVerbal(noun.value.form) || NOUN_DETERMINERS.has(t[noun.start - 1]?.fold ?? "");
  if (!nominal && !h.value.body) return false;
  for (let k = h.start - 1; k > noun.end; k--) {
    if (t[k]!.text === "," || t[k]!.text === ";") return false;
    // (a restrictive clause needs no comma: "Ședința … care trebuia să voteze")
    if ((RELATIVE_WORDS.has(t[k]!.fold) || t[k]!.fold === "that") && (t[k - 1]?.text === "," || !!h.value.body)) return true;
  }
  return false;
}

/**
 * Date expressions of a sentence. A weekday or a month alone is read by the tense ("marți" in a
 * past sentence is the last Tuesday); a day of the month with no year ("pe 18 decembrie") is the
 * nearest such day, whatever the tense.
 *
 * They are remembered for the last document's sentences, by sentence index and tense (held for one
 * document at a time, like the token keys of match.ts: a WeakMap keyed by sentence cost a new entry
 * per sentence and its share of every garbage collection).
 */
const dateCache = { doc: undefined as Document | undefined, bySentence: [] as (Map<string, DateMention[]> | undefined)[] };

/** findDates of a sentence of `doc`, remembered per sentence and tense (frames of one sentence ask again and again). */
export function cachedDates(doc: Document, s: Sentence, tense?: "past" | "future"): DateMention[] {
  if (dateCache.doc !== doc) {
    dateCache.doc = doc;
    dateCache.bySentence = new Array<Map<string, DateMention[]> | undefined>(doc.sentences.length);
  }
  let perTense = dateCache.bySentence[s.index];
  if (!perTense) dateCache.bySentence[s.index] = perTense = new Map();
  const key = tense ?? "nearest";
  let dates = perTense.get(key);
  if (!dates) perTense.set(key, (dates = findDates(s.text, doc.lang, doc.article.date, tense)));
  return dates;
}

function datesOf(doc: Document, s: Sentence, tense: "past" | "future"): DateMention[] {
  const byTense = cachedDates(doc, s, tense);
  const nearest = cachedDates(doc, s);
  return byTense.map((d) => {
    const n = nearest.find((x) => x.start === d.start && x.end === d.end);
    return n && /\d/.test(d.text) && !/\d{4}/.test(d.text) ? n : d;
  });
}

/** The date a postponement cue anywhere in the frame's sentences moves it to ("…, initially expected in late April, has been pushed back to July"). */
function movedTo(ctx: MeetingContext, f: Frame): string | undefined {
  for (const i of f.sentences) {
    const s = ctx.doc.sentences[i]!;
    const dates = cachedDates(ctx.doc, s, "future").map((d) => shift(d, s.start));
    const moved = newDateAfterPostponed(ctx, s, s.tokenStart, s.tokenEnd, dates);
    if (moved) return moved;
  }
  return undefined;
}

function shift(d: DateMention, offset: number): DateMention {
  return { ...d, start: d.start + offset, end: d.end + offset };
}

function newFrame(trig: PhraseHit<LexMeetingTrigger>, s: Sentence, info: SentenceInfo): Frame {
  return {
    type: trig.value.type,
    types: new Set([trig.value.type]),
    trigger: trig.value.form,
    sentences: [s.index],
    participants: [],
    statusCues: [...info.status],
    tense: info.tense,
    topics: new Map(),
    ...(info.attribution ? { attribution: info.attribution } : {}),
    weight: 1,
    lastSentence: s.index,
  };
}

function inZone(ctx: MeetingContext, m: RawMention): boolean {
  return ctx.zones.some(([a, b]) => m.tokStart >= a && m.tokStart < b);
}

function inTopic(ctx: MeetingContext, m: RawMention): boolean {
  return ctx.topics.some((tp) => m.tokStart >= tp.tokStart && m.tokStart < tp.tokEnd);
}

function addParticipants(ctx: MeetingContext, frame: Frame, s: Sentence, from: number, to: number, info: SentenceInfo): void {
  const { doc, c } = ctx;
  const roleTargets = new Set(ctx.roles.filter((r) => r.evidence.sentence === s.index).map((r) => r.target));
  const leads = findCues(doc.tokens, s.tokenStart, s.tokenEnd, c.cues.lead);
  const hosts = findCues(doc.tokens, s.tokenStart, s.tokenEnd, c.cues.host);
  for (const m of mentionsIn(ctx, s)) {
    if (m.tokStart < from || m.tokStart >= to || !m.key) continue;
    // ("Reserve Bank officials": the bank takes part beside its people, as in "officials of the Reserve Bank")
    // ("a call from Macron", "sat across the table from X": a person after "from" is no place)
    const placeCued = m.afterPlaceCue && !(m.kind === "person" && doc.tokens[m.tokStart - 1]?.fold === "from");
    if (!ACTOR_KINDS.has(m.kind) || placeCued || m.inVenue || (m.inGroup && !(m.kind === "organization" && !m.kbId))) continue;
    // (people named by what they do may be a topic's word too: "farmers" of agriculture)
    if (inAttribution(info, m.tokStart) || inZone(ctx, m) || (inTopic(ctx, m) && !m.actorOnly)) continue;
    // "sanctions against Russia", "talks on Ukraine", "discuții despre Moldova": what is talked about
    if (ABOUT.has(doc.tokens[m.tokStart - 1]?.fold ?? "")) continue;
    // ("normalizarea relațiilor cu Kosovo", "ties with Beijing": whom relations are with is what is talked about)
    if (WITH.has(doc.tokens[m.tokStart - 1]?.fold ?? "") && RELATIONS.has(doc.tokens[m.tokStart - 2]?.fold ?? "")) continue;
    // "să se vadă separat, fără americani", "met without the Americans": who is left out takes no part
    const before = doc.tokens[m.tokStart - 1]?.fold === "the" ? doc.tokens[m.tokStart - 2] : doc.tokens[m.tokStart - 1];
    if (WITHOUT.has(before?.fold ?? "")) continue;
    if (roleTargets.has(m.key) && m.kind !== "person") continue;
    if (frame.participants.some((p) => p.key === m.key)) continue;
    let role: ParticipantRole = "member";
    if (leads.some((l) => m.tokStart >= l.end && m.tokStart <= l.end + 2)) role = "lead";
    else if (hosts.some((h) => m.tokEnd <= h.start && h.start - m.tokEnd <= 3)) role = "host";
    frame.participants.push({ key: m.key, role, sentence: s.index, modality: info.modality });
  }
}

const WITHOUT = new Set(["fara", "without"]);
const RELATIONS = new Set(["relatiilor", "relatiile", "relatii", "legaturile", "legaturilor", "relations", "ties", "relationship"]);
const ABOUT = new Set(["against", "about", "regarding", "concerning", "on", "over", "impotriva", "asupra", "despre", "privind", "referitor"]);

function placeOf(ctx: MeetingContext, s: Sentence, from: number, to: number, trig: PhraseHit<LexMeetingTrigger>): string | undefined {
  // "the Ankara summit", "the Geneva talks": an English city right before a noun trigger is where it is held
  const modifier = (m: RawMention): boolean => ctx.doc.lang === "en" && m.kind === "place" && m.tokEnd === trig.start && !isVerbal(trig.value.form);
  // ("The meeting, hosted by the Snagov Palace, ended": in an aside right after the trigger too)
  const hosted = (m: RawMention): boolean => m.tokStart > trig.end && m.tokStart - trig.end <= HOSTED_REACH && hostedBy(ctx.doc.tokens, m.tokStart);
  let candidates = mentionsIn(ctx, s).filter(
    (m) => m.key && !m.inGroup &&
      ((m.tokStart >= from && (m.tokStart < to || hosted(m)) && (m.afterPlaceCue || hosted(m)) && (m.kind === "place" || m.kind === "country" || (m.kind === "organization" && isBuilding(m, ctx.c))) && !originOnly(ctx.doc.tokens, m.tokStart, ctx.c)) || modifier(m)),
  );
  // "cu secretarul de stat X, din Ministerul Agriculturii": where a person comes from, told after the name, is no venue
  candidates = candidates.filter((m) => !originAfterPerson(ctx, m) && !heldIn(ctx, m));
  // ("at the North's mission to the United Nations in New York": a possessor is no venue when another place is told;
  // "in Niaga's community hall" is still in Niaga)
  const owners = candidates.filter((m) => ctx.doc.lang === "en" && POSSESSIVE_S.has(ctx.doc.tokens[m.tokEnd]?.text ?? ""));
  if (owners.length < candidates.length) candidates = candidates.filter((m) => !owners.includes(m));
  if (candidates.length === 0) return hostingCity(ctx, s, from, to);
  // "a memorandum on water resources in the Atacama region": an area inside what is talked about is no venue
  const area = (m: RawMention): boolean => placeRank(ctx, m.key!) <= 1 || ctx.c.regionWords.has(ctx.doc.tokens[m.tokEnd]?.fold ?? "");
  // (… and in Romanian a town told of a thing talked about, "despre capacitatea punctului de interconectare de la Isaccea")
  const t = ctx.doc.tokens;
  const attributive = (m: RawMention): boolean => ctx.doc.lang === "ro" && (t[m.tokStart - 1]?.fold === "din" || (t[m.tokStart - 1]?.fold === "la" && t[m.tokStart - 2]?.fold === "de"));
  candidates = candidates.filter((m) => !((area(m) || attributive(m)) && m.tokStart > trig.end && topicBetween(ctx.doc, trig.end, m.tokStart)));
  if (candidates.length === 0) return undefined;
  // "a delegation of Gulf Leaf Trading, one of the largest buyers of tea in the Middle East, in Dubai": a place inside an
  // aside that describes a participant is no venue when another place is told
  const outside = candidates.filter((m) => !inAsideAfterActor(ctx, s, m, trig.end));
  if (outside.length > 0) candidates = outside;
  // "ambasada SUA din Moscova": the embassy, not the city inside its description.
  candidates = candidates.filter((m) => !candidates.some((o) => o !== m && o.tokStart <= m.tokStart && o.tokEnd >= m.tokEnd && o.tokEnd - o.tokStart > m.tokEnd - m.tokStart));
  // "in the Quebec resort town of La Malbaie", "the Colombian Caribbean city of Santa Marta": the first name only qualifies the second.
  candidates = candidates.filter((m) => !candidates.some((o) => o.tokStart > m.tokEnd && qualifiesPlace(ctx.doc, ctx.c, m.tokEnd, o.tokStart)));
  // "vizita în India: … este așteptat la New Delhi": a city or venue says more than its country.
  candidates.sort((a, b) => Number(a.kind === "country") - Number(b.kind === "country") || placeRank(ctx, b.key!) - placeRank(ctx, a.key!) || Math.abs(a.tokStart - trig.start) - Math.abs(b.tokStart - trig.start));
  return candidates[0]!.key;
}

/**
 * "Muscat has offered to host a new round of talks", "Ankara will host the summit": a city that stands for its country
 * as the subject of hosting is where the meeting is held (it takes part as its country too).
 */
function hostingCity(ctx: MeetingContext, s: Sentence, from: number, to: number): string | undefined {
  const hosts = findCues(ctx.doc.tokens, s.tokenStart, s.tokenEnd, ctx.c.cues.host);
  const city = mentionsIn(ctx, s).find((m) => m.actorFor && m.kbId?.startsWith("place:") && m.tokStart >= from && m.tokStart < to && hosts.some((h) => m.tokEnd <= h.start && h.start - m.tokEnd <= 3));
  return city?.kbId;
}

/** Tokens after a trigger within which "hosted by X" places it. */
const HOSTED_REACH = 8;
/** "găzduită de Palatul Snagov", "hosted by the Vienna International Centre": what hosts it at `i` is where it is held. */
function hostedBy(t: Token[], i: number): boolean {
  const k = t[i - 1]?.fold === "the" ? i - 1 : i;
  return (t[k - 1]?.fold === "de" && /^gazduit[aei]?$/.test(t[k - 2]?.fold ?? "")) || (t[k - 1]?.fold === "by" && t[k - 2]?.fold === "hosted");
}

/** `m` stands in an aside between commas opened right after an actor's name, after the trigger's end at `after`. */
function inAsideAfterActor(ctx: MeetingContext, s: Sentence, m: RawMention, after: number): boolean {
  const t = ctx.doc.tokens;
  let open = m.tokStart - 1;
  while (open >= after && t[open]!.type !== "punct") open--;
  if (open < after || t[open]!.text !== ",") return false;
  let close = m.tokEnd;
  while (close < s.tokenEnd && t[close]!.type !== "punct") close++;
  if (t[close]?.text !== ",") return false;
  // (an apposition: ", one of the largest buyers …", ", a company which …", not ", originally set for … in Brussels,")
  return APPOSITION_OPENERS.has(t[open + 1]?.fold ?? "") && mentionsIn(ctx, s).some((p) => p.tokEnd === open && ACTOR_KINDS.has(p.kind) && !p.afterPlaceCue);
}
const APPOSITION_OPENERS = new Set(["one", "a", "an", "the", "which", "who", "whose", "unul", "una", "un", "o", "care", "cel", "cea"]);

/**
 * "… cu firma Bahlui Logistic, care a închiriat subsoluri din Tătărași, …": a relative clause right after an actor's name,
 * with no date in it, tells of that actor, not of the meeting ("…, which Malaysia had proposed for last Thursday in
 * Kuala Lumpur" dates the meeting).
 */
function aboutActor(ctx: MeetingContext, rel: [number, number], dates: DateMention[]): boolean {
  const t = ctx.doc.tokens;
  const comma = t[rel[0] - 2]?.text === "," ? rel[0] - 2 : -1;
  if (comma < 0 || !ctx.mentions.some((m) => m.tokEnd === comma && ACTOR_KINDS.has(m.kind))) return false;
  const [from, to] = [t[rel[0]]!.start, t[rel[1] - 1]!.end];
  return !dates.some((d) => d.start >= from && d.start < to);
}

/**
 * The sides of a meeting told before that only dates what its sentence says ("X told The Connacht Tribune after the
 * meeting that Y would join"): the clause without the one told ("told X") and without what is told (after "that" / "că").
 */
function keepSpeakerOnly(ctx: MeetingContext, frame: Frame, s: Sentence, from: number, to: number, info: SentenceInfo): void {
  const t = ctx.doc.tokens;
  let said = -1;
  let end = to;
  for (let k = from; k < to; k++) {
    if (said < 0 && SAYING.has(t[k]!.fold)) said = k;
    else if (said >= 0 && (t[k]!.fold === "that" || t[k]!.fold === "ca")) {
      end = k;
      break;
    }
  }
  const told = said >= 0 && TOLD.has(t[said]!.fold) ? said : -1;
  const skip = DEFINITE_EN.has(t[told + 1]?.fold ?? "") ? told + 2 : told + 1;
  const addressee = told < 0 ? undefined : mentionsIn(ctx, s).find((m) => m.tokStart === skip);
  // (the one told is a side when told to do something: "Diri told Deltaridge on Saturday to pay …, after talks")
  const ordered = !!addressee && t.slice(addressee.tokEnd, Math.min(to, addressee.tokEnd + 4)).some((w) => w.fold === "to");
  if ((!addressee || ordered) && end === to) return;
  frame.participants = [];
  if (!addressee || ordered) return addParticipants(ctx, frame, s, from, end, info);
  addParticipants(ctx, frame, s, from, told, info);
  addParticipants(ctx, frame, s, addressee.tokEnd, end, info);
}

/** A Romanian participle with "it" after it in `s`: "a anulat-o", "au amânat-o", "a suspendat-o". */
function cliticObject(doc: Document, s: Sentence): boolean {
  if (doc.lang !== "ro") return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (/^\p{L}+t-[ol]$/u.test(doc.tokens[k]!.fold)) return true;
  return false;
}

/**
 * "Stația, care …, a fost oprită": a Romanian sentence opening with a feminine noun and its article (no name) is about
 * that thing, not the meeting told before ("Ședința", "Reuniunea" are triggers and never get here).
 */
function feminineSubject(ctx: MeetingContext, s: Sentence): boolean {
  const first = ctx.doc.tokens[s.tokenStart];
  if (ctx.doc.lang !== "ro" || !first || first.type !== "word" || !first.upper || first.fold.length < 5 || !/[^u]a$/.test(first.fold)) return false;
  return !mentionsIn(ctx, s).some((m) => m.tokStart === s.tokenStart) && !PRONOUNS_FEMININE.has(first.fold);
}
const PRONOUNS_FEMININE = new Set(["aceasta", "aceea", "aceeasi", "fiecare", "niciuna"]);

/** "would not" / "will not" / "won't" / "nu va" / "nu vor" right before the verb at `at`: a refusal ahead. */
function refusedAhead(doc: Document, at: number, sentenceStart: number): boolean {
  const w = (k: number): string => (k >= sentenceStart ? doc.tokens[k]?.fold ?? "" : "");
  const [a, b] = [w(at - 2), w(at - 1)];
  // (a Romanian trigger may hold its auxiliary: "nu | va negocia")
  const aux = (x: string): boolean => x === "va" || x === "vor" || x === "ar";
  return (MODALS_AHEAD.has(a) && b === "not") || b === "won't" || b === "wouldn't" || (a === "nu" && aux(b)) || (b === "nu" && aux(w(at)));
}
const MODALS_AHEAD = new Set(["would", "will", "could"]);

/** "secretarul de stat în Ministerul Culturii", "a state secretary at the ministry": the body a title is held in, no venue. */
function heldIn(ctx: MeetingContext, m: RawMention): boolean {
  const t = ctx.doc.tokens;
  const cue = t[m.tokStart - 1]?.fold ?? "";
  const before = t[m.tokStart - 2];
  // (a body only: "the prime minister in Lima" is where someone meets him; "vizita de stat în România" is a visit)
  const secretaryOfState = before?.fold === "stat" && t[m.tokStart - 3]?.fold === "de" && /^secretar/.test(t[m.tokStart - 4]?.fold ?? "");
  return m.kind === "organization" && (cue === "in" || cue === "din" || cue === "at") && !!before && before.type === "word" && !before.upper && (ctx.c.titleWords.has(before.fold) || secretaryOfState);
}

/** `m` follows "X, din" / "X, de la" / "X, from" where X is a person's name: where X comes from. */
function originAfterPerson(ctx: MeetingContext, m: RawMention): boolean {
  const t = ctx.doc.tokens;
  let k = m.tokStart - 1;
  if (t[k]?.fold === "la" && t[k - 1]?.fold === "de") k--;
  else if (t[k]?.fold !== "din" && t[k]?.fold !== "from") return false;
  // (… or after an organisation's name: "furnizorului italian Sementi Padane, din Vercelli")
  return t[k - 1]?.text === "," && mentionsIn(ctx, ctx.doc.sentences[m.sentence]!).some((p) => p.tokEnd === k - 1 && (p.kind === "person" || p.kind === "organization"));
}

/** A frame told as several meetings ("separate talks with X and Y", "cu X la A și cu Y la B") is one frame each. */
function splitFrame(ctx: MeetingContext, frame: Frame, s: Sentence, trig: PhraseHit<LexMeetingTrigger>, to: number): Frame[] {
  return separateOnes(ctx, frame, s, trig, to) ?? coordinatedOnes(ctx, frame, s, trig, to) ?? [frame];
}

/** A copy of `frame` with other participants (and maybe another place), sharing nothing mutable with it. */
function copyFrame(frame: Frame, participants: Participant[], place = frame.place): Frame {
  return { ...frame, place, participants, types: new Set(frame.types), topics: new Map(frame.topics), statusCues: [...frame.statusCues], sentences: [...frame.sentences] };
}

/** How many people are named in sentence `s`. */
function peopleIn(ctx: MeetingContext, s: Sentence): number {
  return new Set(mentionsIn(ctx, s).filter((m) => m.kind === "person" && m.key).map((m) => m.key)).size;
}

/**
 * "a avut convorbiri telefonice separate cu X și Y", "held separate talks with X and Y": one meeting
 * with each person named after the trigger, each with the people named before it.
 */
function separateOnes(ctx: MeetingContext, frame: Frame, s: Sentence, trig: PhraseHit<LexMeetingTrigger>, to: number): Frame[] | undefined {
  const t = ctx.doc.tokens;
  // next to the trigger or inside it ("held separate talks")
  const near = t.slice(Math.max(0, trig.start - 1), trig.end + 2);
  if (!near.some((x) => SEPARATE.has(x.fold))) return undefined;
  const after = new Set(
    mentionsIn(ctx, s).filter((m) => m.tokStart >= trig.end && m.tokStart < to && m.kind === "person" && m.key).map((m) => m.key!),
  );
  const others = frame.participants.filter((p) => after.has(p.key));
  if (others.length < 2) return undefined;
  const own = frame.participants.filter((p) => !after.has(p.key) && p.key.startsWith("person:"));
  return others.map((other) => copyFrame(frame, [...own, other]));
}
/**
 * "au avut discuții cu Berri, la reședința acestuia, și cu premierul Salam, la Marele Serai": each
 * "cu"/"with" with a place of its own is a meeting of its own, with the people named before the trigger.
 */
function coordinatedOnes(ctx: MeetingContext, frame: Frame, s: Sentence, trig: PhraseHit<LexMeetingTrigger>, to: number): Frame[] | undefined {
  const t = ctx.doc.tokens;
  const starts: number[] = [];
  for (let k = trig.end; k < to; k++) {
    if (!WITH.has(t[k]!.fold)) continue;
    const prev = t[k - 1]?.fold ?? "";
    if (k === trig.end || (starts.length > 0 && (prev === "si" || prev === "and"))) starts.push(k);
  }
  if (starts.length < 2) return undefined;
  const groups = starts.map((from, g) => {
    const end = starts[g + 1] ?? to;
    const keys = new Set(mentionsIn(ctx, s).filter((m) => m.tokStart > from && m.tokStart < end && m.key).map((m) => m.key!));
    return { keys, place: placeOf(ctx, s, from, end, trig) };
  });
  const places = new Set(groups.map((g) => g.place));
  if (groups.some((g) => !g.place) || places.size < groups.length) return undefined;
  const inGroups = new Set(groups.flatMap((g) => [...g.keys]));
  const own = frame.participants.filter((p) => !inGroups.has(p.key));
  return groups.map((g) => copyFrame(frame, [...own, ...frame.participants.filter((p) => g.keys.has(p.key))], g.place));
}

/** Tokens `[from, to)` are "<lower-case words> <place head> of" ("resort town of", "port city of"). */
function qualifiesPlace(doc: Document, c: Compiled, from: number, to: number): boolean {
  const between = doc.tokens.slice(from, to);
  if (between.length < 2 || between.length > 4 || between.some((t) => t.type !== "word" || t.upper)) return false;
  return (between[between.length - 1]!.fold === "of" || between[between.length - 1]!.fold === "de") && c.placeHeads.qualifying.has(between[between.length - 2]!.fold);
}

/** Institutions named by their building: "la Prefectura Suceava", "at the Foreign Ministry", "la Primăria Clujului".
 * A Romanian head comes first ("Prefectura Suceava"), an English one anywhere ("the Foreign Ministry", "Town Hall"). */
function isBuilding(m: RawMention, c: Compiled): boolean {
  const words = fold(m.label ?? m.text).split(/\s+/);
  return c.placeHeads.buildingFirst.has(words[0]!) || words.some((w) => c.placeHeads.buildingAnywhere.has(w));
}

/** The date nearest the trigger in its clause, else (when `fallback`) anywhere in the sentence. */
function dateOf(dates: DateMention[], at: number, from: number, to: number, fallback = true): string | undefined {
  const inRegion = dates.filter((d) => d.start >= from && d.end <= to);
  let pool = inRegion.length || !fallback ? inRegion : dates;
  // A meeting lasts days, not years: a day or a week beats "from 2027" when both are there.
  const short = pool.filter((d) => spanDays(d.value) <= 7);
  if (short.length) pool = short;
  if (pool.length === 0) return undefined;
  return [...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!.value;
}

function spanDays(value: string): number {
  const [a, b = a] = value.split("/");
  return (Date.parse(b!) - Date.parse(a!)) / 86_400_000;
}

function isDefinite(doc: Document, trig: PhraseHit<LexMeetingTrigger>, c: Compiled): boolean {
  const first = doc.tokens[trig.start]!;
  // Only a noun can be definite ("reuniunea", "the summit"); verbal triggers ("să se vadă") are not.
  if (trig.value.form.includes(" ") && c.lang === "ro") return false;
  if (first.fold.length <= 3) return false;
  // "a declarat după discuții", "said after talks": a meeting after a preposition of time was told before
  // (… or after a length of time: "după două ore de discuții", "after ten hours of talks")
  if (!isVerbal(trig.value.form) && afterTemporal(doc, trig.start)) return true;
  // "o nouă rundă", "a new round", "another meeting": an indefinite article one adjective back.
  const before = [doc.tokens[trig.start - 1]?.fold ?? "", doc.tokens[trig.start - 2]?.fold ?? ""];
  if (before.some((w) => INDEFINITE_ANY[c.lang].has(w))) return false;
  // "the summit", "the two-day meeting" (one adjective between, unless it makes it another: "the next round").
  // ("At Monday's meeting", "last week's talks": a day's meeting is one told before)
  const dayBefore = doc.tokens[trig.start - 2];
  const daysOwn = (before[0] === "'s" || before[0] === "’s") && !!dayBefore && (isDayWord(dayBefore, "en") || before[1] === "week" || before[1] === "weekend");
  if (c.lang === "en") return daysOwn || DEFINITE_EN.has(before[0]!) || (DEFINITE_EN.has(before[1]!) && !doc.tokens[trig.start - 1]!.upper && !NEW_ONE.has(before[0]!));
  if (first.upper && trig.start === doc.sentences[first.sentence]!.tokenStart && DEFINITE_RO.test(first.fold)) return true;
  // "Această întâlnire", "aceste discuții": a demonstrative points back as the article does
  if (DEMONSTRATIVES_RO.has(before[0]!)) return true;
  if (["o", "un", "unei", "unui", "niste", "doua"].includes(before[0]!)) return false;
  // "La discuții sunt așteptați …", "după întâlnire": Romanian drops the article after these prepositions.
  if (RO_ARTICLE_DROPPING.has(before[0]!) && (trig.start - 1 === doc.sentences[first.sentence]!.tokenStart || doc.tokens[trig.start - 2]?.type === "punct")) return true;
  const word = first.text.toLowerCase().split("-")[0]!;
  // "rundă" is indefinite, "runda" definite: the fold loses the difference, the text keeps it.
  if (word.endsWith("ă")) return false;
  // "întâlnirii", "vizitei": the definite genitive; "discuții" (from "-ție") is an indefinite plural.
  if (/ei$/.test(first.fold)) return true;
  if (/[^t]ii$/.test(first.fold)) return true;
  return DEFINITE_RO.test(fold(word));
}

const RO_ARTICLE_DROPPING = new Set(["la", "dupa"]);
/** Words of an assembly's name, folded: councils, committees, assemblies, parliaments, boards. */
const ASSEMBLY = /\b(consiliu\w*|comisi\w*|comitet\w*|council|committee|commission|assembly|adunar\w*|parliament|parlament\w*|senat\w*|senate|camer\w*|chamber|board|congress|congres\w*)\b/;
/** Words before a meeting's noun that deny or doubt the one told before: "nicio întâlnire", "vreo întâlnire". */
const SUCH_BEFORE = new Set(["nicio", "niciun", "vreo", "vreun"]);

/** "nicio întâlnire", "o astfel de întâlnire", "any such meeting", "no such talks", "a meeting of this kind". */
function suchMeeting(doc: Document, start: number, end: number): boolean {
  const before = [doc.tokens[start - 1]?.fold ?? "", doc.tokens[start - 2]?.fold ?? ""];
  const after = doc.tokens.slice(end, end + 3).map((x) => x.fold).join(" ");
  return SUCH_BEFORE.has(before[0]!) || (before[0] === "de" && before[1] === "astfel") || (before[0] === "such" && (before[1] === "any" || before[1] === "no")) || /^(de acest fel|of this kind|of that kind|of the kind)/.test(after);
}
/** Adjectives after "the" that introduce another meeting: "the next round", "the first meeting". */
const NEW_ONE = new Set(["first", "next", "new", "second", "third", "fourth", "upcoming", "planned", "proposed", "possible", "future", "following", "last", "latest", "previous", "separate", "bilateral", "trilateral", "joint", "closing", "opening", "annual", "informal", "emergency", "extraordinary", "same"]);
/** Names of an encounter that say nothing of its kind: "the talks" may be the meeting told before. */
const GENERIC_TYPES = new Set(["meeting", "talks", "negotiations"]);

/** The countries each side belongs to, for comparing who meets whom. */
function sides(ctx: MeetingContext, frame: Frame): Set<string> {
  const out = new Set<string>();
  for (const p of frame.participants) for (const k of affiliation(ctx, p.key)) out.add(k);
  return out;
}

const affiliations = new WeakMap<MeetingContext, Map<string, readonly string[]>>();

/** The countries of an actor (remembered per document: `sides` asks for each participant of each frame it compares). */
function affiliation(ctx: MeetingContext, key: string): readonly string[] {
  let known = affiliations.get(ctx);
  if (!known) affiliations.set(ctx, (known = new Map()));
  let countries = known.get(key);
  if (!countries) known.set(key, (countries = affiliationOf(ctx, key)));
  return countries;
}

function affiliationOf(ctx: MeetingContext, key: string): string[] {
  if (key.startsWith("country:")) return [key];
  const m = ctx.mentions.find((x) => x.key === key && x.country);
  if (m?.country) return [m.country];
  const fromText = ctx.roles.filter((r) => r.source === key && r.target.startsWith("country:")).map((r) => r.target);
  const entry = ctx.c.kb.get(key);
  const fromKb = [...(entry?.roles ?? []).map((r) => r.of), ...(entry?.country ? [entry.country] : [])].filter((k) => k.startsWith("country:"));
  return [...new Set([...fromText, ...fromKb])];
}

function antecedent(frames: Frame[], frame: Frame, ctx: MeetingContext): Frame | undefined {
  const mine = sides(ctx, frame);
  const people = frame.participants.filter((p) => p.key.startsWith("person:")).map((p) => p.key);
  let best: Frame | undefined;
  let bestScore = -Infinity;
  // "întâlnirea lui cu sindicatele", "the meeting with the unions": a side the meeting told before lacks is another meeting.
  const newSide = (f: Frame): boolean => !!frame.withKeys?.some((k) => !f.participants.some((p) => p.key === k));
  // "şi-a anulat deplasarea la Constanţa": what happened cannot be called off afterwards; that is another meeting.
  const calledOff = frame.statusCues.includes("cancelled") || frame.statusCues.includes("postponed");
  const articleDate = ctx.doc.article.date;
  const future = !!frame.date && !!articleDate && frame.date.slice(0, 10) > articleDate;
  for (const f of frames) {
    if (!compatible(frame, f) || newSide(f)) continue;
    if (frame.apartFromLast && f.lastSentence === frame.sentences[0]! - 1) continue;
    if (calledOff && cueStatus(f) === "happened") continue;
    // "… obiectivul de a încheia negocierile în 2027": what is dated after the article is no meeting that happened
    if (future && cueStatus(f) === "happened") continue;
    // "the signing", "the dinner": a specific kind of event refers back only to one of its kind.
    if (SPECIFIC.has(frame.type) && !f.types.has(frame.type)) continue;
    if (otherPlace(ctx, frame, f)) continue;
    if (frame.date && f.date && frame.date !== f.date && !stillGoing(frame, f)) continue;
    const theirs = sides(ctx, f);
    if (mine.size && theirs.size && ![...mine].every((k) => theirs.has(k)) && ![...theirs].every((k) => mine.has(k))) continue;
    const sameSides = mine.size > 0 && mine.size === theirs.size && [...mine].every((k) => theirs.has(k));
    // "Nica a declarat după discuții …": the talks its people took part in
    const hasItsPeople = people.length > 0 && people.every((k) => f.participants.some((p) => p.key === k));
    const score =
      Math.min(f.weight, 3) * 2 + f.lastSentence / 100 + ([...frame.types].some((t) => f.types.has(t) || (GENERIC_TYPES.has(t) && [...f.types].some((u) => GENERIC_TYPES.has(u)))) ? 5 : 0) + (sameSides ? 6 : 0) + (hasItsPeople ? 8 : 0) +
      // "X ar fi discutat la telefon cu Y, însă … nu a confirmat convorbirea": the event of the same sentence
      (f.sentences.includes(frame.sentences[0]!) ? 8 : 0) +
      // "… s-ar fi întâlnit cu X. Sârbu nu a confirmat întâlnirea.": the meeting of the sentence just before
      (frame.sentences[0]! - f.lastSentence === 1 ? 6 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  if (best) return best;
  // "Reuniunea este găzduită de Rutte …" right after the summit: the meeting just talked about,
  // even when the new sentence names other sides.
  const last = frames[frames.length - 1];
  const recent = last && frame.sentences[0]! - last.lastSentence <= 2;
  const otherDay = !!frame.date && !!last?.date && frame.date !== last.date;
  if (recent && !otherDay && compatible(frame, last) && !newSide(last) && !((calledOff || future) && cueStatus(last) === "happened") && !(SPECIFIC.has(frame.type) && !last.types.has(frame.type)) && !otherPlace(ctx, frame, last)) return last;
  return undefined;
}

/** `frame` began on an earlier day and is still going on `f`'s day ("Discuțiile, începute miercuri, continuau vineri"). */
function stillGoing(frame: Frame, f: Frame): boolean {
  return !!ongoingSpan(frame, f) && frame.date! < f.date!;
}

/**
 * The days of talks told as going on over two days, the one of `frame` (ongoing) and the one of `f`, in order:
 * "Discuțiile, începute miercuri, continuau vineri", "s-a reunit miercuri …, iar discuțiile continuau joi".
 */
function ongoingSpan(frame: Frame, f: Frame): string | undefined {
  if (cueStatus(frame) !== "ongoing" || frame.date?.length !== 10 || f.date?.length !== 10 || frame.date === f.date) return undefined;
  return frame.date < f.date ? `${frame.date}/${f.date}` : `${f.date}/${frame.date}`;
}

/** The definite mention names (in its phrase or its clause) a place apart from the one of the meeting `f`. */
function otherPlace(ctx: MeetingContext, frame: Frame, f: Frame): boolean {
  const apart = (p: string | undefined): boolean => !!p && !!f.place && p !== f.place && !nested(ctx, p, f.place);
  return apart(frame.place) || apart(frame.clausePlace);
}

function mergeInto(target: Frame, frame: Frame, ctx: MeetingContext): void {
  for (const p of frame.participants) if (!target.participants.some((q) => q.key === p.key)) target.participants.push(p);
  if (frame.place && target.place && placeRank(ctx, frame.place) > placeRank(ctx, target.place)) target.place = frame.place;
  target.place ??= frame.place;
  if (target.placeSentence === undefined && frame.placeSentence !== undefined) target.placeSentence = frame.placeSentence;
  target.date ??= frame.date;
  target.span ??= frame.span;
  target.visitPlace ??= frame.visitPlace;
  target.statusCues.push(...frame.statusCues);
  for (const [k, v] of frame.topics) if (!target.topics.has(k)) target.topics.set(k, v);
  target.attribution ??= frame.attribution;
  for (const s of frame.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
  for (const t of frame.types) target.types.add(t);
  if (TYPE_PRIORITY.indexOf(frame.type) > TYPE_PRIORITY.indexOf(target.type)) target.type = frame.type;
  target.weight++;
  target.lastSentence = Math.max(target.lastSentence, frame.lastSentence);
}

/**
 * Meetings held during a visit: "Dan a făcut marți o vizită la Paris … Dan a mai avut marți o
 * întâlnire cu X" — a meeting with no place of its own, on the visit's day, with the visitor, is
 * in the city visited.
 */
function inheritVisitPlace(ctx: MeetingContext, frames: Frame[]): void {
  const visits = frames.filter((f) => f.visitPlace && f.date && f.date.length === 10);
  for (const f of frames) {
    if (f.place || f.unnamedPlace || !f.date) continue;
    // (on one of its days when it lasts several: "arrived on Tuesday for a two-day visit … met X on Wednesday")
    const onItsDays = (v: Frame): boolean => v.date === f.date || (!!v.span && f.date!.length === 10 && within(f.date!, spanOf(v.date!, v.span.days, v.span.ending)));
    const visit = visits.find(
      (v) => v !== f && onItsDays(v) && cueStatus(v) === cueStatus(f) &&
        v.participants.some((p) => p.key.startsWith("person:") && f.participants.some((q) => q.key === p.key)),
    );
    if (visit) f.place = visit.visitPlace;
  }
}

/**
 * "Ecuador and Colombia agreed on Wednesday to lift … ." then "Robalino and Canchala met for four hours at …": a news
 * lead tells the day of the event its next paragraph describes. The first meeting, told as past in the first two
 * paragraphs with no date of its own, takes the lead's day when the lead is past and names one day only (and the lead's one
 * place when it has none).
 */
function leadDate(ctx: MeetingContext, frames: Frame[]): void {
  const { doc } = ctx;
  const lead = doc.sentences[0];
  if (!lead || ctx.infos[0]!.tense !== "past") return;
  const days = cachedDates(doc, lead, "past").filter((d) => d.value.length === 10);
  if (days.length !== 1) return;
  // ("Miercuri, Trump a spus că …": the day of a speech is not that of what it reports)
  const words = doc.tokens.slice(lead.tokenStart, lead.tokenEnd);
  if (words.some((t, k) => SAYING.has(t.fold) && words.slice(k + 1, k + 4).some((w) => w.fold === "ca" || w.fold === "that"))) return;
  const first = frames.find((f) => doc.sentences[f.sentences[0]!]!.paragraph <= 1);
  if (!first || first.sentences[0] === lead.index || first.date || first.span || isRemote(ctx, first) || first.tense === "future") return;
  if (!["happened", "unconfirmed"].includes(statusOf(first, doc.article.date))) return;
  first.date = days[0]!.value;
  // (… and its place, when the lead names one after a place cue: "au convenit joi, la Bălți, asupra …")
  const places = new Set(mentionsIn(ctx, lead).filter((m) => m.key && m.afterPlaceCue && !m.inGroup && (m.kind === "place" || (m.kind === "organization" && isBuilding(m, ctx.c)))).map((m) => m.key!));
  if (!first.place && !first.unnamedPlace && places.size === 1) {
    first.place = [...places][0];
    first.placeSentence = lead.index;
  }
}

/**
 * "Costa Rica's government and its universities ended a fourth round of talks on Wednesday … ." then "The Liaison
 * Commission … met for more than five hours at …": the first meeting of the second paragraph, told as past with no
 * day of its own, is the lead's meeting told again in full. Not a call beside a meeting, nor one at another place.
 */
function leadRetold(ctx: MeetingContext, frames: Frame[]): void {
  const { doc } = ctx;
  const [lead, next] = frames;
  if (!lead || !next || lead.sentences[0] !== 0 || !lead.date || next.date || next.span || next.tense === "future") return;
  if (doc.sentences[next.sentences[0]!]!.paragraph !== 1 || !compatible(lead, next) || isRemote(ctx, lead) !== isRemote(ctx, next)) return;
  if (lead.place && next.place && lead.place !== next.place && placeRank(ctx, lead.place) >= placeRank(ctx, next.place)) return;
  if (statusOf(lead, doc.article.date) !== "happened" || statusOf(next, doc.article.date) !== "happened") return;
  // (people of the lead's meeting who are not at the next one's: another meeting, "Kallas received Kurti …; Sørensen met
  // Bislimi separately")
  const people = (f: Frame): string[] => f.participants.map((p) => p.key).filter((k) => k.startsWith("person:"));
  if (people(lead).length > 0 && people(next).some((k) => !people(lead).includes(k))) return;
  mergeInto(lead, next, ctx);
  frames.splice(1, 1);
}

/**
 * Meetings on the sidelines of the article's event: "Leaders gathered in Lima for the summit … On
 * Tuesday, X met Y" — a meeting with no place of its own, held in person on the same occasion (its
 * date falls in the event's days, or it has no date and is told as past), is where the event is.
 * The event is the first in-person meeting with a place in the first paragraph, or an earlier one in
 * the same paragraph. Calls, video links, visits (they go somewhere) and meetings announced for
 * later are left without a place.
 */
function inheritOccasionPlace(ctx: MeetingContext, frames: Frame[]): void {
  const { doc } = ctx;
  const articleDate = doc.article.date;
  const para = (f: Frame): number => doc.sentences[f.sentences[0]!]!.paragraph;
  const isHost = (f: Frame): boolean =>
    !!f.place && !f.unnamedPlace && f.type !== "visit" && !isRemote(ctx, f) && ["happened", "ongoing", "unconfirmed"].includes(statusOf(f, articleDate));
  const main = frames.find((f) => para(f) === 0 && isHost(f));
  frames.forEach((f, i) => {
    if (f.place || f.unnamedPlace || f.types.has("visit") || isRemote(ctx, f)) return;
    // "„Am avut o discuție excelentă”": no one and nowhere named, nothing to add to the event it is about
    if (f.participants.length === 0) return;
    const status = statusOf(f, articleDate);
    if (status === "postponed" || status === "proposed") return;
    if (!f.date && status !== "happened" && status !== "unconfirmed") return;
    // The nearest earlier event of the same paragraph, else the article's event.
    let host: Frame | undefined;
    for (let k = i - 1; k >= 0 && !host; k--) if (para(frames[k]!) === para(f) && isHost(frames[k]!) && sameOccasion(frames[k]!, f, false)) host = frames[k];
    if (!host && main && main !== f && frames.indexOf(main) < i && sameOccasion(main, f, true)) host = main;
    if (!host) return;
    f.place = host.place;
    f.placeSentence = host.placeSentence;
    if (!f.date && host.date) f.date = host.date;
  });
}

/**
 * A frame's date falls in the host's days. The article's summit or conference is often dated by its
 * last day ("ended on Saturday"): side meetings of the three days before and the day after count.
 */
function sameOccasion(host: Frame, f: Frame, main: boolean): boolean {
  if (!f.date) return true;
  if (!host.date) return false;
  const [a, b = a] = host.date.split("/");
  const [c, d = c] = f.date.split("/");
  const event = main && (host.types.has("summit") || host.types.has("conference"));
  const before = event ? 3 * DAY : 0;
  const after = event ? DAY : 0;
  return Date.parse(c!) >= Date.parse(a!) - before && Date.parse(d!) <= Date.parse(b!) + after;
}

/** Told as a phone call, a video link or an online meeting. */
function isRemote(ctx: MeetingContext, f: Frame): boolean {
  if (f.types.has("call") || REMOTE.test(fold(f.trigger))) return true;
  const s = ctx.doc.sentences[f.sentences[0]!]!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (REMOTE.test(ctx.doc.tokens[i]!.fold)) return true;
  return false;
}
/** The trigger itself names a call or a video link ("phone call", "videoconferință", "spoke by phone"). */
function remoteTrigger(doc: Document, trig: PhraseHit<LexMeetingTrigger>): boolean {
  if (trig.value.type === "call") return true;
  for (let i = trig.start; i < trig.end; i++) if (REMOTE.test(doc.tokens[i]!.fold)) return true;
  return false;
}
const REMOTE = /^(video\w*|videoconferint\w*|videolink\w*|telefon\w*|phone\w*|telephone\w*|online|virtual\w*|teleconferin\w*|teleconference\w*)$/;

/** A proposal verb governing the clause of the trigger: "proposed that", "a propus ca/să", "suggested holding". */
function proposedBefore(doc: Document, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let i = from; i < to - 1; i++) {
    // "Uniunea cere acum o întâlnire", "is now asking for a meeting": a request a few words before a meeting not yet had
    // (not "a cerut marți, la o întâlnire cu X, bani": asked at a meeting)
    if (REQUEST.has(t[i]!.fold) && to - i <= 4 && INDEFINITE.has(t[to - 1]!.fold) && !t.slice(i + 1, to - 1).some((w) => w.type !== "word" || IN_AT.has(w.fold))) return true;
    if (!PROPOSE.test(t[i]!.fold)) continue;
    if (proposingVerb(doc, i, to) === i) return true;
    // "has proposed a standing council in which the authority and the artists would meet": what is proposed is where they meet
    for (let k = i + 2; k < Math.min(to, i + 9); k++) {
      if (WHERE.has(t[k]!.fold) || (RELATIVE_AFTER_IN.has(t[k]!.fold) && IN_AT.has(t[k - 1]!.fold))) return true;
    }
  }
  return false;
}
/** The proposing verb ("proposed that", "proposed on Friday that", "a propus ca") in `[from, to)`, else -1. */
function proposingVerb(doc: Document, from: number, to: number): number {
  const t = doc.tokens;
  for (let i = from; i < to - 1; i++) {
    if (!PROPOSE.test(t[i]!.fold)) continue;
    for (let k = i + 1; k < Math.min(to, i + 5) && t[k]!.type === "word"; k++) if (PROPOSE_LINK.has(t[k]!.fold)) return i;
  }
  return -1;
}
const REQUEST = new Set(["cere", "cer", "solicita", "solicitat", "cerut", "asks", "asking", "requested", "requests", "demands", "demanded", "seeks", "sought"]);
const RELATIVE_AFTER_IN = new Set(["which", "care"]);
const IN_AT = new Set(["in", "at", "la"]);
const PROPOSE = /^(proposed|proposes|proposing|suggested|suggests|propus|propune|propun|sugerat|sugereaza)$/;
const PROPOSE_LINK = new Set(["that", "ca", "sa", "to", "holding"]);

/** The date right after a postponement cue of the clause ("amânată pentru februarie"), if any. */
function newDateAfterPostponed(ctx: MeetingContext, s: Sentence, from: number, to: number, dates: DateMention[]): string | undefined {
  const t = ctx.doc.tokens;
  for (const cue of findCues(t, from, to, ctx.c.cues.postponed)) {
    const after = t[cue.end - 1]!.end;
    // ("decalată cu două săptămâni, pe 24 noiembrie": by how long, then the new day)
    const limit = cue.end + 7 < to ? t[cue.end + 7]!.end : t[to - 1]!.end;
    const d = dates.find((x) => x.start >= after && x.start <= limit);
    if (d) return d.value;
  }
  return undefined;
}

/**
 * "întâlnirea pe care primarul trebuia să o aibă sâmbăta trecută cu reprezentanții firmei X": the sides named after "cu" in
 * a Romanian restrictive clause right after the meeting's noun, which tell which meeting it is.
 */
function restrictiveWith(ctx: MeetingContext, from: number, limit: number): string[] {
  const t = ctx.doc.tokens;
  if (t[from]?.fold !== "pe" || t[from + 1]?.fold !== "care") return [];
  const rel = relativeClause(ctx.doc, from, limit);
  if (!rel) return [];
  const cu = t.slice(rel[0], rel[1]).findIndex((w) => w.fold === "cu");
  return cu < 0 ? [] : withActors(ctx, rel[0] + cu, rel[1]);
}

/** Keys of the actors after "cu"/"with" right after a trigger (a possessive may stand between). */
function withActors(ctx: MeetingContext, from: number, to: number): string[] {
  const t = ctx.doc.tokens;
  let k = from;
  if (POSSESSIVES.has(t[k]?.fold ?? "")) k++;
  // "Întâlnirea sindicaliștilor cu conducerea Casei …": whose meeting it is may stand before "cu"
  else if (t[k] && !t[k]!.upper && GENITIVE_RO.test(t[k]!.fold) && WITH.has(t[k + 1]?.fold ?? "")) k++;
  // ("Consultările tehnice dintre …", "the technical talks between …": an adjective may stand before them)
  else if (t[k] && t[k]!.type === "word" && !t[k]!.upper && (BETWEEN.has(t[k + 1]?.fold ?? "") || WITH.has(t[k + 1]?.fold ?? ""))) k++;
  // ("Întâlnirea dintre federație și reprezentanții organizației X", "the meeting between A and B": both sides are named)
  const between = k < to && BETWEEN.has(t[k]!.fold);
  if (k >= to || (!WITH.has(t[k]!.fold) && !between)) return [];
  const reach = between ? 10 : 3;
  const out: string[] = [];
  for (const m of ctx.mentions) {
    if (m.tokStart > k && m.tokStart <= k + reach && m.tokStart < to && m.key && ACTOR_KINDS.has(m.kind) && m.kind !== "country") out.push(m.key);
  }
  return out;
}
const BETWEEN = new Set(["dintre", "intre", "between"]);
const POSSESSIVES = new Set(["lui", "ei", "lor", "sa", "sau", "his", "her", "their", "its"]);
const WITH = new Set(["cu", "with"]);

const GENITIVE_RO = /(ului|ei|lor|ii)$/;
const OWNER_EN = new Set(["by", "of", "the"]);

/** The person whose meeting it is, named right after the trigger: "vizita premierului ungar Viktor Orbán", "the visit by X". */
function ownerActors(ctx: MeetingContext, from: number, to: number): string[] {
  const t = ctx.doc.tokens;
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const m = mentionAt(ctx, k);
    // "vizita premierului X", "Ședința extraordinară a Consiliului Județean", "the meeting of the working group"
    if (m && m.via !== "demonym") return (m.kind === "person" || m.kind === "organization" || m.kind === "group") && m.key ? [m.key] : [];
    // only a genitive title ("premierului", "ministrei"), a genitive article, an adjective ("extraordinară") or "by"/"of" may stand between
    const w = t[k]!;
    const between = w.type === "word" && !w.upper && (GENITIVE_RO.test(w.fold) || OWNER_EN.has(w.fold) || GENITIVE_ARTICLES_RO.has(w.fold) || (k === from && ctx.doc.lang === "ro" && /a$/.test(w.fold)));
    if (!between) return [];
  }
  return [];
}

const GENITIVE_ARTICLES_RO = new Set(["a", "al", "ai", "ale"]);

/** "o vizită la o fabrică", "a visit to a factory": a place the text does not name. */
function unnamedPlace(doc: Document, from: number, to: number): boolean {
  const t = doc.tokens;
  const a = t[from]?.fold ?? "";
  const b = t[from + 1]?.fold ?? "";
  if (from >= to) return false;
  return /^(intr-o|intr-un)$/.test(a) || (UNNAMED_CUES.has(a) && INDEFINITE.has(b));
}
const UNNAMED_CUES = new Set(["la", "in", "at", "to"]);

/** The quotations of a sentence, as pairs of token indexes of their opening and closing marks (a lone mark, of a quotation
 * running over several sentences, is left out: which side of it is quoted is not known). */
function quotations(doc: Document, s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const text = doc.tokens[i]!.text;
    if (!QUOTE_MARKS.has(text)) continue;
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** Topics of a paragraph's sentences with no meeting of their own go to the paragraph's meeting. */
function attachParagraphTopics(ctx: MeetingContext, frames: Frame[]): void {
  const { doc } = ctx;
  const meetingSentences = new Set(frames.flatMap((f) => f.sentences));
  for (const tp of ctx.topics) {
    if (meetingSentences.has(tp.sentence)) continue;
    const para = doc.sentences[tp.sentence]!.paragraph;
    const inPara = frames.filter((f) => doc.sentences[f.sentences[0]!]!.paragraph === para);
    if (inPara.length === 0) continue;
    const nearest = inPara.sort(
      (a, b) => Math.abs(a.sentences[0]! - tp.sentence) - Math.abs(b.sentences[0]! - tp.sentence),
    )[0]!;
    if (!nearest.topics.has(tp.key)) nearest.topics.set(tp.key, tp.sentence);
  }
}

function statusOf(frame: Frame, articleDate?: string): MeetingStatus {
  const status = cueStatus(frame);
  // A meeting dated after the article cannot have happened yet.
  const start = frame.date?.split("/")[0];
  if ((status === "happened" || status === "ongoing") && articleDate && start && start > articleDate) return "planned";
  // "The committee meets on Saturday" in Saturday's paper: a present of the timetable, still ahead
  if (status === "happened" && start === articleDate && frame.date === articleDate && TIMETABLE_PRESENT.has(frame.trigger) && frame.statusCues.length === 0) return "planned";
  return status;
}
/** English verbs of meeting in the present of a timetable ("meets on Saturday", "convenes on Monday"). */
const TIMETABLE_PRESENT = new Set(["meets", "convenes", "gathers", "hosts"]);

function cueStatus(frame: Frame): MeetingStatus {
  // Strong cues anywhere in the frame win; otherwise the first (nearest) cue of its first mention.
  for (const s of ["cancelled", "postponed", "unconfirmed"] as const) if (frame.statusCues.includes(s)) return s;
  return frame.statusCues[0] ?? (frame.tense === "future" ? "planned" : "happened");
}

const MODALITY_OF: Record<MeetingStatus, Modality> = {
  happened: "asserted",
  ongoing: "asserted",
  planned: "planned",
  proposed: "possible",
  unconfirmed: "reported",
  cancelled: "negated",
  postponed: "planned",
};

function toMeetings(ctx: MeetingContext, frames: Frame[]): { meetings: ExtractedMeeting[]; relations: ExtractedRelation[] } {
  const { doc } = ctx;
  const meetings: ExtractedMeeting[] = [];
  const relations: ExtractedRelation[] = [];
  const usedKeys = new Set<string>();
  const leaders = leadersByCountry(ctx);
  for (const f of frames) {
    if (f.types.has("summit")) summitLeaders(ctx, f, leaders);
    addGroupMembers(ctx, f);
    dropRepresentedCountries(ctx, f);
    // A call is placed nowhere but where it is said to be made from ("from the US Embassy in Moscow"); a body it was
    // "held at" is on the line ("spoke by phone with an undersecretary at the Ministry of X")
    if (f.type === "call" && f.place && !calledFrom(ctx, f)) {
      if (f.place.startsWith("organization:") && !f.participants.some((p) => p.key === f.place)) f.participants.push({ key: f.place, role: "member", sentence: f.placeSentence ?? f.sentences[0]!, modality: MODALITY_OF[statusOf(f, doc.article.date)] });
      f.place = undefined;
    }
    if (f.participants.length === 0 && !f.place) continue;
    if (f.span && f.date?.length === 10) f.date = spanOf(f.date, f.span.days, f.span.ending);
    const status = statusOf(f, doc.article.date);
    // "was pushed back to May", "a fost amânată pentru iunie": a postponed meeting is dated when it is now to be held
    if (status === "postponed") f.date = movedTo(ctx, f) ?? f.date;
    // "Talks … began on Monday and were still going on on Tuesday": going on since the day they began
    if (status === "ongoing" && f.date?.length === 10 && doc.article.date && f.date < doc.article.date && toldBegun(doc, f)) f.date = `${f.date}/${doc.article.date}`;
    const placeLabel = f.place ? ctx.labels.get(f.place) : undefined;
    const names = f.participants.map((p) => shortName(ctx.labels.get(p.key) ?? p.key, p.key));
    const type = f.type.charAt(0).toUpperCase() + f.type.slice(1);
    const label = `${type}${placeLabel ? ` in ${placeLabel}` : ""}${names.length ? ` (${names.slice(0, 3).join(", ")}${names.length > 3 ? ` +${names.length - 3}` : ""})` : ""}`;
    let key = `meeting:${slugify([doc.article.date ?? doc.article.id, placeLabel ?? "", f.type, ...names.slice(0, 2)].filter(Boolean).join(" "))}`;
    for (let n = 2; usedKeys.has(key); n++) key = `${key.replace(/-\d+$/, "")}-${n}`;
    usedKeys.add(key);
    const first = f.sentences[0]!;
    const modality = MODALITY_OF[status];
    const meeting: ExtractedMeeting = {
      key,
      label,
      trigger: f.trigger,
      type: f.type,
      status,
      ...(f.date ? { date: f.date } : {}),
      ...(f.place ? { place: f.place } : {}),
      participants: f.participants.map((p) => ({ key: p.key, role: p.role, evidence: evidenceOf(doc, p.sentence), modality: p.modality })),
      topics: [...f.topics.keys()],
      evidence: evidenceOf(doc, first),
      modality,
      ...(f.attribution ? { attribution: f.attribution } : {}),
    };
    meetings.push(meeting);
    const attribution = f.attribution ? { attribution: f.attribution } : {};
    for (const p of f.participants) {
      relations.push({ source: p.key, target: key, relation: "participates_in", role: p.role, evidence: evidenceOf(doc, p.sentence), modality, ...attribution });
    }
    if (f.place) relations.push({ source: key, target: f.place, relation: "held_in", evidence: evidenceOf(doc, f.placeSentence ?? first), modality, ...attribution });
    for (const [topic, sentence] of f.topics) {
      relations.push({ source: key, target: topic, relation: "discusses", evidence: evidenceOf(doc, sentence), modality, ...attribution });
    }
  }
  return { meetings, relations };
}

/** A call's place is said as where it is made from ("from the embassy in Moscow", "de la sediul …"). */
function calledFrom(ctx: MeetingContext, f: Frame): boolean {
  const place = ctx.mentions.find((m) => m.key === f.place && f.sentences.includes(m.sentence));
  const cue = place ? ctx.doc.tokens[place.tokStart - 1] : undefined;
  const before = place ? ctx.doc.tokens[place.tokStart - 2] : undefined;
  return !!cue && (cue.fold === "from" || (cue.fold === "la" && before?.fold === "de") || ((cue.fold === "the" || cue.fold === "a") && before?.fold === "from"));
}

/** Heads of state or government named in the article, by country (the most mentioned first). */
function leadersByCountry(ctx: MeetingContext): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of ctx.mentions) if (m.key?.startsWith("person:")) count.set(m.key, (count.get(m.key) ?? 0) + 1);
  const out = new Map<string, string>();
  const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [key] of ranked) {
    for (const r of ctx.c.kb.get(key)?.roles ?? []) {
      if (HEAD_ROLES.has(r.relation) && r.of.startsWith("country:") && !out.has(r.of)) out.set(r.of, key);
    }
  }
  return out;
}
const HEAD_ROLES = new Set(["president_of", "prime_minister_of", "chancellor_of", "monarch_of"]);

/**
 * "the leaders of Japan, South Korea and China hold a summit", "liderii Franței și Germaniei": a
 * country named as "the leaders of" it at a summit is its leader named in the article. A "summit of
 * the United States, Russia and Ukraine" keeps its countries.
 */
function summitLeaders(ctx: MeetingContext, f: Frame, leaders: Map<string, string>): void {
  const t = ctx.doc.tokens;
  const ofLeaders = (key: string): boolean =>
    ctx.mentions.some((m) => {
      if (m.key !== key || !f.sentences.includes(m.sentence)) return false;
      const start = ctx.doc.sentences[m.sentence]!.tokenStart;
      for (let k = m.tokStart - 1; k >= Math.max(start, m.tokStart - 8); k--) {
        if (LEADER_WORDS.has(t[k]!.fold)) return true;
        if (t[k]!.type === "punct" && t[k]!.text !== ",") return false;
      }
      return false;
    });
  for (const p of [...f.participants]) {
    const person = p.key.startsWith("country:") ? leaders.get(p.key) : undefined;
    if (person && !f.participants.some((q) => q.key === person) && ofLeaders(p.key)) f.participants.push({ ...p, key: person });
  }
}
const LEADER_WORDS = new Set(["leaders", "liderii", "lideri", "liderilor", "sefii", "heads"]);

/** A country takes part only when no person or group of that country does. */
/**
 * "The foreign ministers of Germany, France and Poland" take part, and the article names them: Brehmer (Foreign Minister
 * of Germany), Marchadier (of France) … A group of several countries' office holders brings in each named holder.
 */
function addGroupMembers(ctx: MeetingContext, f: Frame): void {
  for (const p of [...f.participants]) {
    if (!p.key.startsWith("group:")) continue;
    const words = (ctx.labels.get(p.key) ?? "").split(/,?\s+/);
    const countries = words.map((w) => ctx.c.countryOfDemonymEn.get(w)).filter((k): k is string => !!k);
    const last = words.findLastIndex((w) => !!ctx.c.countryOfDemonymEn.get(w));
    const office = words.slice(last + 1).join(" ").toLowerCase().replace(/s$/, "");
    if (countries.length < 2 || !office) continue;
    for (const country of countries) {
      const of = `${office} of ${(ctx.labels.get(country) ?? ctx.c.kb.get(country)?.label ?? "").toLowerCase()}`;
      for (const [key, names] of ctx.roleNames) {
        if (key.startsWith("person:") && names.includes(of) && !f.participants.some((q) => q.key === key)) f.participants.push({ ...p, key });
      }
    }
  }
}

function dropRepresentedCountries(ctx: MeetingContext, f: Frame): void {
  const represented = new Set<string>();
  for (const p of f.participants) {
    if (p.key.startsWith("country:")) continue;
    for (const k of affiliation(ctx, p.key)) represented.add(k);
  }
  f.participants = f.participants.filter((p) => !(p.key.startsWith("country:") && represented.has(p.key)));
}

function shortName(label: string, key: string): string {
  if (!key.startsWith("person:")) return label;
  const words = label.split(/\s+/);
  // ("Abdullah II", "Charles III": a monarch is named with the number)
  if (words.length === 2 && /^[IVXLC]+$/.test(words[1]!)) return label;
  return words[words.length - 1] ?? label;
}

/** How specific a place is: a venue (palace, base, embassy, seat of power) over a city or region over a country. */
function placeRank(ctx: MeetingContext, key: string): number {
  if (key.startsWith("country:")) return 0;
  // ("at the Kyrgyz Ministry of Energy in Bishkek": an institution is a venue only as its building)
  if (key.startsWith("organization:")) return 3;
  const entry = ctx.c.kb.get(key);
  if (entry?.standsFor && !ctx.c.capitals.has(key)) return 3;
  const words = (ctx.labels.get(key) ?? "").split(/\s+/).map(fold);
  // "Constanța County", "the Baltic Sea": an area, less specific than a town
  if (words.some((w) => ctx.c.regionWords.has(w))) return 1;
  // "Ho Chi Minh City": a town
  if (words.some((w) => ctx.c.townWords.has(w))) return 2;
  // ("Private home in Bhaktapur": a described venue)
  if (words.some((w) => ctx.c.placeWords.has(w) || ctx.c.placeHeads.describedEn.has(w))) return 3;
  // a town the knowledge base does not know is as specific as a city it knows
  return entry || key.startsWith("place:") ? 2 : 1;
}

/** A venue and the city or region it is in may name the same meeting (Joint Base … / Anchorage / Alaska). */
function nested(ctx: MeetingContext, a: string, b: string): boolean {
  const rank = (k: string): number => placeRank(ctx, k);
  if (rank(a) === rank(b) || a.startsWith("country:") || b.startsWith("country:")) return false;
  // Both in the same country when the knowledge base says where they are.
  const ca = ctx.c.kb.get(a)?.country;
  const cb = ctx.c.kb.get(b)?.country;
  return !ca || !cb || ca === cb;
}

/** Start of the trigger's clause when it follows "X said that …": the speaker is not a participant. */
function speakerCut(ctx: MeetingContext, s: Sentence, trigStart: number): number {
  const { doc } = ctx;
  // "…the management of STCP, the publicly owned operator that runs most of Porto's buses, met": a relative clause
  // inside an apposition that closes right before the trigger is no clause of the trigger's
  const aside = asideBefore(doc, s.tokenStart, trigStart, mentionsIn(ctx, s));
  const apposition = aside && !RELATIVE_WORDS.has(doc.tokens[aside[0] + 1]!.fold) ? aside[0] : trigStart;
  for (let i = trigStart - 1; i > s.tokenStart; i--) {
    // "Two growers said Ormsby-Tait had met …": English drops "that" after "said" when a subject of its own follows
    if (doc.lang === "en" && SAID_BARE.has(doc.tokens[i]!.fold) && apposition >= i && startsIn(ctx, i + 1, i + 2, (m) => ACTOR_KINDS.has(m.kind))) return i + 1;
    if (!COMPLEMENTIZERS.has(doc.tokens[i]!.fold)) continue;
    if (apposition < i) continue;
    // "Budanov, care ar fi avut întâlniri …": the relative clause's subject is the actor before it.
    if (RELATIVES.has(doc.tokens[i]!.fold) && doc.tokens[i - 1]?.text === "," && ctx.mentions.some((m) => m.tokEnd === i - 1 && m.key && ACTOR_KINDS.has(m.kind))) continue;
    // "Cei doi premieri au convenit ca guvernele să țină o ședință": who agrees to meet takes part.
    if (AGREED.has(doc.tokens[i - 1]?.fold ?? "")) return s.tokenStart;
    // "Macron a promis că va face o vizită": no subject of its own, an indefinite trigger — the
    // speaker is the one who will meet. "X a spus că discuțiile …": the speaker only reports.
    const own =
      startsIn(ctx, i + 1, trigStart, (m) => ACTOR_KINDS.has(m.kind)) ||
      doc.tokens.slice(i + 1, trigStart).some((t) => !!groupNounOf(ctx.c, t));
    // (… and so is "a anunțat că va merge la Tbilisi pentru discuții": a bare noun of purpose)
    if (!own && (INDEFINITE.has(doc.tokens[trigStart - 1]?.fold ?? "") || PURPOSE.has(doc.tokens[trigStart - 1]?.fold ?? ""))) return s.tokenStart;
    // "Ivan a anunțat că în decembrie va merge la Tbilisi": a Romanian verb in the third person singular with no
    // subject of its own has the speaker's
    // ("a precizat că a discutat luni seara la telefon cu X": the verb may open the clause, before the trigger)
    if (!own && doc.lang === "ro" && (singularVerb(doc.tokens, trigStart) || (doc.tokens[i]!.fold === "ca" && doc.tokens[i + 1]?.fold === "a" && singularVerb(doc.tokens, i + 1)))) return s.tokenStart;
    return i + 1;
  }
  return s.tokenStart;
}

const AGREED = new Set(["convenit", "agreed", "decis", "decided"]);
/** English verbs of saying that may drop "that" before the clause they report. */
const SAID_BARE = new Set(["said", "says", "say", "claimed", "believes", "believe", "thinks"]);


/** Start of a status cue ending at most two words before `nextStart` (the cue governs that trigger), else `nextStart`. */
function nextTriggersCue(ctx: MeetingContext, from: number, nextStart: number): number {
  const hits = findCues(ctx.doc.tokens, from, nextStart, ctx.c.cues.status).filter((h) => h.value === "cancelled" || h.value === "postponed");
  const last = hits[hits.length - 1];
  // (… unless the next trigger is a reason: "a fost amânată din cauza consultărilor" is the first one's)
  return last && nextStart - last.end <= 2 && causeAfter(ctx.doc, last.end, nextStart) === nextStart ? last.start : nextStart;
}

/** "… la Londra, unde Starmer i-a găzduit …": the place before ", unde" / ", where" is the clause's. */
function whereAntecedent(ctx: MeetingContext, from: number, trigStart: number): string | undefined {
  const t = ctx.doc.tokens;
  for (let i = from; i < trigStart; i++) {
    if (!WHERE.has(t[i]!.fold) || t[i - 1]?.text !== ",") continue;
    const m = ctx.mentions.find((x) => x.tokEnd === i - 1 && x.key && (x.kind === "place" || x.kind === "country"));
    // ("la Căminul Cultural din Matca, unde s-a întâlnit …": the venue, not the village it is in)
    const link = m && t[m.tokStart - 1]?.fold === "din" ? m.tokStart - 1 : m && t[m.tokStart - 1]?.fold === "la" && t[m.tokStart - 2]?.fold === "de" ? m.tokStart - 2 : -1;
    const venue = link > 0 ? ctx.mentions.find((x) => x.tokEnd === link && x.key && x.kind === "place") : undefined;
    return (venue ?? m)?.key;
  }
  return undefined;
}
const WHERE = new Set(["unde", "where"]);

/** Words that put an event before the clause they are in: "after a meeting with …", "după o întâlnire cu …". */
const AFTER_WORDS = new Set(["after", "following", "dupa"]);
const ARTICLES = new Set(["a", "an", "the", "o", "un", "its", "his", "her", "their"]);

/** The "after" word right before the trigger at `trigStart` (an article may stand between), else -1. */
function afterWordBefore(doc: Document, trigStart: number, sentenceStart: number): number {
  const t = doc.tokens;
  let k = trigStart - 1;
  if (k > sentenceStart && (ARTICLES.has(t[k]!.fold) || INDEFINITE.has(t[k]!.fold))) k--;
  // ("at the end of a meeting with X": the end of it is after it too)
  if (k > sentenceStart && t[k]!.fold === "of" && t[k - 1]!.fold === "end") k--;
  return k >= sentenceStart && (AFTER_WORDS.has(t[k]!.fold) || END_WORDS.has(t[k]!.fold)) ? k : -1;
}
/** "la finalul unei întâlniri", "la sfârșitul unei vizite", "at the end of a meeting": the event is over. */
const END_WORDS = new Set(["finalul", "sfarsitul", "incheierea", "end"]);

/** `[from, to)` is one actor's name, with an article before it at most ("the International Monetary and Financial Committee"). */
function nameOnly(ctx: MeetingContext, s: Sentence, from: number, to: number): boolean {
  const start = ctx.doc.tokens[from]?.fold === "the" ? from + 1 : from;
  return mentionsIn(ctx, s).some((m) => m.tokStart === start && m.tokEnd === to && ACTOR_KINDS.has(m.kind) && m.kind !== "person");
}

/** Commas of a list an aside may hold before the comma that opens it. */
const ASIDE_LIST_COMMAS = 2;

/** ", which included …," / ", care …," right before `end`: the aside's two commas. */
function asideBefore(doc: Document, from: number, end: number, mentions?: readonly RawMention[]): [number, number] | undefined {
  const t = doc.tokens;
  if (t[end - 1]?.text !== ",") return undefined;
  // (a list inside the aside has commas of its own: "the Roundtable, which brings together creditors, debtor countries and
  // private lenders, met": back over up to ASIDE_LIST_COMMAS of them to the comma that opens it)
  let commas = 0;
  for (let i = end - 2; i > from; i--) {
    if (t[i]!.text !== ",") continue;
    if (i + 1 >= end - 1) return undefined;
    // (or an apposition after an actor's name: "the management of STCP, the publicly owned operator that runs …, met")
    // (only right before the trigger's comma: a list is held by a relative clause, not by an apposition)
    const apposition = commas === 0 && !!mentions && APPOSITION_OPENERS.has(t[i + 1]!.fold) && mentions.some((m) => m.tokEnd === i && m.key && ACTOR_KINDS.has(m.kind));
    if (RELATIVE_WORDS.has(t[i + 1]!.fold) || apposition) return [i, end - 1];
    if (++commas > ASIDE_LIST_COMMAS) return undefined;
  }
  return undefined;
}

/** The first comma in `[from, to)`, else `to`. */
function commaAfter(doc: Document, from: number, to: number): number {
  for (let i = from; i < to; i++) if (doc.tokens[i]!.text === ",") return i;
  return to;
}

/** Words that may continue a meeting's noun phrase: "discuțiile cu Witkoff și Kushner din Florida". */
const PHRASE_WORDS = new Set(["cu", "dintre", "intre", "de", "la", "din", "in", "al", "a", "ai", "ale", "lui", "si", "with", "between", "of", "in", "at", "the", "and", "from"]);

const bySentence = new WeakMap<RawMention[], RawMention[][]>();

/**
 * The mentions of sentence `s`, in text order (an index built once per document: the frames of every
 * sentence ask for their sentence's mentions, and a document has a few hundred).
 */
function mentionsIn(ctx: MeetingContext, s: Sentence): readonly RawMention[] {
  let index = bySentence.get(ctx.mentions);
  if (!index) {
    index = ctx.doc.sentences.map(() => []);
    for (const m of ctx.mentions) index[m.sentence]!.push(m);
    bySentence.set(ctx.mentions, index);
  }
  return index[s.index]!;
}

const byStart = new WeakMap<RawMention[], Map<number, RawMention>>();

/** The mention starting at token `i` (an index built once per document). */
function mentionAt(ctx: MeetingContext, i: number): RawMention | undefined {
  let index = byStart.get(ctx.mentions);
  if (!index) {
    index = new Map();
    for (const m of ctx.mentions) if (!index.has(m.tokStart)) index.set(m.tokStart, m);
    byStart.set(ctx.mentions, index);
  }
  return index.get(i);
}

/** End of the noun phrase a trigger heads: names, demonyms and linking words after it. */
function nounPhraseEnd(ctx: MeetingContext, from: number, to: number): number {
  const { doc } = ctx;
  let i = from;
  while (i < to) {
    const t = doc.tokens[i]!;
    const m = mentionAt(ctx, i);
    if (m) i = m.tokEnd;
    else if (t.type === "word" && PHRASE_WORDS.has(t.fold)) i++;
    // ("Întrevederea de duminică de la Palatul Diriyah dintre …": the day told with the noun is part of its phrase)
    else if (t.type === "word" && !t.upper && isDayWord(t, doc.lang)) i++;
    else break;
  }
  return i;
}

const RELATIVES = new Set(["care", "who"]);

/** The place of a sentence's opening phrase ("In Monterrey, …", "La Chișinău, …") when it ends before `trigStart`. */
function openingPlace(ctx: MeetingContext, s: Sentence, trigStart: number): string | undefined {
  const t = ctx.doc.tokens;
  if (!UNNAMED_CUES.has(t[s.tokenStart]?.fold ?? "")) return undefined;
  const m = mentionAt(ctx, s.tokenStart + 1);
  // (the trigger opens the main clause: "In Monterrey, a meeting …"; not "La Chișinău, Sandu a propus ca o conferință …")
  if (!m?.key || (m.kind !== "place" && m.kind !== "country") || t[m.tokEnd]?.text !== "," || m.tokEnd >= trigStart || trigStart - m.tokEnd > 3) return undefined;
  return m.key;
}

/** An "on", "about", "despre" … between `from` and `to`, with no comma after it: a topic phrase runs up to `to`. */
function topicBetween(doc: Document, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const t = doc.tokens[k]!;
    if (t.text === "," || t.text === ";") return false;
    if (ABOUT.has(t.fold)) return true;
  }
  return false;
}

/** The day `day` lies in the interval `range` ("2026-02-10/2026-02-11"). */
function within(day: string, range: string): boolean {
  const [a, b] = range.split("/");
  return day >= a! && day <= (b ?? a)!;
}

/** The frame's first sentence says when it began ("began on Monday", "au început luni", "începute miercuri"). */
function toldBegun(doc: Document, f: Frame): boolean {
  const s = doc.sentences[f.sentences[0]!]!;
  return doc.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => BEGAN.has(t.fold));
}
const BEGAN = new Set(["began", "begun", "started", "opened", "inceput", "inceputa", "incepute", "inceputi", "debutat", "demarat"]);

/** "arrived", "a sosit", "began", "a început" before the trigger in its sentence: a visit or meeting that starts then. */
function arrivalBefore(doc: Document, from: number, to: number): boolean {
  return doc.tokens.slice(from, to).some((t) => ARRIVAL.has(t.fold));
}
const ARRIVAL = new Set(["arrived", "arrives", "landed", "began", "begins", "opened", "started", "sosit", "ajuns", "aterizat", "inceput", "debutat"]);

/** "took place", "were held", "au avut loc", "s-au desfășurat", ", desfășurată la", ", held at" within three words after `from`. */
function heldAt(doc: Document, from: number): boolean {
  const words = doc.tokens.slice(from, from + 4).map((t) => t.fold).join(" ");
  return /\b(took place|takes place|were held|was held|are being held|is being held|avut loc|au loc|are loc|desfasurat[aei]?|desfasoara)\b/.test(words) ||
    /^(de \S+ )?, (held|hosted|organi[sz]ed|organizat[aei]?|gazduit[aei]?)\b/.test(words);
}
/** First words of an aside between commas after a meeting's noun: "…, initially expected in April, …", "…, programată inițial pentru …, …". */
const ASIDE_OPENERS = /^(initially|originally|previously|first|once|scheduled|planned|expected|set|slated|due|announced|initial|programat[aei]?|prevazut[aei]?|anuntat[aei]?|planificat[aei]?|stabilit[aei]?)$/;

/** How far after a meeting noun its aside may open: past a short relative clause, not into the next sentence part. */
const ASIDE_REACH = 16;

/** The comma that opens an aside ("…, initially expected in April, …") in `[from, to]`, the last one; else -1. */
function asideOpening(doc: Document, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (doc.tokens[i]!.text === "," && ASIDE_OPENERS.test(doc.tokens[i + 1]?.fold ?? "")) return i;
  return -1;
}

/** Strong status cues of the clause from `from` (a main verb after a relative clause) to its first comma. */
function mainVerbStatus(ctx: MeetingContext, s: Sentence, from: number, limit: number): StatusCue[] {
  const end = commaAfter(ctx.doc, from, limit);
  return analyzeSentence(ctx.doc, s, ctx.c, ctx.mentions, from, end).status.filter((x) => x === "cancelled" || x === "postponed" || x === "unconfirmed");
}

/** Cancelled or postponed told by a passive verb in `[from, to)` ("was cancelled", "au fost amânate"), a sentence's main verb. */
function passiveFate(ctx: MeetingContext, s: Sentence, from: number, to: number): StatusCue[] {
  const t = ctx.doc.tokens;
  const fate: StatusCue[] = [];
  for (const [value, cues] of [["cancelled", ctx.c.cues.cancelled], ["postponed", ctx.c.cues.postponed]] as const) {
    // (right after an aside's closing comma: not "…, which replaced one that was cancelled in March, took place")
    const mainVerb = (h: { start: number }): boolean => {
      let k = PASSIVE_BE.has(t[h.start]!.fold) ? h.start : h.start - 1;
      if (!PASSIVE_BE.has(t[k]?.fold ?? "")) return false;
      while (AUX_BEFORE_BE.has(t[k - 1]?.fold ?? "")) k--;
      return t[k - 1]?.text === ",";
    };
    if (findCues(t, from, to, cues).some(mainVerb)) fate.push(value);
  }
  return fate;
}
const PASSIVE_BE = new Set(["was", "were", "been", "fost"]);
/** No one at all, as a verb's object: "nu a discutat cu nimeni", "did not meet anyone". */
const NOBODY = new Set(["nimeni", "nobody", "anyone", "anybody"]);
/** What a call goes through: "called by phone", "by video link". */
const LINES = new Set(["phone", "telephone", "video", "videophone", "satellite"]);
/** Romanian "be" before a participle: "ar fi discutat", "a fost discutată". */
const RO_BE = new Set(["fi", "fost"]);
const AUX_BEFORE_BE = new Set(["has", "have", "had", "a", "au"]);

/** Verbs of telling someone something ("told NRK that …", "assured the union that …"). */
const TOLD = new Set(["told", "tells", "assured", "informed", "warned", "reminded", "promised", "convinced"]);

/** Relative words right after the noun they qualify, with no comma: "the committee that will meet". */
const RESTRICTIVE = new Set(["that", "which", "who", "care"]);

/** Kinds of event a definite mention names precisely ("the signing" is no earlier talks). */
const SPECIFIC = new Set(["signing", "ceremony", "vote", "dinner"]);

/** Kinds of encounter that need the sides in one room: never the same event as a phone call. */
const IN_PERSON = new Set(["meeting", "summit", "visit", "dinner", "ceremony", "signing", "vote"]);

/** A phone call and an in-person meeting are two events, whatever the sides. */
function compatible(a: Frame, b: Frame): boolean {
  const call = (f: Frame): boolean => f.type === "call";
  // (a meeting told at a place is held in person: "era programată, la Sinaia, întâlnirea lui X cu Y" is no phone call)
  const inPerson = (f: Frame): boolean => IN_PERSON.has(f.type) || (!!f.place && !f.types.has("call"));
  return !((call(a) && inPerson(b)) || (inPerson(a) && call(b)));
}

/**
 * "an in-person meeting of the two, which Trump had said …, was shelved": the verb of the
 * trigger's clause comes after the relative clause. Its strong cues (cancelled, postponed …) count.
 */
function afterRelative(ctx: MeetingContext, s: Sentence, to: number, natural: number, limit: number): StatusCue[] {
  const { doc } = ctx;
  // ("A meeting between X and Y that officials had pencilled in for Monday was cancelled": "that" opens one too)
  if (to >= natural || !(RELATIVE_WORDS.has(doc.tokens[to]!.fold) || doc.tokens[to]!.fold === "that")) return [];
  let close = commaAfter(doc, to, natural);
  // ("Întâlnirea dintre X și firma Y, care a câștigat licitația, care ar fi trebuit să aibă loc vinerea, a fost anulată":
  // one relative clause after another; the main verb follows the last)
  while (close < natural - 1 && RELATIVE_WORDS.has(doc.tokens[close + 1]!.fold)) close = commaAfter(doc, close + 1, natural);
  if (close >= natural - 1) {
    // "A meeting … that officials had pencilled in for Monday in Bogotá was cancelled": a restrictive clause
    // with no comma; the main verb follows it, and its strong cues are the meeting's.
    // "…, which New Delhi did not confirm.": a closing "which" clause is about the meeting itself.
    const restrictive = doc.tokens[to - 1]?.text !== ",";
    // "A meeting …, which had been set for Saturday in Inari, was cancelled after …": the main verb follows the comma
    const main = !restrictive && close === natural - 1 && close < limit ? mainVerbStatus(ctx, s, close + 1, limit) : [];
    if (!restrictive && doc.tokens[to]!.fold !== "which") return main;
    const tail = analyzeSentence(doc, s, ctx.c, ctx.mentions, to + 1, natural);
    return [...main, ...tail.status.filter((x) => x === "cancelled" || x === "postponed" || x === "unconfirmed")];
  }
  // a restrictive clause ends at the main verb, before the comma: "A conference that Egypt had planned
  // to hold in Cairo has been postponed again, with …"; "Consultările pe care urmau să le conducă în
  // decembrie, la Kiev, au fost amânate": past a place between commas, at "au fost"
  const restrictive = doc.tokens[to - 1]?.text !== ",";
  const main = restrictive && doc.lang === "ro" ? clauseEnd(doc.tokens, to + 1, natural, true) : close + 1;
  let end = Math.max(main, close + 1);
  while (end < natural && doc.tokens[end]!.text !== "," && doc.tokens[end]!.text !== ";") end++;
  const rest = analyzeSentence(doc, s, ctx.c, ctx.mentions, restrictive ? to + 1 : close + 1, end);
  return rest.status.filter((x) => x === "cancelled" || x === "postponed" || x === "unconfirmed");
}

/** Verbs whose object is the other side: "a primit", "received", "hosted", "seeing". */
const OBJECT_VERBS = /^(a primit|i-a primit|l-a primit|il primise|o primise|a primit-o|received|hosted|was hosting|hosting|will host|a gazduit|i-a gazduit|va gazdui|gazduieste|seeing|to see|să-l vadă|sa-l vada|welcomed|will receive|receives|hosts|va primi|o va primi|il va primi|ii va primi|ii primeste|o primeste|il primeste|vor gazdui|au gazduit)$/;

/** Verbs that take things as often as people ("welcomed the decision", "va primi raportul"). */
const WEAK_OBJECT_VERBS = /^(brief|briefed|will brief|to brief|a informat|va informa|welcomed|will receive|receives|hosts|va primi|o va primi|il va primi|ii va primi|ii primeste|o primeste|il primeste|called|rang)$/;
/** Words of degree before a participle that make it an adjective: "most visited", "widely attended". */
const DEGREE_WORDS = new Set(["most", "least", "more", "less", "widely", "frequently", "often", "heavily", "much", "rarely", "seldom", "well"]);
/** Verbs that particles turn into other verbs: "called for", "called off", "rang out". */
const PHRASAL = new Set(["called", "rang"]);
const VERB_PARTICLES = new Set(["for", "on", "upon", "off", "out", "up", "back", "it", "in"]);

/** A person or group named within four words after `from`, with no punctuation between. */
function personObject(ctx: MeetingContext, from: number, to: number): boolean {
  const t = ctx.doc.tokens;
  let end = from;
  while (end < Math.min(to, from + 5) && t[end]!.type !== "punct") end++;
  // "called his Indian counterpart, General …"
  for (let i = from; i < end; i++) if (SINGULAR_NOUNS.has(t[i]!.fold)) return true;
  // "called the Emir of Qatar, Sheikh Tamim …": a title right after the verb, its person after the comma
  if (ctx.zones.some(([a, b]) => a >= from && a <= from + 2 && b < to && startsIn(ctx, b, b + 1, (m) => m.kind === "person"))) return true;
  // "îl va primi, la Palatul Victoria, pe cancelarul Merz": "pe" marks the person received, past a place or time (and past
  // a title of a few words: "pe comisarul european pentru economie, Ilkka Happonen")
  if (ctx.doc.lang === "ro") {
    for (let i = from; i < Math.min(to, from + 15) && t[i]!.text !== "." && t[i]!.text !== ";"; i++) {
      if (t[i]!.fold === "pe" && startsIn(ctx, i + 1, Math.min(to, i + 9), (m) => m.kind === "person" || m.kind === "group")) return true;
    }
  }
  return startsIn(ctx, from, end, (m) => m.kind === "person" || m.kind === "group");
}

/** True when a linked mention that starts in `[from, to)` passes `test`. */
function startsIn(ctx: MeetingContext, from: number, to: number, test: (m: RawMention) => boolean): boolean {
  return ctx.mentions.some((m) => m.tokStart >= from && m.tokStart < to && !!m.key && test(m));
}

function needsObject(form: string): boolean {
  return OBJECT_VERBS.test(fold(form));
}

/**
 * "seeing the Russian president": seeing is meeting only when a person is what is seen; a verb of `WITH_PARTNER` only
 * with someone after "cu" / "with" further on.
 */
function seesSomeone(ctx: MeetingContext, form: string, from: number): boolean {
  const f = fold(form);
  if (WITH_PARTNER.test(f)) return partnerAfter(ctx, from);
  if (f !== "seeing") return true;
  return startsIn(ctx, from, from + 4, (m) => m.kind === "person");
}

/**
 * Verbs that are a meeting only with someone after "cu" / "with", maybe past a day and a venue: "s-ar fi văzut în
 * septembrie cu X", "a discutat miercuri, în sala de consiliu, cu X", "a stat de vorbă … cu X", "a luat masa … cu X", "sat
 * down on Wednesday with X" (not "s-a văzut că …", it was seen that …, nor "a discutat problema", nor a meal alone).
 */
const WITH_PARTNER = /^(a discutat|s-(a|au|ar fi) vazut|(a|au|ar fi|va|vor) (luat|lua|stat|sta) (masa|pranzul|cina|de vorba)|(will )?(sat|sits|sit) down)$/;

/** An actor after "cu" / "with" in the same clause, within a dozen words after `from` (a title may come first: "cu directorul firmei, X"). */
function partnerAfter(ctx: MeetingContext, from: number): boolean {
  const t = ctx.doc.tokens;
  const sentence = t[from - 1]!.sentence;
  for (let k = from; k < from + 12 && t[k]?.sentence === sentence && !COMPLEMENTIZERS.has(t[k]!.fold); k++) {
    // (the partner within nine words, an apposition's name included: "cu reprezentanții unei firme de apă, Izvorul X";
    // not in the next sentence)
    if (t[k]!.fold === "cu" || t[k]!.fold === "with") return hasActorAfter(ctx, k + 1, Math.min(k + 10, ctx.doc.sentences[sentence]!.tokenEnd));
  }
  return false;
}

/** An actor (not a country named by an adjective) in `[from, to)`. */
function hasActorAfter(ctx: MeetingContext, from: number, to: number): boolean {
  return startsIn(ctx, from, to, (m) => ACTOR_KINDS.has(m.kind) && m.via !== "demonym" && !m.afterPlaceCue && !m.inVenue && !m.inGroup && !ownsThing(ctx, m));
}

/** "received Colombia's proposal": an actor in the possessive before a thing is not who is received ("Russia's foreign minister" is). */
function ownsThing(ctx: MeetingContext, m: RawMention): boolean {
  const t = ctx.doc.tokens;
  if (!/^['’]s$/.test(t[m.tokEnd]?.text ?? "")) return false;
  for (let k = m.tokEnd + 1; k < m.tokEnd + 4 && t[k]?.type === "word"; k++) {
    if (t[k]!.upper || ctx.c.titleWords.has(t[k]!.fold) || groupNounOf(ctx.c, t[k]!)) return false;
  }
  return true;
}

/** Every actor of `frame` already takes part in `other` (directly or through their country). */
function sameSides(ctx: MeetingContext, frame: Frame, other: Frame): boolean {
  if (frame.participants.length === 0) return false;
  if (frame.place && other.place && frame.place !== other.place) return false;
  const keys = new Set(other.participants.map((p) => p.key));
  const countries = sides(ctx, other);
  // ("ATP și Carpatica au negociat … . «…», a declarat directorul general al ATP, X, la ieșirea din sala de negocieri":
  // the head of an organisation that takes part is that side, in an encounter of the same kind; not a country's mayor or
  // minister, who may meet apart, nor "o întâlnire bilaterală" of two people at a conference of their organisations)
  const sameKind = other.types.has(frame.type);
  const speaksFor = (key: string): boolean => sameKind && ctx.roles.some((r) => r.source === key && r.target.startsWith("organization:") && keys.has(r.target));
  return frame.participants.every((p) => keys.has(p.key) || (p.key.startsWith("country:") && countries.has(p.key)) || speaksFor(p.key));
}

/**
 * An indefinite mention that is a meeting told before: "emisarii au avut o întâlnire bună cu
 * Putin" after Putin received them. Same status, the same people (a subset), no other place or date.
 */
function sameMeeting(ctx: MeetingContext, frames: Frame[], frame: Frame): Frame | undefined {
  const status = cueStatus(frame);
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (!compatible(frame, f)) continue;
    // "travelled to Islamabad on Friday, where he met Sharif": the visit and the meeting it was for are one.
    if (visitAndItsMeeting(f, frame) && status === cueStatus(f)) return f;
    if (frame.participants.length === 0) {
      // "The plan to meet in the Hungarian capital": no one named, the place of a meeting told before.
      if (frame.place && f.place === frame.place && (!frame.date || !f.date || frame.date === f.date)) return f;
      continue;
    }
    if (status !== "happened" || cueStatus(f) !== "happened") continue;
    if (!frame.participants.some((p) => p.key.startsWith("person:"))) continue;
    if ((frame.date && f.date && frame.date !== f.date) || (frame.place && f.place !== frame.place)) continue;
    if (sameSides(ctx, frame, f)) return f;
  }
  return undefined;
}

/** A visit and a meeting told in the same sentence, at the same place (or the meeting at none) and date. */
function visitAndItsMeeting(a: Frame, b: Frame): boolean {
  const visit = a.type === "visit" || b.type === "visit";
  const samePlace = !!a.place && (!b.place || a.place === b.place);
  return visit && a.type !== b.type && a.sentences.includes(b.sentences[0]!) && samePlace && (!a.date || !b.date || a.date === b.date);
}

const COUNT_DETERMINERS = new Set(["cei", "cele", "celor", "the"]);
/** Nouns after "the two …" that say which role the people hold. */
const COUNT_NOUNS: Record<string, string> = { presedinti: "president_of", presedintii: "president_of", presidents: "president_of", premieri: "prime_minister_of", premierii: "prime_minister_of", ministri: "minister_of", ministrii: "minister_of", ministers: "minister_of", emisari: "envoy_of", emisarii: "envoy_of", trimisi: "envoy_of", trimisii: "envoy_of", envoys: "envoy_of" };

/**
 * "cei doi lideri", "cei patru", "the two presidents", "of the two": the people of the latest
 * meeting that has exactly that many (holding that role, when the noun names one).
 */
function addCounted(ctx: MeetingContext, frames: Frame[], frame: Frame, s: Sentence, from: number, to: number, info: SentenceInfo): void {
  const t = ctx.doc.tokens;
  for (let i = Math.max(from, s.tokenStart + 0); i < to; i++) {
    const n = COUNT_WORDS.get(t[i]!.fold);
    if (!n || !COUNT_DETERMINERS.has(t[i - 1]?.fold ?? "")) continue;
    // "cele două convorbiri", "the two meetings": a count of meetings, not of people
    if (findIndexed(t, i + 1, Math.min(to, i + 4), ctx.c.triggers, "stem")[0]?.start === i + 1) continue;
    const relation = COUNT_NOUNS[t[i + 1]?.fold ?? ""];
    // (a role of no one named counts by its words: "adjuncta emisarului special" is one of "cei doi emisari")
    const words = relation?.replace(/_of$/, "").replace(/_/g, " ");
    const holds = (key: string): boolean =>
      !relation || (ctx.c.kb.get(key)?.roles ?? []).some((r) => r.relation === relation || r.relation.endsWith(`_${relation}`)) ||
      ctx.roles.some((r) => r.source === key && r.relation === relation) ||
      (ctx.roleNames.get(key) ?? []).some((name) => name.includes(words!));
    // Those of the latest meeting of that many holding the role when the text or the KB says so; else the article's
    // people who hold it when they are that many ("cei doi premieri" after a call of one of them with someone else); else
    // the people of the latest meeting of that many ("cei doi").
    const latest = (test: (key: string) => boolean): string[] | undefined => countedPeople(frames, frame, n, test)?.map((p) => p.key);
    // ("The two sides will meet again in Niamey", "cele două părți": the countries or organisations of the latest meeting
    // held in person between that many, not the people of a phone call told since)
    const sides = groupNounOf(ctx.c, t[i + 1]!)?.label === "side" ? countedSides(frames, frame, n) : undefined;
    const people = sides ?? latest(holds) ?? (relation ? roleHolders(ctx, n, holds) : undefined) ?? latest(() => true) ?? [];
    for (const key of people) {
      if (!frame.participants.some((q) => q.key === key)) frame.participants.push({ key, role: "member", sentence: s.index, modality: info.modality });
    }
  }
}

/** Ordinals before a trigger: "o a treia convorbire", "a third call", "another meeting". */
const ORDINALS_EN = new Set(["second", "third", "fourth", "fifth", "another"]);
/** Romanian ordinals take their article ("a doua", "a treia"): "cele două convorbiri" counts, it does not order. */
const ORDINALS_RO = new Set(["doua", "treia", "patra", "cincea"]);

/**
 * "O a treia convorbire, cu Dorin Recean", "a third call, with X": one more of a series told before,
 * so whoever took part in every earlier one of that kind takes part in it too.
 */
function addSeries(doc: Document, frames: Frame[], frame: Frame, trigStart: number, sentence: number, modality: Modality): void {
  const t = doc.tokens;
  const word = t[trigStart - 1]?.fold ?? "";
  if (!ORDINALS_EN.has(word) && !(ORDINALS_RO.has(word) && t[trigStart - 2]?.fold === "a")) return;
  const earlier = frames.filter((f) => f.type === frame.type);
  if (earlier.length < 1) return;
  for (const p of earlier[0]!.participants) {
    if (!p.key.startsWith("person:") || !earlier.every((f) => f.participants.some((q) => q.key === p.key))) continue;
    if (!frame.participants.some((q) => q.key === p.key)) frame.participants.push({ key: p.key, role: "member", sentence, modality });
  }
}

/** The article's people who hold a role (`holds`), when they are exactly `n`. */
function roleHolders(ctx: MeetingContext, n: number, holds: (key: string) => boolean): string[] | undefined {
  const keys = new Set(ctx.mentions.filter((m) => m.kind === "person" && m.key && holds(m.key)).map((m) => m.key!));
  return keys.size === n ? [...keys] : undefined;
}

/** The countries and organisations of the latest meeting in person (not `frame`) that has exactly `n` of them. */
function countedSides(frames: Frame[], frame: Frame, n: number): string[] | undefined {
  for (let k = frames.length - 1; k >= 0; k--) {
    const f = frames[k]!;
    if (f === frame || f.type === "call") continue;
    const sides = f.participants.filter((p) => p.key.startsWith("country:") || p.key.startsWith("organization:")).map((p) => p.key);
    if (sides.length === n) return sides;
  }
  return undefined;
}

/** The people of the latest meeting (not `frame`) with exactly `n` people that pass `holds`. */
function countedPeople(frames: Frame[], frame: Frame, n: number, holds: (key: string) => boolean): Participant[] | undefined {
  for (let k = frames.length - 1; k >= 0; k--) {
    const f = frames[k]!;
    if (f === frame) continue;
    const people = f.participants.filter((p) => p.key.startsWith("person:") && holds(p.key));
    if (people.length === n) return people;
  }
  return undefined;
}

/** Words before a noun trigger's stem that make it a verb ("s-a discutat", "was meeting"); English "a" is an article. */
const AUXILIARIES: Record<Document["lang"], Set<string>> = {
  ro: new Set(["s-a", "s-au", "a", "au", "se", "sa", "va", "vor", "ar", "am", "ati"]),
  en: new Set(["is", "was", "were", "be", "been", "has", "have", "had"]),
};
const HAVE = new Set(["has", "have", "had"]);
const INDEFINITE = new Set(["o", "un", "unei", "unui", "a", "an"]);
const PURPOSE = new Set(["for", "pentru"]);

const SIDE_WORDS = new Set(["between", "among", "of", "dintre", "intre"]);

/** The trigger is followed by "between/of/dintre/cu …": it names its own sides. */
function namesItsSides(doc: Document, after: number): boolean {
  for (let i = after; i < Math.min(after + 3, doc.tokens.length); i++) {
    const t = doc.tokens[i]!;
    if (SIDE_WORDS.has(t.fold)) {
      const next = doc.tokens[i + 1];
      return !!next && (next.upper || next.fold === "the" || next.fold === "liderii" || next.fold === "presedintele");
    }
    // ("a meeting with officials of the ministry": "of" after "with" is the other side's, not the meeting's)
    if (t.type === "punct" || t.fold === "with" || t.fold === "cu") return false;
  }
  return false;
}
