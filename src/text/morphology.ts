// Romanian morphology for names and title nouns: from an inflected or articulated form back to
// the forms a knowledge base stores (Ucrainei → Ucraina, Kievului → Kiev, ministrului → ministrul).
// Rules on endings only, so it works on names never seen; endings are matched without diacritics
// (Franței, Frantei and Franţei behave alike) and the word's own spelling of the stem is kept.

import { foldSameLength } from "./normalize.js";

/** Masculine given names that end in -ei in the nominative (Andrei, Serghei): not genitives. */
const NOMINATIVE_EI = new Set(["andrei", "sergei", "serghei", "alexei", "aleksei", "matei", "timofei", "mihei", "cornei"]);

/** One rewrite: when the folded word ends with `suffix`, cut `cut` characters and append each of `to`. */
interface Rule {
  suffix: string;
  /** How many characters to remove (default: the suffix length). */
  cut?: number;
  to: string[];
  /** For lower-case words (common nouns, titles) the articulated forms come first. */
  lowerTo?: string[];
  /** Minimum length of what is left after the cut. */
  minStem?: number;
  /** Match the suffix on the lower-cased word with its diacritics (not folded). */
  exact?: boolean;
}

/** Ordered: the first rule whose suffix matches wins (longest, most specific first). */
const RULES: Rule[] = [
  // hyphenated enclitic article on foreign names: Bruxelles-ul, Bruxelles-ului, Macron-ul
  { suffix: "-ului", to: ["", "-ul"] },
  { suffix: "-lui", to: ["", "-ul"] },
  { suffix: "-ul", to: [""] },
  { suffix: "-le", to: [""] },
  // plural genitive: Statelor → Statele, Emiratelor → Emiratele, americanilor → americanii
  { suffix: "urilor", to: ["urile", "uri"] },
  { suffix: "elor", to: ["ele", "e"] },
  { suffix: "ilor", to: ["ii", "ile", "i"] },
  // after a vowel + u the article is only -l: Chișinăului → Chișinău, Bacăului → Bacău
  { suffix: "aului", cut: 3, to: ["", "l"], lowerTo: ["l", ""] },
  { suffix: "eului", cut: 3, to: ["", "l"], lowerTo: ["l", ""] },
  { suffix: "oului", cut: 3, to: ["", "l"], lowerTo: ["l", ""] },
  // -iului: București+ului (names in -i) or Consiliu+lui (nouns in -iu)
  { suffix: "iului", cut: 4, to: ["", "u", "ul"], lowerTo: ["ul", "u", ""] },
  // masculine/neuter articulated genitive: președintelui → președintele, Kievului → Kiev
  { suffix: "elui", cut: 3, to: ["", "le"], lowerTo: ["le", ""] },
  { suffix: "ului", to: ["", "ul", "u"], lowerTo: ["ul", "u", ""] },
  // feminine genitive: Rusiei → Rusia, Tulcei → Tulcea, Ucrainei → Ucraina, Biancăi → Bianca
  { suffix: "iei", to: ["ia", "ie"] },
  { suffix: "cei", to: ["cea", "ca"] },
  { suffix: "gei", to: ["gea", "ga"] },
  { suffix: "ei", to: ["a", "ea", "e"] },
  { suffix: "ăi", to: ["a"], minStem: 3, exact: true },
  // -ii genitives: Apărării → Apărarea, Mării/Marii → Marea, Țării → Țara (2nd), Britanii → Britania
  { suffix: "arii", to: ["area", "ara"], minStem: 1 },
  // Universității → Universitatea, Uniunii → Uniunea, Curții → Curtea, Ligii → Liga
  { suffix: "atii", cut: 4, to: ["atea"], minStem: 3 },
  { suffix: "unii", cut: 4, to: ["unea"], minStem: 2 },
  // nouns in -ură: Prefecturii → Prefectura, Culturii → Cultura, Agriculturii → Agricultura
  { suffix: "urii", cut: 2, to: ["a", "ea"], minStem: 3 },
  { suffix: "nii", cut: 2, to: ["ia", "ea", "ie"], minStem: 3 },
  // Ligii → Liga, Stângii → Stânga
  { suffix: "gii", cut: 2, to: ["a", "ea", "ia", "ie"], minStem: 3 },
  { suffix: "cii", cut: 2, to: ["a", "ea", "ia", "ie"], minStem: 3 },
  { suffix: "ii", to: ["ea", "a", "ia", "ie"], minStem: 3 },
  // after a vowel + u the nominative article is only -l too: Chișinăul → Chișinău, Bacăul → Bacău
  { suffix: "aul", cut: 1, to: [""], lowerTo: ["l", ""] },
  { suffix: "eul", cut: 1, to: [""], lowerTo: ["l", ""] },
  // names in -i or nouns in -iu: Bucureștiul → București, Consiliul → Consiliu, Sibiul → Sibiu
  { suffix: "iul", cut: 2, to: ["", "u"], lowerTo: ["ul", "u", ""] },
  // nouns in consonant + ru take only -l: Muntenegrul → Muntenegru, Nistrul → Nistru (Qatarul → Qatar below)
  ...[..."bcdfgptv"].map((c): Rule => ({ suffix: `${c}rul`, cut: 1, to: [""], lowerTo: ["l", ""] })),
  // articulated nominative → bare form: Kievul → Kiev, Parisul → Paris
  { suffix: "ul", to: [""], lowerTo: ["ul", ""], minStem: 3 },
];

