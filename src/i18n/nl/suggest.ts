/** Dutch: suggestions (issue 19): similar quotes and proposed clusters. */
export const suggest = {
  "similar.toggle": "Vergelijkbaar",
  "similar.toggleHint": "Toon de citaten die het meest op dit citaat lijken (V)",
  "similar.heading": "Vergelijkbare citaten",
  "similar.loading": "Vergelijkbare citaten zoeken…",
  "similar.none": "Geen vergelijkbare citaten gevonden.",
  "similar.failed": "Vergelijken lukte niet: {message}",
  "similar.shared": "Gedeelde woorden: {words}",
  "similar.placeAll": "Zet ze naast dit citaat op het canvas",
  "similar.placeAllHint": "Dit citaat en de vergelijkbare citaten naast elkaar op het canvas",
  "suggest.open": "Stel clusters voor",
  "suggest.openHint":
    "Laat Ontrafel clusters voorstellen; niets verandert voordat je een voorstel overneemt",
  "suggest.heading": "Clusters voorstellen",
  "suggest.scope": "Welke citaten",
  "suggest.scopeSelected":
    "Geselecteerde kaarten ({count, plural, one {# kaart} other {# kaarten}})",
  "suggest.scopeFilter":
    "Niet-geplaatste citaten van de huidige filter ({count, plural, one {# citaat} other {# citaten}})",
  "suggest.scopeCorpus":
    "Alle niet-geplaatste citaten ({count, plural, one {# citaat} other {# citaten}})",
  "suggest.count": "Ongeveer zoveel clusters",
  "suggest.run": "Voorstellen maken",
  "suggest.progress": "Voorstellen maken… {percent}%",
  "suggest.cancel": "Annuleren",
  "suggest.cancelled": "Geannuleerd: er is niets veranderd.",
  "suggest.failed": "Voorstellen maken lukte niet: {message}",
  "suggest.tooFew": "Kies minstens twee citaten om clusters voor te stellen.",
  "suggest.result": "{count, plural, one {# voorstel.} other {# voorstellen.}}",
  "suggest.unassigned":
    "{count, plural, one {# citaat past} other {# citaten passen}} bij geen voorstel.",
  "suggest.proposals": "Voorgestelde clusters",
  "suggest.label": "Naam van voorstel {number}",
  "suggest.reason": "Gedeelde woorden: {words}",
  "suggest.noReason": "Geen gedeelde woorden",
  "suggest.members": "{count, plural, one {# citaat} other {# citaten}}",
  "suggest.accept": "Overnemen",
  "suggest.reject": "Afwijzen",
  "suggest.place": "{count, plural, one {Zet # cluster} other {Zet # clusters}} op het canvas",
  "suggest.close": "Sluiten",
  "suggest.placed":
    "{count, plural, one {# cluster staat} other {# clusters staan}} op het canvas.",
  "suggest.dragFitOne": "Past het best bij cluster {first}.",
  "suggest.dragFitTwo": "Past het best bij cluster {first}, daarna bij {second}.",
  "duplicates.heading": "Bijna gelijke citaten",
  "duplicates.hint":
    "Citaten met (bijna) dezelfde woorden, zoals een citaat dat in grote letters herhaald wordt: één ervan op het canvas is genoeg.",
  "duplicates.none": "Geen bijna gelijke citaten in dit corpus.",
  "duplicates.count": "{count, plural, one {# groep} other {# groepen}}",
  "duplicates.where": "{section} p. {page}",
  "duplicates.whereNoPage": "{section}",
  "duplicates.placed": "op canvas",
} as const;
