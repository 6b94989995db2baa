// The topic lexicon on news of every domain: sentences written for these tests (Romanian with its
// inflections, English with its synonyms) name the topic a news editor would write, and sentences
// that only come near a topic (a word it shares with another) do not name it.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import type { Lang } from "../../src/types.js";
import { loadResources } from "../../src/resources/load.js";

const resources = loadResources();

const labels = (text: string, lang: Lang): string[] =>
  extract(analyze({ id: "t", path: "t.txt", text, date: "2026-03-10", lang }), resources).topics.map((t) => t.label);

type Case = [text: string, want: string[]];

/** Each sentence names (at least) the topics listed. */
function finds(lang: Lang, cases: Case[]): void {
  it.each(cases)(`${lang}: %s`, (text, want) => {
    expect(labels(text, lang)).toEqual(expect.arrayContaining(want));
  });
}

/** Each sentence names none of the topics listed. */
function misses(lang: Lang, cases: Case[]): void {
  it.each(cases)(`${lang}, not: %s`, (text, unwanted) => {
    const got = labels(text, lang);
    for (const u of unwanted) expect(got, u).not.toContain(u);
  });
}

describe("public finance", () => {
  finds("ro", [
    ["Executivul a anunțat un nou pachet de măsuri fiscale și majorarea cotei standard de TVA de la 1 august.", ["fiscal consolidation", "vat increase"]],
    ["Comisia a avertizat că România rămâne în procedura de deficit bugetar excesiv dacă nu taie cheltuielile.", ["excessive deficit procedure"]],
    ["Proiectul bugetului pe 2026 ajunge săptămâna viitoare în Parlament, după o rectificare bugetară dificilă.", ["state budget", "budget revision"]],
    ["Sindicatele cer deblocarea salariilor bugetarilor, iar guvernul pregătește reforma pensiilor speciale.", ["public sector wages", "special pensions"]],
    ["Curtea a amânat decizia privind pensiile magistraților, invocând independența justiției.", ["magistrates' pensions", "rule of law"]],
    ["Agențiile de rating au menținut ratingul suveran la limita categoriei investiționale.", ["credit rating"]],
    ["Ministrul a promis accelerarea absorbției fondurilor europene pentru autostrăzi.", ["EU funds absorption"]],
    ["Guvernul a adoptat măsuri de austeritate: tăieri bugetare și reducerea cheltuielilor cu bunuri și servicii.", ["austerity measures"]],
    ["Bulgaria a finalizat trecerea la moneda euro la 1 ianuarie.", ["euro adoption"]],
    ["Economiștii avertizează că o reformă fiscală grăbită ar putea încuraja evaziunea fiscală.", ["tax reform", "tax evasion"]],
    ["Salariul minim brut pe economie crește de la 1 iulie, în timp ce pensionarii așteaptă indexarea pensiilor.", ["minimum wage", "pensions"]],
  ]);
  finds("en", [
    ["The finance minister unveiled a fiscal consolidation plan and a VAT hike to narrow the gap.", ["fiscal consolidation", "vat increase"]],
    ["Brussels opened an excessive deficit procedure against three member states.", ["excessive deficit procedure"]],
    ["Parliament will vote on the 2026 budget before Christmas, the coalition said.", ["state budget"]],
    ["Fitch cut the country's sovereign credit rating to junk status, pushing up bond yields.", ["credit rating", "borrowing costs"]],
    ["The cabinet froze public sector pay and announced spending cuts in every ministry.", ["public sector wages", "austerity measures"]],
    ["Unions staged a general strike against the pension reform that raises the retirement age to 64.", ["strikes", "pension reform"]],
    ["The government will levy a windfall tax on energy companies and sell state stakes in two utilities.", ["windfall tax", "privatisation"]],
  ]);
  misses("ro", [
    ["Primăria a aprobat bugetul local pentru parcuri și grădinițe.", ["excessive deficit procedure", "state budget"]],
    ["Deficitul de medicamente din spitale s-a agravat.", ["excessive deficit procedure", "budget deficit"]],
    ["Ministrul Investițiilor a vizitat șantierul.", ["government formation"]],
    ["Liderul a atras atenția asupra riscurilor.", ["terrorism", "assassination"]],
  ]);
  misses("en", [
    ["The budget of the city council was approved without debate.", ["excessive deficit procedure", "state budget"]],
    ["He met private investors at the White House on Monday.", ["privatisation", "housing"]],
  ]);
});

