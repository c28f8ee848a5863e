/** Dutch: export and import. */
export const transfer = {
  "export.download": "Analyse exporteren (JSON)",
  "transfer.export": "Exporteren…",
  "transfer.importedSuffix": " (geïmporteerd)",
  "transfer.import": "Importeren…",
  "transfer.exportTitle": "Analyse exporteren",
  "transfer.format": "Formaat",
  "transfer.format.png": "PNG-afbeelding, voor dia's (de analyse zit erin)",
  "transfer.format.svg": "SVG-afbeelding, schaalbaar",
  "transfer.format.json": "Ontrafel-bestand (JSON), om te bewaren en te delen",
  "transfer.format.canvas": "JSON Canvas, voor andere canvasprogramma's",
  "transfer.format.markdown": "Verslag in Markdown: probleemboom met citaten",
  "transfer.format.csv": "CSV van alle geplaatste citaten",
  "transfer.format.pdf": "PDF, één liggende pagina, scherp te vergroten",
  "transfer.frame": "Kader",
  "transfer.frame.board": "Hele bord, op ware grootte",
  "transfer.frame.slide": "Dia 16:9 (1920 × 1080 bij 1×), leesbaar op een scherm",
  "transfer.pictureSubtitle": "{date} · gemaakt met Ontrafel",
  "transfer.legend.count": "aantal onderbouwende citaten",
  "transfer.scale": "Scherpte",
  "transfer.onlySelection": "Alleen de selectie ({count})",
  "transfer.start": "Exporteren",
  "transfer.close": "Sluiten",
  "transfer.busy": "Bezig met exporteren…",
  "transfer.done": "Gedownload: {file}",
  "transfer.ratioLowered":
    "Let op: de afbeelding is te groot voor {requested}×; ze is gemaakt op {ratio}× ({width} × {height} pixels).",
  "transfer.failed": "Exporteren is mislukt: {message}",
  "transfer.imageTooLarge":
    "de afbeelding ({width} × {height} pixels) past niet in het geheugen van de browser. Kies een lagere scherpte of exporteer alleen de selectie.",
  "transfer.emptyCanvas": "Het canvas is leeg; er is nog niets om als afbeelding te exporteren.",
  "transfer.dropHint": "Laat los om als nieuwe analyse te importeren",
  "transfer.importing": "Bezig met importeren van ‘{file}’…",
  "transfer.imported": "‘{file}’ is geïmporteerd als nieuwe analyse ‘{title}’.",
  "transfer.importedMissingQuotes":
    "{count} citaten staan niet in de bloemlezing hier; ze zijn bewaard zoals in het bestand en gemarkeerd.",
  "transfer.repaired": "Hersteld: {details}.",
  "transfer.repair.danglingEdge":
    "{count, plural, one {# verbinding} other {# verbindingen}} naar ontbrekende elementen weggelaten",
  "transfer.repair.duplicateNode":
    "{count, plural, one {# element} other {# elementen}} met een dubbele id weggelaten",
  "transfer.repair.duplicateEdge":
    "{count, plural, one {# verbinding} other {# verbindingen}} met een dubbele id weggelaten",
  "transfer.repair.danglingCluster":
    "{count, plural, one {# kaart} other {# kaarten}} uit een ontbrekend cluster gehaald",
  "transfer.repair.danglingVote":
    "{count, plural, one {# stem} other {# stemmen}} voor ontbrekende elementen weggelaten",
  "transfer.importFailed":
    "‘{file}’ kan niet worden geïmporteerd: {problem} Er is niets opgeslagen.",
  "transfer.error.empty": "het bestand is leeg.",
  "transfer.error.tooLarge": "het bestand is {size} MB; de grens is {limit} MB.",
  "transfer.error.binary": "het is geen tekstbestand (JSON) en geen PNG.",
  "transfer.error.syntax": "ongeldige JSON op regel {line}, kolom {column}.",
  "transfer.error.tooDeep": "de gegevens zijn dieper genest dan {limit} niveaus (bij {path}).",
  "transfer.error.forbiddenKey": "de sleutel ‘{key}’ is niet toegestaan (bij {path}).",
  "transfer.error.wrongFormat":
    "het is geen Ontrafel-analyse of JSON Canvas (format is ‘{found}’, verwacht ‘ontrafel-analysis’).",
  "transfer.error.notOurs": "het is geen Ontrafel-analyse of JSON Canvas.",
  "transfer.error.isCorpus":
    "het is een corpus (citaten), geen analyse. Voeg het toe via Corpora › Corpus importeren.",
  "transfer.error.tooNew":
    "het is gemaakt met een nieuwere Ontrafel (schemaversie {version}; deze versie leest tot en met {supported}). Werk Ontrafel bij en probeer het opnieuw.",
  "transfer.error.invalid": "bij {path} klopt de waarde niet ({message}).",
  "transfer.error.pngDamaged": "de PNG is beschadigd.",
  "transfer.error.pngWithoutAnalysis":
    "deze PNG bevat geen Ontrafel-analyse; alleen afbeeldingen die Ontrafel exporteerde kunnen terug.",
  "transfer.csvHeader":
    "citaat-id|tekst|hoofdstuk|hoofdstuktitel|thema|thematitel|pagina|bron|cluster|rol",
  "transfer.report.subtitle": "Probleem- en oorzakenanalyse · {date}",
  "transfer.report.problem": "Kernprobleem",
  "transfer.report.causes": "Oorzaken",
  "transfer.report.symptoms": "Gevolgen",
  "transfer.report.other": "Overige elementen",
  "transfer.report.unused": "Thema's zonder geplaatst citaat",
  "transfer.report.noProblem": "Er is nog geen kernprobleem aangewezen.",
  "transfer.report.sectionCount": "{count, plural, one {# citaat} other {# citaten}}",
  "transfer.report.votes": "{count, plural, one {# stip} other {# stippen}} in ‘{round}’",
  "transfer.needsStorage":
    "Importeren kan alleen met opslag in de browser; je open analyse blijft zoals ze is.",
  "transfer.importedMissingQuote":
    "1 citaat staat niet in de bloemlezing hier; het is bewaard zoals in het bestand en gemarkeerd.",
} as const;