function caseLike(word: string, ending: string): string {
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length > 1 && letters === letters.toUpperCase() ? ending.toUpperCase() : ending;
}

/** Replaces the last `cut` characters of `word` by `ending`, in the word's case. */
function rewrite(word: string, cut: number, ending: string): string {
  return word.slice(0, word.length - cut) + caseLike(word, ending);
}

/**
 * Candidate base forms of a Romanian word, most likely first, the word itself included:
 * `Ucrainei` → `["Ucraina", "Ucrainea", "Ucraine", "Ucrainei"]`, `Kievului` → `["Kiev", "Kievul", "Kievului"]`,
 * `ministrului` → `["ministrul", "ministru", "ministrului"]`, `Marii` → `["Marea", "Mara", "Marii"]`.
 * Capitalised words (names) put the bare form first; lower-case words (titles) the articulated one.
 */
export function baseForms(word: string): readonly string[] {
  let forms = baseFormCache.get(word);
  if (!forms) {
    forms = Object.freeze(computeBaseForms(word));
    // Words repeat across articles; the bound keeps a long run's memory flat.
    if (baseFormCache.size >= 50_000) baseFormCache.clear();
    baseFormCache.set(word, forms);
  }
  return forms;
}

const baseFormCache = new Map<string, readonly string[]>();

function computeBaseForms(word: string): string[] {
  const w = word.normalize("NFC");
  const out: string[] = [];
  const add = (s: string): void => {
    if (s.length > 0 && !out.includes(s)) out.push(s);
  };
  const f = foldSameLength(w);
  const lower = w === w.toLowerCase();
  if (w.length <= 3 || !/^\p{L}/u.test(w) || NOMINATIVE_EI.has(f)) return [w];

  const exactLower = w.toLowerCase();
  for (const rule of RULES) {
    if (!(rule.exact ? exactLower : f).endsWith(rule.suffix)) continue;
    const cut = rule.cut ?? rule.suffix.length;
    if (w.length - cut < (rule.minStem ?? 2)) continue;
    for (const ending of lower && rule.lowerTo ? rule.lowerTo : rule.to) add(rewrite(w, cut, ending));
    break;
  }
  add(w);
  // feminine adjectives of names: Europene → Europeană, Atlantice → Atlantică, Naționale → Națională (after the word)
  if (!lower && /([^l]|al)e$/.test(f) && !f.endsWith("ele")) {
    const a = /[ăâîșț]/i.test(w) ? "ă" : "a";
    add(w.slice(0, -1) + caseLike(w, a));
    const diphthong = /^(.*)e([bcdfghjklmnprstvzșț]+)e$/iu.exec(w);
    if (diphthong) add(`${diphthong[1]}${caseLike(w, "ea")}${diphthong[2]}${caseLike(w, a)}`);
  }
  return out;
}

/**
 * Nominatives of a feminine genitive whose stem vowel the ending changed: "Sucevei" → "Suceava", "Oradiei" →
 * "Oradea", "Băncii" → "Banca", "Țării" → "Țara" (candidates only: the caller keeps one a list knows).
 */
export function vowelRestored(word: string): string[] {
  const out: string[] = [];
  // e → ea before the last consonants: "Sucevei" → "Suceava", "Moldovei" stays "Moldova" by the plain rules
  const ea = /^(.*)e([^aeiouăâî]+)ei$/iu.exec(word);
  if (ea) out.push(`${ea[1]}ea${ea[2]}a`);
  // -iei → -ea: "Oradiei" → "Oradea"
  if (/iei$/iu.test(word)) out.push(`${word.slice(0, -3)}ea`);
  // ă → a in the last syllable of the stem: "Băncii" → "Banca", "Țării" → "Țara"
  const a = /^(.*)ă([^aeiouăâî]+)(?:ii|ei)$/iu.exec(word);
  if (a) out.push(`${a[1]}a${a[2]}a`);
  // … with z → d too: "Gărzii" → "Garda", "lăzii" → "lada"
  const d = /^(.*)ă([^aeiouăâîz]*)z(?:ii|ei)$/iu.exec(word);
  if (d) out.push(`${d[1]}a${d[2]}da`);
  // o → oa: "Școlii" → "Școala", "Porții" → "Poarta"
  const oa = /^(.*)o([^aeiouăâî]+)ii$/iu.exec(word);
  if (oa) out.push(`${oa[1]}oa${oa[2]}a`);
  return out;
}