describe("trade and industry", () => {
  finds("ro", [
    ["Beijingul a extins controlul exporturilor de pământuri rare și de magneți.", ["export controls", "rare earths"]],
    ["Varșovia a prelungit interzicerea importurilor de cereale din Ucraina, spre nemulțumirea Kievului.", ["grain imports"]],
    ["Comisia impune taxe antidumping la oțelul chinezesc pentru a proteja industria siderurgică.", ["anti-dumping duties", "steel industry"]],
    ["Deficitul comercial al României a crescut, iar producătorii auto cer acces pe piețele asiatice.", ["trade deficit", "automotive industry", "market access"]],
    ["Oficialii au discutat despre uniunea vamală și despre tarifele vamale americane.", ["customs union", "tariffs"]],
  ]);
  finds("en", [
    ["Washington tightened export controls on advanced chips while Beijing restricted rare-earth magnets.", ["export controls", "rare earths"]],
    ["The EU imposed countervailing duties on Chinese electric vehicles after an anti-subsidy probe.", ["anti-dumping duties", "electric vehicles"]],
    ["Hungary announced an import ban on Ukrainian farm goods, citing the trade imbalance.", ["import ban", "trade deficit"]],
    ["Leaders want to deepen the single market and cut red tape to restore competitiveness.", ["single market", "regulatory simplification", "competitiveness"]],
    ["The bloc may use its anti-coercion instrument in response to economic blackmail.", ["economic coercion"]],
  ]);
  misses("en", [
    ["Protesters dumped paint outside the ministry.", ["anti-dumping duties"]],
    ["Exports of cars rose slightly in March.", ["export controls"]],
  ]);
});

describe("agriculture and food", () => {
  finds("ro", [
    ["Fermierii au protestat cu tractoarele în fața ministerului, cerând subvenții agricole mai mari.", ["farmers' protests", "agricultural subsidies"]],
    ["Seceta din sudul țării a compromis recolta de porumb.", ["drought", "agriculture"]],
    ["Scumpirea alimentelor de bază a dus la plafonarea adaosului comercial.", ["food prices"]],
  ]);
  finds("en", [
    ["Protesting farmers blocked roads in Brussels against cuts to the Common Agricultural Policy.", ["farmers' protests", "agricultural subsidies"]],
    ["A severe drought has pushed up food prices across southern Europe.", ["drought", "food prices"]],
    ["Polish officials want limits on grain imports from Ukraine.", ["grain imports"]],
  ]);
  misses("ro", [["Fermierii au semnat contracte noi cu procesatorii.", ["farmers' protests"]]]);
});

