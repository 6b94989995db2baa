// What a news page wraps around the article: the agency dateline before the first sentence
// ("KYIV, Dec 18 (Reuters) -", "BUCUREȘTI, 18 dec /Agerpres/ -", "THUNDER BAY, Ont. —", "Santa Cruz de La Palma (EFE).-"),
// and lines that are not the story
// ("Citește și: …", "Foto: …", "Reporting by …; Editing by …", "Urmărește-ne pe Google News").
// Names in them are the photographer's or another article's: they are no actors here. The agency
// is the one name kept: it is the article's source, as "transmite Agerpres" is inside a text.

/** Agencies whose name stands in a dateline. */
const AGENCY = String.raw`Reuters|AP|AFP|Agerpres|AGERPRES|Mediafax|MEDIAFAX|News\.ro|Bloomberg|dpa|DPA|Anadolu|Xinhua|TASS|Interfax|RFE\/RL|Ukrinform|UNIAN|PAP|ANSA|EFE|Kyodo|Yonhap`;

/** The state or country after an AP dateline's city: "THUNDER BAY, Ont. —", "CUIABÁ, Brazil —". */
const REGION = String.raw`(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2})?`;

/** An agency in no list, after a city in capitals and a date: "ALMATY, April 13 (Kazinform) -" (one to three capitalised words). */
const ANY_AGENCY = String.raw`[\p{Lu}][\p{L}.&]*(?:[ -][\p{Lu}][\p{L}.&]*){0,2}`;

/** A dateline's date: "Dec 18", "18 dec", "March 7". */
const DATE = String.raw`(?:[\p{L}]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[\p{L}]{3,9}\.?)`;

/**
 * A dateline at the start of the text: a place (one or more cities, maybe with its country:
 * "SUWAŁKI, Poland, March 7 (Reuters) -"), an optional date, the agency in brackets or slashes, a dash;
 * or, AP style, capitals and a dash, maybe with the state or country ("WASHINGTON — ", "THUNDER BAY, Ont. —"); or
 * capitals, a date, any agency in brackets and a dash ("ALMATY, April 13 (Kazinform) -"); or capitals, a date and a dash
 * ("PERTH, Oct 26 -").
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:[\p{Lu}][\p{L} .,'’\/-]{1,60}?,?\s*${DATE}?\s*[(\/](${AGENCY})[)\/]\.?\s*[-–—]+|[\p{Lu}][\p{Lu} .'’\/-]{2,40}${REGION}\s+[—–]|[\p{Lu}][\p{Lu} .'’\/-]{2,40}${REGION},\s*${DATE}\s*[(\/](${ANY_AGENCY})[)\/]\.?\s*[-–—]+|[\p{Lu}][\p{Lu} .'’\/-]{2,40},\s*${DATE}\s+[-–—]+|\((${AGENCY})\)\s*[-–—]+)\s*`,
  "u",
);

/** Lines that are page furniture, by how they start. */
const FURNITURE_STARTS = [
  // labels with a colon: links to other articles, credits, tags
  String.raw`(?:cite[sș]te [sș]i|vezi [sș]i|recomandări|read more|read also|see also|related|foto|photo|sursa foto|sursă foto|video|autor|author|editor|tags?|etichete|our standards)\s*:`,
  // agency credits
  String.raw`(?:reporting|writing|editing|additional reporting|compiled|translated) by\b`,
  // calls to follow, copyright
  String.raw`(?:urmăre[sș]te|urmareste|follow us|sign up|subscribe|abonează-te|aboneaza-te)\b.*\b(?:google news|facebook|whatsapp|telegram|newsletter|x\.com|instagram|youtube)\b`,
  String.raw`(?:©|copyright\b|toate drepturile rezervate|all rights reserved)`,
].join("|");
const FURNITURE_LINE = new RegExp(`^\\s*(?:${FURNITURE_STARTS})`, "iu");
/**
 * The same at the start of any line of a whole text: a cheap test that it has any furniture line at
 * all (tried only where a line starts; it finds every line FURNITURE_LINE finds, and may find more).
 */
const FURNITURE_SOMEWHERE = new RegExp(`^\\s*(?:${FURNITURE_STARTS})`, "imu");

/** The longest line that can be furniture: a paragraph of the story is longer. */
const MAX_FURNITURE = 300;

/**
 * The text without its dateline (its agency moved to the end) and furniture lines. Line breaks stay, so paragraphs stay where
 * they were; a text with neither comes back unchanged (the same string).
 */
export function stripBoilerplate(text: string): string {
  // (the agency stays, in brackets on a line of its own after the story, which keeps its lead first: "(Reuters)")
  let source = "";
  let out = text.replace(DATELINE, (_line, agency?: string, other?: string, bare?: string) => {
    const name = agency ?? other ?? bare;
    if (name) source = `\n\n(${name})`;
    return "";
  });
  if (FURNITURE_SOMEWHERE.test(out)) {
    out = out
      .split("\n")
      .map((line) => (line.length <= MAX_FURNITURE && FURNITURE_LINE.test(line) ? "" : line))
      .join("\n");
  }
  return out + source;
}
