// Name lists and phrase tables for the synthetic benchmark corpus (src/bench/corpus.ts).
// Everything here is invented (except a few real places and the real actors the knowledge base
// knows), so the extractor meets names it has never seen, in Romanian and English, with the
// inflected forms real news uses: "Ministerului", "lui X", "Valdorei", "Brastinului".

import type { Lang } from "../types.js";

/** First names (mixed origins, as in international news). */
export const FIRST_NAMES: readonly string[] = [
  "Andrei", "Mihail", "Radu", "Sorin", "Tudor", "Victor", "Bogdan", "Cezar", "Dorin", "Emil",
  "Florin", "Horia", "Iulian", "Laurențiu", "Marius", "Nicolae", "Octavian", "Petru", "Ștefan", "Valentin",
  "Elena", "Ioana", "Mirela", "Simona", "Teodora", "Adina", "Corina", "Diana", "Gabriela", "Irina",
  "Arvid", "Boris", "Casimir", "Dmitar", "Edvin", "Fedor", "Goran", "Henrik", "Igor", "Janos",
  "Karel", "Lukas", "Matej", "Nikolai", "Oskar", "Pavel", "Ruslan", "Stanislav", "Tomas", "Vadim",
  "Anders", "Brendan", "Caleb", "Declan", "Elliot", "Franklin", "Graham", "Harlan", "Isaac", "Julian",
  "Kendra", "Lorena", "Marisol", "Nadia", "Olena", "Petra", "Renata", "Sabine", "Tatiana", "Vera",
];

/** Last names: all invented or rare enough not to be in any knowledge base. */
export const LAST_NAMES: readonly string[] = [
  "Varga", "Dobrescu", "Milescu", "Tarnovan", "Câmpeanu", "Hristea", "Oprișan", "Vlădescu", "Bârsan", "Jitaru",
  "Negrilă", "Pâcleanu", "Sârbu", "Ținteanu", "Zamfirache", "Olaru", "Rădulescu", "Stoica", "Murgu", "Gavrilaș",
  "Kovalenko", "Marchetti", "Lindqvist", "Brandt", "Okonkwo", "Haldane", "Petrovic", "Novak", "Sorensen", "Aldridge",
  "Kessler", "Morozan", "Dragomir", "Vukovic", "Halvorsen", "Castellan", "Delacroix", "Fenwick", "Garrity", "Holloway",
  "Ivanko", "Jankovic", "Karsten", "Lombardi", "Markovic", "Nyberg", "Ostrowski", "Prescott", "Quintero", "Rasmussen",
  "Salgado", "Thornbury", "Underhill", "Valcourt", "Westbrook", "Yarovenko", "Zelinski", "Abramov", "Belinsky", "Corvin",
  "Dunmore", "Esterhazy", "Falkenrath", "Grimaldi", "Harrow", "Ilyasov", "Jarvik", "Kolbe", "Lavrinenko", "Moravec",
];

/** A country of the synthetic world: Romanian and English forms and their inflections. */
export interface CountryName {
  /** Romanian nominative (the articulated form for feminine names in -ia). */
  ro: string;
  /** Romanian genitive/dative: "Norvaliei". */
  roGen: string;
  en: string;
  /** Romanian masculine plural demonym ("norvalieni") and its feminine singular ("norvaliană"). */
  roPeople: string;
  roAdjF: string;
  /** English adjective: "Norvalian". */
  enAdj: string;
}

/** Invented countries: feminine -ia names, genitive -iei. */
export const COUNTRIES: readonly CountryName[] = [
  "Norvalia", "Estravia", "Caldoria", "Vesnia", "Moravania", "Tarsia", "Orlandia", "Belmaria", "Kastovia",
  "Lumeria", "Sarvenia", "Ostrania", "Delvaria", "Galicenia", "Rovenia", "Sildavia",
].map((name) => {
  const stem = name.slice(0, -2); // "Norval"
  return {
    ro: name,
    roGen: `${name.slice(0, -1)}ei`,
    en: name,
    roPeople: `${stem.toLowerCase()}ieni`,
    roAdjF: `${stem.toLowerCase()}iană`,
    enAdj: `${stem}ian`,
  };
});