describe("security and defence", () => {
  finds("ro", [
    ["Aliații desfășoară exerciții militare de amploare în Marea Baltică, iar navele de deminare caută mine marine.", ["military exercises", "naval mines"]],
    ["Două avioane rusești au încălcat spațiul aerian al Estoniei timp de 12 minute.", ["airspace violations"]],
    ["Polonia și statele baltice se retrag din Convenția de la Ottawa privind minele antipersonal.", ["landmines"]],
    ["Germania discută reintroducerea serviciului militar obligatoriu.", ["conscription"]],
    ["Baza de la Mihail Kogălniceanu va deveni cea mai mare bază militară NATO din Europa.", ["military bases"]],
    ["Summitul NATO de la Haga a aprobat noua țintă de cheltuieli.", ["NATO summit"]],
    ["Guvernul a semnat contracte de înzestrare pentru tancuri și vânzarea de armament către un stat vecin.", ["defence procurement", "arms sales"]],
    ["Liderii coaliției de voință au discutat despre descurajarea nucleară franceză.", ["coalition of the willing", "nuclear deterrence"]],
    ["Mai multe cabluri submarine din Marea Baltică au fost avariate, iar bruiajul GPS afectează zborurile.", ["undersea cables", "gps jamming"]],
    ["Moscova și Washingtonul nu au mai discutat despre controlul armamentelor de la expirarea tratatului New START.", ["arms control"]],
  ]);
  finds("en", [
    ["Russia and Belarus began the Zapad military exercises near the Polish border.", ["military exercises"]],
    ["Minehunters from three navies will clear drifting mines off the coast.", ["naval mines"]],
    ["Three Russian MiG-31s violated Estonian airspace, prompting Article 4 consultations.", ["airspace violations"]],
    ["The ministry plans to reintroduce conscription and expand military bases in the east.", ["conscription", "military bases"]],
    ["Washington approved arms sales worth $2 billion, while Warsaw pressed ahead with joint procurement.", ["arms sales", "defence procurement"]],
    ["Investigators suspect sabotage after two undersea cables were severed and reported heavy GPS jamming.", ["undersea cables", "gps jamming", "sabotage"]],
    ["Prosecutors charged two men with espionage for a foreign intelligence service.", ["espionage"]],
    ["The NATO summit will discuss military mobility and the coalition of the willing.", ["NATO summit", "military mobility", "coalition of the willing"]],
  ]);
  misses("ro", [
    ["Pentru mine, marina comercială e o carieră frumoasă.", ["naval mines"]],
    ["Mobilizarea voluntarilor pentru curățenie a fost un succes.", ["conscription"]],
  ]);
  misses("en", [
    ["The company is drilling new wells offshore.", ["military exercises"]],
    ["Investors are willing to fund the coalition's projects.", ["coalition of the willing"]],
  ]);
});

describe("diplomacy", () => {
  finds("ro", [
    ["Armenia și Azerbaidjanul au convenit asupra delimitării frontierei și asupra unui tratat de pace.", ["border delimitation", "peace agreement"]],
    ["Qatarul și Egiptul au oferit medierea unei pauze umanitare care să permită accesul ajutoarelor umanitare.", ["mediation", "humanitarian truce", "humanitarian access"]],
    ["Ministerul de Externe a anunțat expulzarea a doi diplomați ruși, declarați persona non grata.", ["diplomatic expulsions"]],
    ["Companiile chineze sunt acuzate de eludarea sancțiunilor prin flota din umbră.", ["sanctions evasion", "shadow fleet"]],
    ["Danemarca preia președinția rotativă a Consiliului UE și vrea votul cu majoritate calificată în politica externă.", ["EU Council presidency", "qualified majority voting"]],
    ["Ciocnirile de la frontieră dintre cele două țări au făcut zeci de victime.", ["border dispute", "casualties"]],
  ]);
  finds("en", [
    ["Thailand and Cambodia agreed a truce after border clashes, in talks mediated by Malaysia.", ["border dispute", "mediation"]],
    ["The UN called for humanitarian access and a humanitarian pause to let aid trucks into the city.", ["humanitarian access", "humanitarian truce"]],
    ["London expelled a Russian diplomat in a tit-for-tat expulsion.", ["diplomatic expulsions"]],
    ["Tankers of the shadow fleet help Moscow circumvent sanctions on its oil.", ["shadow fleet", "sanctions evasion"]],
    ["Several capitals back treaty change and qualified majority voting in foreign policy.", ["EU treaty change", "qualified majority voting"]],
    ["Budapest lost access to frozen EU funds under the conditionality mechanism.", ["rule of law conditionality"]],
    ["Leaders discussed UN reform and Ukraine's neutrality.", ["UN reform", "neutrality"]],
  ]);
  misses("en", [
    ["European Council President António Costa chaired the meeting.", ["EU Council presidency"]],
    ["The media reported the story first.", ["mediation"]],
  ]);
  misses("ro", [["Președintele grupului parlamentar a vorbit.", ["G20 presidency"]]]);
});

