import type { Correction } from "./corrections";

/**
 * Reviewed corrections for the seed bloemlezing, applied after parsing (the parser's own
 * output stays available with `corrections: false`). Keep this list small: each entry is a
 * case where the extracted text alone cannot decide, checked against the seed text, with
 * the reason. Found by reading the parsed output of the whole corpus, not only the
 * hand-checked pages.
 */
export const SEED_CORRECTIONS: readonly Correction[] = [
  {
    kind: "sectionTitle",
    section: "2.1",
    title: "Aangiftebereidheid en kennis en bewustzijn van slachtofferschap",
    rule: "split point",
    why:
      "Page 17: the heading's second line 'bewustzijn van slachtofferschap' shares its line with 'andere belangen.' of the " +
      "right column; both splits fit, and 'Slachtoffers zien zichzelf niet als slachtoffer en hebben ook andere belangen.' " +
      "is the right column's sentence.",
  },
  {
    kind: "replace",
    page: 17,
    quoteStart: "Slachtoffers zien zichzelf niet als slachtoffer",
    find: "hebben ook van slachtofferschap andere belangen.",
    replace: "hebben ook andere belangen.",
    rule: "split point",
    why: "The other half of the 2.1 title correction.",
  },
  {
    kind: "replace",
    page: 25,
    quoteStart: "Er wordt nog te vaak gesloten geplaatst",
    find: "na slachtofferschap. dan en",
    replace: "na slachtofferschap.",
    rule: "split point",
    why:
      "Page 25, right column: 'De NLA hanteert andere definitie van slachtofferschap / dan politie/de afdeling " +
      "Vreemdelingenpolitie, Identificatie / en Mensenhandel (AVIM)' (AVIM is that afdeling's name); the parser moved " +
      "'dan' and 'en' to the left column's quote.",
  },
  {
    kind: "replace",
    page: 25,
    quoteStart: "De NLA hanteert andere definitie",
    find: "van slachtofferschap politie/de afdeling Vreemdelingenpolitie, Identificatie Mensenhandel (AVIM)",
    replace:
      "van slachtofferschap dan politie/de afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM)",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
  {
    kind: "replace",
    page: 29,
    quoteStart: "Er hangt een bepaalde connotatie/ernst",
    find: "waardoor bv. zachte signalen",
    replace: "waardoor zachte signalen",
    rule: "split point",
    why:
      "Line 'Er hangt een bepaalde connotatie/ernst aan vast, waardoor bv. scholen, zorgpartijen, ...': both splits fit; " +
      "'bv.' introduces the examples 'scholen, zorgpartijen' of the right column.",
  },
  {
    kind: "replace",
    page: 29,
    quoteStart: "Seksuele uitbuiting: laat signaleren",
    find: "ingrijpen door scholen",
    replace: "ingrijpen door bv. scholen",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
  {
    kind: "merge",
    page: 29,
    first: "Minder signalering door onduidelijkheid term mensenhandel.",
    second: "Er hangt een bepaalde connotatie/ernst",
    rule: "quote boundary",
    why:
      "No gap row and no evidence in the layout; 'Er hangt een bepaalde connotatie/ernst aan vast' refers back to " +
      "'term mensenhandel', so it is the same quote.",
  },
  {
    kind: "split",
    page: 29,
    quoteStart: "Nog weinig kennis en bewustwording bij signalerende partijen",
    before: ["Onvoldoende (financiële) middelen"],
    rule: "quote boundary",
    why:
      "The line '... onderwerp (geweest).' is followed directly by 'Onvoldoende (financiële) middelen ...' with no gap row; " +
      "the second is a separate point (money for training), in the alphabetical run of quotes of its section.",
  },
  {
    kind: "replace",
    page: 59,
    quoteStart: "Signalering van criminele uitbuiting vereist meer aandacht.",
    find: "onder druk gezet/ fenomeenniveau (regionaal en landelijk).",
    replace: "onder druk gezet/ gemanipuleerd.",
    rule: "pull quote lines",
    why:
      "Page 59 ends with a large-type pull quote ('Er is meer inzicht in de problematiek op / fenomeenniveau (regionaal " +
      "en landelijk).') interleaved with the last normal line 'gemanipuleerd.'; both pairings read as text, the pull " +
      "quote's normal copy is on a missing page, so only the meaning decides: 'onder druk gezet/gemanipuleerd'.",
  },
  {
    kind: "replace",
    page: 59,
    quoteStart: "Er is meer inzicht in de problematiek op",
    find: "problematiek op gemanipuleerd.",
    replace: "problematiek op fenomeenniveau (regionaal en landelijk).",
    rule: "pull quote lines",
    why: "The other half of the previous correction.",
  },
  {
    kind: "split",
    page: 27,
    quoteStart: "De zorg voor uitgebuite minderjarige meisjes is beperkt.",
    before: ["Onderzoek kosten en baten"],
    rule: "lone line column",
    why:
      "Page 27: 'De zorg voor uitgebuite minderjarige meisjes is beperkt. ' is a right-column line (its wrap continues " +
      "with 'Deze zorg valt nu vaak onder jeugdzorg ...'); 'Onderzoek kosten en baten analyse preventie.' is the " +
      "left column's line beside it.",
  },
  {
    kind: "merge",
    page: 27,
    first: "De zorg voor uitgebuite minderjarige meisjes is beperkt.",
    second: "Deze zorg valt nu vaak onder jeugdzorg",
    rule: "lone line column",
    why: "The other half of the previous correction: 'Deze zorg' continues 'De zorg ...'.",
  },
  {
    kind: "replace",
    page: 27,
    quoteStart: "Kleine gemeenten moeten prioriteiten stellen",
    find: "die liggen aan niet altijd bij mensenhandel.",
    replace: "die liggen niet altijd bij mensenhandel.",
    rule: "split point",
    why:
      "Page 27, line 'Bij zowel 18+ als 18- slachtoffers is er vaak een tekort aan niet altijd bij mensenhandel.': the " +
      "right column reads 'die liggen / niet altijd bij mensenhandel'; both splits fit the width, and without 'niet' " +
      "the quote says the opposite.",
  },
  {
    kind: "replace",
    page: 27,
    quoteStart: "Bij zowel 18+ als 18- slachtoffers",
    find: "tekort plekken/zorg",
    replace: "tekort aan plekken/zorg",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
  {
    kind: "replace",
    page: 27,
    quoteStart: "Er is een gebrek aan capaciteit, in opvang, doorstroom",
    find: "doorstroom uitstroom.",
    replace: "doorstroom en uitstroom.",
    rule: "split point",
    why:
      "Page 27, line 'Er is een gebrek aan capaciteit, in opvang, doorstroom en van ketens.': 'doorstroom en / uitstroom' " +
      "in the left column, 'in het organiseren / van ketens' in the right; both splits fit the width.",
  },
  {
    kind: "replace",
    page: 27,
    quoteStart: "Te weinig middelen voor zorg, veel geld zit in het organiseren",
    find: "organiseren en van ketens.",
    replace: "organiseren van ketens.",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
  {
    kind: "replace",
    page: 31,
    quoteStart: "(Mogelijke) slachtoffers die zelfstandig wonen",
    find: "wonen zijn te plaatsen",
    replace: "wonen zijn moeilijk te plaatsen",
    rule: "split point",
    why:
      "Page 31, line '(Mogelijke) slachtoffers die zelfstandig wonen zijn moeilijk niet.': 'zijn moeilijk / te plaatsen' in " +
      "the left column, 'vertrouwen de overheidsinstanties / niet.' in the right; both splits fit the width.",
  },
  {
    kind: "replace",
    page: 31,
    quoteStart: "Potentiële slachtoffers vertrouwen de overheidsinstanties",
    find: "overheidsinstanties moeilijk niet.",
    replace: "overheidsinstanties niet.",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
  {
    kind: "replace",
    page: 31,
    quoteStart: "De hulpverlening loopt vaak vast",
    find: "een slachtoffer grens van",
    replace: "een slachtoffer de grens van",
    rule: "split point",
    why:
      "Page 31, line 'De hulpverlening loopt vaak vast wanneer een slachtoffer de hierover, kunnen ...': 'de / grens van " +
      "18-min/18-plus' in the left column, 'tussen gemeenten / hierover' in the right; both splits fit the width.",
  },
  {
    kind: "replace",
    page: 31,
    quoteStart: "Onvoldoende aandacht fraude binnen zorgaanbieders",
    find: "tussen gemeenten de hierover,",
    replace: "tussen gemeenten hierover,",
    rule: "split point",
    why: "The other half of the previous correction.",
  },
];