/** A city: its forms in both languages. */
export interface PlaceName {
  /** Romanian nominative as a place ("la Valdora", "la Brastin"). */
  ro: string;
  /** Romanian articulated nominative, used when the city acts ("Brastinul", "Valdora"). */
  roActor: string;
  /** Romanian genitive: "Valdorei", "Brastinului". */
  roGen: string;
  en: string;
}

function feminine(name: string, en = name): PlaceName {
  return { ro: name, roActor: name, roGen: `${name.slice(0, -1)}ei`, en };
}
function masculine(name: string, en = name): PlaceName {
  return { ro: name, roActor: `${name}ul`, roGen: `${name}ului`, en };
}

/** Invented cities (two per invented country, in the same order) — "Moscova"-like feminine and "Kiev"-like masculine. */
export const CITIES: readonly PlaceName[] = [
  feminine("Valdora"), masculine("Brastin"), feminine("Severna"), masculine("Koval"), feminine("Castrova"), masculine("Tirnograd"),
  feminine("Ilmara"), masculine("Dravost"), feminine("Orsava"), masculine("Belgrest"), feminine("Pelina"), masculine("Halmstad"),
  feminine("Rusava"), masculine("Ostrog"), feminine("Velika"), masculine("Marburg"), feminine("Solvena"), masculine("Zarnik"),
  feminine("Torava"), masculine("Kelmar"), feminine("Lisova"), masculine("Vardin"), feminine("Netora"), masculine("Garvik"),
  feminine("Amerna"), masculine("Dolsk"), feminine("Kirava"), masculine("Sternberg"), feminine("Mireva"), masculine("Pollux"),
  feminine("Zelora"), masculine("Tavrin"),
];

/** Real cities where talks are often held (some in the knowledge base, some not). */
export const REAL_CITIES: readonly PlaceName[] = [
  masculine("Berlin"), masculine("Paris"), feminine("Geneva"), feminine("Viena", "Vienna"), feminine("Varșovia", "Warsaw"),
  masculine("Istanbul"), feminine("Roma", "Rome"), masculine("Helsinki"), masculine("Riad", "Riyadh"), masculine("Miami"),
  feminine("Moscova", "Moscow"), masculine("Kiev", "Kyiv"), masculine("Washington"), masculine("Budapest"), feminine("Praga", "Prague"),
];

/** An organisation: Romanian nominative, Romanian genitive, English. `{country}` / `{countryGen}` are filled in. */
export interface OrgName {
  ro: string;
  roGen: string;
  en: string;
}

/** Organisation templates; the country-bound ones are instantiated per invented country. */
export const ORG_TEMPLATES: readonly OrgName[] = [
  { ro: "Ministerul Afacerilor Externe al {countryGen}", roGen: "Ministerului Afacerilor Externe al {countryGen}", en: "Foreign Ministry of {country}" },
  { ro: "Ministerul Apărării al {countryGen}", roGen: "Ministerului Apărării al {countryGen}", en: "Defence Ministry of {country}" },
  { ro: "Consiliul de Securitate al {countryGen}", roGen: "Consiliului de Securitate al {countryGen}", en: "Security Council of {country}" },
  { ro: "Fondul Suveran al {countryGen}", roGen: "Fondului Suveran al {countryGen}", en: "Sovereign Fund of {country}" },
];