describe("energy", () => {
  finds("ro", [
    ["Acordul de tranzit al gazelor prin Ucraina a expirat, iar depozitele de gaze sunt pline în proporție de 90%.", ["gas transit", "gas storage"]],
    ["Prețul petrolului Brent a scăzut după ce OPEC+ a decis creșterea producției de petrol.", ["oil prices", "oil production"]],
    ["Parcurile eoliene și panourile fotovoltaice au adus un record de energie regenerabilă.", ["renewable energy"]],
    ["Consumatorii primesc facturi la curent mai mari după eliminarea plafonării prețului la energie electrică.", ["electricity prices"]],
    ["Tranziția energetică cere decarbonizarea industriei grele.", ["energy transition"]],
    ["Construcția reactoarelor de la centrala nucleară de la Cernavodă continuă.", ["nuclear energy"]],
  ]);
  finds("en", [
    ["Gas storage levels fell below 60% as gas transit through Ukraine ended.", ["gas storage", "gas transit"]],
    ["Oil prices jumped as OPEC+ agreed to keep oil output unchanged.", ["oil prices", "oil production"]],
    ["Households face higher electricity bills despite the boom in solar power and wind farms.", ["electricity prices", "renewable energy"]],
  ]);
});

describe("migration and society", () => {
  finds("ro", [
    ["Berlinul a reintrodus controale la frontierele interne și accelerează deportarea migranților.", ["border controls", "deportations"]],
    ["Poliția a destructurat o rețea de trafic de persoane care exploata muncitori străini.", ["human trafficking", "foreign workers"]],
    ["Votul din diaspora a fost decisiv în turul al doilea.", ["diaspora"]],
    ["Parlamentul georgian a adoptat legea agenților străini, în ciuda protestelor de stradă.", ["foreign agents law", "protests"]],
    ["Procurorii anchetează o grupare infracțională implicată în traficul de droguri.", ["organised crime", "drug trafficking"]],
  ]);
  finds("en", [
    ["The government opened return hubs and promised mass deportations.", ["deportations"]],
    ["Police dismantled a drug cartel that smuggled cocaine through the port.", ["drug trafficking"]],
    ["Thousands took to the streets after parliament passed the foreign agents law.", ["protests", "foreign agents law"]],
  ]);
  misses("en", [
    ["The spokesman told journalists the president would travel on Monday.", ["freedom of the press"]],
    ["He thanked the department for its work.", ["deportations"]],
  ]);
});

describe("elections and politics", () => {
  finds("ro", [
    ["Alegerile prezidențiale reluate au fost precedate de o campanie electorală tensionată și de acuzații de fraudă electorală.", ["presidential election", "electoral campaign", "election fraud"]],
    ["Partidele se pregătesc pentru alegerile parlamentare anticipate.", ["snap election"]],
    ["Opoziția a depus o moțiune de cenzură împotriva guvernului.", ["no-confidence vote"]],
    ["Un nou sondaj de opinie arată că partidul conduce în intențiile de vot.", ["opinion polls"]],
    ["Alegerile locale din toamnă vor avea loc după noua lege electorală.", ["local elections", "electoral law"]],
    ["Parlamentul a votat suspendarea președintelui.", ["impeachment"]],
  ]);
  finds("en", [
    ["The presidential runoff was marred by allegations of vote buying and ballot stuffing.", ["presidential election", "election fraud"]],
    ["The prime minister lost a no-confidence vote and called a snap election.", ["no-confidence vote", "snap election"]],
    ["Polls show the far-right party leading ahead of the parliamentary elections.", ["opinion polls", "parliamentary election"]],
    ["An assassination attempt on the candidate overshadowed the election campaign.", ["assassination", "electoral campaign"]],
    ["The junta seized power in a military coup last year.", ["coup"]],
  ]);
  misses("ro", [
    ["Administrația Prezidențială a publicat agenda.", ["presidential election"]],
    ["Parlamentul s-a reunit în sesiune extraordinară.", ["parliamentary election"]],
  ]);
  misses("en", [["The polling station opened at seven.", ["opinion polls"]]]);
});

describe("health, technology and climate", () => {
  finds("ro", [
    ["Spitalele semnalează lipsa medicamentelor, iar rata de vaccinare a scăzut.", ["medicine shortages", "vaccination"]],
    ["Guvernul a exclus echipamentele Huawei din rețelele 5G.", ["5G networks"]],
    ["Inundațiile și incendiile de vegetație au afectat mii de gospodării.", ["floods", "wildfires"]],
    ["Statele membre au convenit ținta climatică pentru 2040 și amânarea ETS2.", ["emissions targets", "carbon pricing"]],
  ]);
  finds("en", [
    ["Regulators are drafting rules on stablecoins and other crypto assets.", ["cryptocurrencies"]],
    ["The government wants a social media ban for children under 16 and stricter age verification.", ["online child safety"]],
    ["Flash floods and wildfires hit the region after a record drought.", ["floods", "wildfires", "drought"]],
    ["The EU agreed a 2040 climate target and a carbon border tax.", ["emissions targets", "carbon pricing"]],
  ]);
});

describe("world regions", () => {
  finds("ro", [
    ["Iranul a amenințat cu închiderea strâmtorii Ormuz după loviturile americane asupra Iranului.", ["Strait of Hormuz", "Israel–Iran war"]],
    ["Tensiunile dintre India și Pakistan au crescut după atacul din Kashmir.", ["India–Pakistan tensions"]],
    ["Navele chineze au blocat o navă filipineză în Marea Chinei de Sud.", ["South China Sea"]],
    ["Guvernul libanez a aprobat un plan pentru dezarmarea Hezbollah.", ["Hezbollah disarmament"]],
    ["Extinderea coloniilor israeliene în Cisiordania a fost condamnată de UE.", ["Israeli settlements"]],
  ]);
  finds("en", [
    ["Houthi attacks on shipping have cut traffic through the Suez Canal.", ["Red Sea shipping"]],
    ["Settler violence in the West Bank surged, the UN said.", ["Israeli settlements"]],
    ["Copenhagen rejected any purchase of Greenland and boosted Arctic security.", ["Greenland", "Arctic"]],
  ]);
});

// Single words that share a stem with common unrelated words must not name the topic.
describe("words that only share a stem", () => {
  misses("en", [
    ["The country's population is growing and the nation is proud of its national team.", ["far right and populism"]],
    ["Both sides have been waging war for three years.", ["wages"]],
    ["Renewed fighting broke out near the border.", ["renewable energy"]],
    ["Shell reported higher profits from its refineries.", ["drone and missile attacks"]],
    ["Congress returns from its summer recess next week.", ["economic growth"]],
    ["The resolution was adopted by a unanimous vote.", ["veto"]],
    ["Traffic jams blocked the capital for hours.", ["gps jamming"]],
    ["The talks took place at a neutral venue in Istanbul.", ["neutrality"]],
    ["The competition authority fined the company.", ["competitiveness"]],
    ["Extreme weather hit the north of the country.", ["terrorism"]],
    ["Amnesty International criticised the new law.", ["war crimes"]],
    ["Universal suffrage was introduced in 1918.", ["education"]],
  ]);
  misses("ro", [
    ["Minorii au nevoie de acordul părinților pentru a călători.", ["human rights"]],
    ["Ministrul a demonstrat că s-a manifestat un interes real.", ["protests"]],
    ["Echipa a câștigat competiția după o finală strânsă.", ["competitiveness"]],
    ["Legea a fost adoptată în unanimitate.", ["veto"]],
    ["Banca a acordat un credit de nevoi personale.", ["banking sector"]],
  ]);
  finds("en", [
    ["Populist parties and nationalists gained ground in the election.", ["far right and populism"]],
    ["Any change to foreign policy requires unanimity among member states.", ["veto"]],
  ]);
});