/** Organisations that belong to no single country. */
export const ORGS: readonly OrgName[] = [
  { ro: "Comisia Regională pentru Energie", roGen: "Comisiei Regionale pentru Energie", en: "Regional Energy Commission" },
  { ro: "Fondul Monetar Nordic", roGen: "Fondului Monetar Nordic", en: "Nordic Monetary Fund" },
  { ro: "Consiliul Mării Negre", roGen: "Consiliului Mării Negre", en: "Black Sea Council" },
  { ro: "Alianța Dunăreană", roGen: "Alianței Dunărene", en: "Danube Alliance" },
  { ro: "Organizația pentru Cooperare Baltică", roGen: "Organizației pentru Cooperare Baltică", en: "Baltic Cooperation Organisation" },
  { ro: "Agenția Europeană de Reconstrucție", roGen: "Agenției Europene de Reconstrucție", en: "European Reconstruction Agency" },
  { ro: "NATO", roGen: "NATO", en: "NATO" },
  { ro: "Uniunea Europeană", roGen: "Uniunii Europene", en: "European Union" },
];

/** Real actors the knowledge base knows, to mix known and unknown names. */
export const REAL_PEOPLE: readonly { first: string; last: string; ro: string; en: string }[] = [
  { first: "Donald", last: "Trump", ro: "președintele american", en: "US President" },
  { first: "Vladimir", last: "Putin", ro: "președintele rus", en: "Russian President" },
  { first: "Steve", last: "Witkoff", ro: "trimisul special american", en: "US special envoy" },
  { first: "Marco", last: "Rubio", ro: "secretarul de stat american", en: "US Secretary of State" },
  { first: "Kirill", last: "Dmitriev", ro: "emisarul rus", en: "Russian envoy" },
];

/** A title before a name; `{adj}` is the feminine or plain country adjective, `{countryGen}` the genitive. */
export interface TitleForm {
  ro: string;
  en: string;
}

/** Titles, in the articulated Romanian nominative and in English. */
export const TITLES: readonly TitleForm[] = [
  { ro: "președintele", en: "President" },
  { ro: "ministrul de externe", en: "Foreign Minister" },
  { ro: "ministrul apărării", en: "Defence Minister" },
  { ro: "premierul", en: "Prime Minister" },
  { ro: "trimisul special", en: "special envoy" },
  { ro: "consilierul pentru securitate națională", en: "national security adviser" },
  { ro: "secretarul de stat", en: "Secretary of State" },
  { ro: "ambasadorul", en: "Ambassador" },
  { ro: "șeful diplomației", en: "chief diplomat" },
  { ro: "vicepremierul", en: "Deputy Prime Minister" },
];

/** Topics, as the lexicons name them, in both languages. */
export const TOPICS: readonly Record<Lang, string>[] = [
  { ro: "garanțiile de securitate", en: "security guarantees" },
  { ro: "încetarea focului", en: "a ceasefire" },
  { ro: "concesiile teritoriale", en: "territorial concessions" },
  { ro: "planul de pace", en: "the peace plan" },
  { ro: "sancțiunile economice", en: "economic sanctions" },
  { ro: "reconstrucția infrastructurii", en: "reconstruction of the infrastructure" },
  { ro: "livrările de energie", en: "energy supplies" },
  { ro: "schimbul de prizonieri", en: "the prisoner exchange" },
  { ro: "aderarea la Uniunea Europeană", en: "EU accession" },
  { ro: "cooperarea militară", en: "military cooperation" },
  { ro: "coridorul de cereale", en: "the grain corridor" },
  { ro: "securitatea nucleară", en: "nuclear safety" },
];

/** Romanian month names, genitive-free ("12 martie"). */
export const MONTHS_RO: readonly string[] = [
  "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie",
];
export const MONTHS_EN: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
export const WEEKDAYS_RO: readonly string[] = ["duminică", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă"];
export const WEEKDAYS_EN: readonly string[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Newspapers and agencies for attribution ("conform Politico", "according to Reuters"). */
export const OUTLETS: readonly string[] = ["Politico", "Reuters", "Financial Times", "Agerpres", "Axios", "Bloomberg", "Kyiv Independent", "Nordic Herald"];