describe("government, budgets and labour", () => {
  finds("ro", [
    ["Guvernul interimar nu poate adopta ordonanțe, iar partidele negociază un nou acord de guvernare.", ["caretaker government", "coalition agreement"]],
    ["Sindicatele au anunțat o grevă de avertisment și cer un contract colectiv de muncă la nivel de sector.", ["warning strike", "collective bargaining"]],
    ["Pentru a acoperi deficitul, Executivul ia în calcul majorarea impozitelor și o nouă emisiune de titluri de stat.", ["tax increases", "government bonds"]],
    ["Ministrul a prezentat execuția bugetară pe primele nouă luni și efectele scumpirilor asupra costului vieții.", ["budget execution", "cost of living"]],
    ["Liderii coaliției nu au căzut de acord asupra desemnării premierului.", ["prime minister nomination"]],
  ]);
  finds("en", [
    ["Unions and employers resumed collective bargaining as the caretaker government prepared new tax hikes.", ["collective bargaining", "caretaker government", "tax increases"]],
    ["The treasury plans a bond issue and a state guarantee for the rail company's loan.", ["government bonds", "loan guarantee"]],
    ["Economists warn of a recession, while households struggle with the cost of living.", ["recession", "cost of living"]],
  ]);
});

describe("conflicts, borders and nuclear files", () => {
  finds("ro", [
    ["Negociatorii au discutat retragerea trupelor, protecția civililor și eliberarea ostaticilor.", ["troop withdrawal", "protection of civilians", "hostage release"]],
    ["Inspectorii AIEA cer acces la stocul de uraniu îmbogățit.", ["nuclear inspections", "uranium enrichment"]],
    ["Cele două părți au discutat despre punctele de trecere, libera circulație și securitatea frontierei.", ["crossing points", "free movement", "border security"]],
    ["Agenda include combaterea terorismului, persoanele strămutate și riscul de foamete.", ["counter-terrorism", "displaced people", "famine"]],
    ["Opoziția cere eliberarea deținuților politici și curățarea listelor electorale înainte de stabilirea datei alegerilor.", ["political prisoners", "voter registration", "election date"]],
  ]);
  finds("en", [
    ["The envoys discussed uranium enrichment, IAEA inspections and North Korea's ballistic missiles programme.", ["uranium enrichment", "nuclear inspections"]],
    ["The agreement sets up a monitoring mechanism for the ceasefire and a timetable for the withdrawal of troops.", ["ceasefire monitoring", "troop withdrawal"]],
    ["The transitional government promised a power-sharing deal, international observers and an electoral roll audit.", ["political transition", "power-sharing", "election observation", "voter registration"]],
    ["Both sides want a code of conduct with a dispute settlement mechanism.", ["code of conduct", "dispute settlement"]],
  ]);
});

describe("trade, energy and the economy of regions", () => {
  finds("ro", [
    ["Miniștrii au discutat despre interconectarea energetică, aprovizionarea cu gaze și tarifele de tranzit.", ["energy interconnection", "gas supply", "transit tariffs"]],
    ["Statele producătoare urmăresc cererea de petrol și exporturile de țiței.", ["oil demand", "oil exports"]],
    ["Comisia a aprobat fondurile de coeziune pentru studiul de fezabilitate al noului pod.", ["cohesion funds", "feasibility study"]],
    ["Operatorul a cerut racordarea la rețea a parcurilor eoliene offshore.", ["grid connection", "offshore wind"]],
    ["Aderarea la OCDE și războiul comercial dintre marile puteri au fost pe agendă.", ["OECD accession", "trade war"]],
  ]);
  finds("en", [
    ["Negotiators want to remove non-tariff barriers and restart trade talks before a trade war breaks out.", ["trade barriers", "trade negotiations", "trade war"]],
    ["The ministers agreed on energy cooperation, grid interconnection and new gas deliveries.", ["energy cooperation", "energy interconnection", "gas supply"]],
    ["Ports along the river want better Danube navigation and more cross-border trade.", ["Danube navigation", "cross-border trade"]],
  ]);
  misses("en", [
    // a topic word inside a longer name is part of the name, not a topic
    ["She asked for a meeting with the Tourism Administration next year.", ["tourism"]],
    ["The Ministry of Energy declined to comment.", ["energy"]],
  ]);
  misses("ro", [["Ministerul Turismului nu a comentat.", ["tourism"]]]);
});
