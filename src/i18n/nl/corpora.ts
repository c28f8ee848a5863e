/** Dutch: own corpora: import, several corpora, corrections. */
export const corpora = {
  "corpora.open": "Corpora",
  "corpora.readyNamed": "{count, plural, one {# citaat} other {# citaten}} uit ‘{name}’",
  "corpora.heading": "Corpora",
  "corpora.close": "Sluiten",
  "corpora.list": "Opgeslagen corpora",
  "corpora.quoteCount": "{count, plural, one {# citaat} other {# citaten}}",
  "corpora.seed": "meegeleverd",
  "corpora.active": "gebruikt in deze analyse",
  "corpora.use": "Gebruiken in deze analyse",
  "corpora.rename": "Naam wijzigen",
  "corpora.renameLabel": "Nieuwe naam voor {name}",
  "corpora.save": "Opslaan",
  "corpora.cancel": "Annuleren",
  "corpora.delete": "Verwijderen",
  "corpora.deleteUsed":
    "{name} wordt gebruikt door {count, plural, one {# analyse} other {# analyses}}: {titles}. Hun citaatkaarten houden hun tekst, maar de bibliotheek toont dan een ander corpus. Toch verwijderen?",
  "corpora.deleteUnused": "{name} verwijderen? Correcties van dit corpus gaan ook weg.",
  "corpora.deleted": "{name} is verwijderd.",
  "corpora.export": "Exporteren (JSON)",
  "corpora.import": "Corpus importeren",
  "corpora.fileLabel": "Kies een bestand: tekst, Markdown, CSV, JSON-corpus of PDF (tot {max} MB)",
  "corpora.reading": "Bestand lezen…",
  "corpora.readingPdf": "PDF lezen: pagina {done} van {total}",
  "corpora.previewHeading": "Voorbeeld van {file}",
  "corpora.previewSummary":
    "{quotes, plural, one {# citaat} other {# citaten}} in {sections, plural, one {# thema} other {# thema's}} en {chapters, plural, one {# hoofdstuk} other {# hoofdstukken}}",
  "corpora.nameLabel": "Naam van het corpus",
  "corpora.replaces":
    "Dit bestand is eerder ingelezen als {name}. Opslaan vervangt die citaten; correcties blijven bewaard en analyses blijven zoals ze zijn.",
  "corpora.outline": "Hoofdstukken en thema's",
  "corpora.firstQuotes": "Eerste citaten",
  "corpora.warnings": "Let op",
  "corpora.noWarnings": "Geen waarschuwingen.",
  "corpora.store": "Opslaan",
  "corpora.storing": "Opslaan: {done} van {total} citaten",
  "corpora.indexing": "Zoekindex bouwen…",
  "corpora.progress": "Voortgang van de import",
  "corpora.cancelled": "Import geannuleerd; er is niets opgeslagen.",
  "corpora.stored": "{name} is opgeslagen met {count, plural, one {# citaat} other {# citaten}}.",
  "corpora.storeFailed": "Opslaan is mislukt; er is niets opgeslagen. ({message})",
  "corpora.noStorage": "Zonder opslag in deze browser kan geen corpus worden geïmporteerd.",
  "corpora.another": "Ander bestand kiezen",
  "corpora.csvHeading": "Kolommen van {file}",
  "corpora.csvIntro": "Kies welke kolom wat bevat. Alleen de tekst van het citaat is verplicht.",
  "corpora.csvNone": "(geen)",
  "corpora.csvPreview": "De eerste rijen met deze keuze",
  "corpora.csvNext": "Verder",
  "corpora.field.text": "Tekst van het citaat",
  "corpora.field.section": "Themanummer (bijv. 2.3)",
  "corpora.field.sectionTitle": "Thematitel",
  "corpora.field.chapter": "Hoofdstuk",
  "corpora.field.chapterTitle": "Hoofdstuktitel",
  "corpora.field.page": "Pagina",
  "corpora.field.source": "Bron",
  "corpora.where.text": "regel {where}",
  "corpora.where.csv": "rij {where}",
  "corpora.where.json": "{where}",
  "corpora.where.pdf": "pagina {where}",
  "corpora.error.tooLarge":
    "{file} is te groot ({size} MB); de grens is {detail} MB. Het bestand is niet gelezen en er is niets opgeslagen.",
  "corpora.error.empty": "{file} is leeg. Er is niets opgeslagen.",
  "corpora.encoding.UTF-16": "gevonden: UTF-16",
  "corpora.encoding.UTF-8": "tekens die geen UTF-8 zijn",
  "corpora.encoding.binary": "gevonden: een binair bestand, geen tekst",
  "corpora.error.encoding":
    "{file} is geen UTF-8-tekst ({detail}{where}). Sla het op als UTF-8 en kies het opnieuw. Er is niets opgeslagen.",
  "corpora.error.unsupportedType":
    "{file} heeft een onbekend type. Kies een .txt-, .md-, .csv-, .json- of .pdf-bestand.",
  "corpora.error.noQuotes": "In {file} zijn geen citaten gevonden. Er is niets opgeslagen.",
  "corpora.error.csvNoTextColumn":
    "Kies de kolom met de tekst van de citaten (kolommen in {file}: {detail}). Er is niets opgeslagen.",
  "corpora.error.csvUnreadable":
    "{file} is geen leesbare CSV: een aanhalingsteken wordt niet gesloten{where}. Er is niets opgeslagen.",
  "corpora.error.jsonSyntax": "{file} is geen geldige JSON ({detail}). Er is niets opgeslagen.",
  "corpora.error.isAnalysis":
    "{file} is een analysebestand, geen corpus. Open het via Importeren… bij Analyses. Er is niets opgeslagen.",
  "corpora.error.isCanvas":
    "{file} is een JSON Canvas, geen corpus. Open het als analyse via Importeren… bij Analyses. Er is niets opgeslagen.",
  "corpora.error.jsonInvalid":
    "{file} is geen Ontrafel-corpus: bij {where} klopt de waarde niet ({detail}). Er is niets opgeslagen.",
  "corpora.error.jsonTooNew":
    "{file} is gemaakt met een nieuwere versie van Ontrafel (corpusformaat {detail}); werk Ontrafel bij om het te openen. Er is niets opgeslagen.",
  "corpora.error.pdfNoText":
    "{file} heeft geen tekstlaag (bijvoorbeeld een scan); er valt geen tekst uit te lezen. Er is niets opgeslagen.",
  "corpora.error.pdfUnreadable":
    "{file} kan niet als PDF worden geopend ({detail}). Er is niets opgeslagen.",
  "corpora.warning.longQuote":
    "{count, plural, one {# citaat is erg lang (bij {where})} other {# citaten zijn erg lang (eerste bij {where})}}: misschien ontbreekt een lege regel tussen citaten.",
  "corpora.warning.duplicateQuotes":
    "{count, plural, one {# citaat komt twee keer voor in hetzelfde thema (bij {where}).} other {# citaten komen twee keer voor in hetzelfde thema (eerste bij {where}).}}",
  "corpora.warning.beforeHeadings":
    "{count, plural, one {# citaat staat vóór het eerste kopje (bij {where}).} other {# citaten staan vóór het eerste kopje (vanaf {where}).}}",
  "corpora.warning.emptyRows":
    "{count, plural, one {# rij zonder tekst is overgeslagen ({where}).} other {# rijen zonder tekst zijn overgeslagen (eerste: {where}).}}",
  "corpora.warning.invalidPage":
    "{count, plural, one {# rij heeft een ongeldig paginanummer ({where}).} other {# rijen hebben een ongeldig paginanummer (eerste: {where}).}}",
  "corpora.warning.marginLinesDropped":
    "{count, plural, one {# regel in kop- of voettekst (paginanummer) is weggelaten (op {where}).} other {# regels in kop- en voettekst (paginanummers) zijn weggelaten (eerste op {where}).}}",
  "corpora.warning.pullQuotes":
    "{count, plural, one {# uitgelichte herhaling is niet dubbel geteld (op {where}).} other {# uitgelichte herhalingen zijn niet dubbel geteld (eerste op {where}).}}",
  "corpora.warning.unknownChapterTitle":
    "{count, plural, one {# hoofdstuk heeft geen titel (bij {where}).} other {# hoofdstukken hebben geen titel (eerste bij {where}).}}",
  "corrections.edit": "Corrigeren",
  "corrections.editLabel": "Citaat corrigeren: {excerpt}",
  "corrections.heading": "Citaat corrigeren",
  "corrections.text": "Tekst van het citaat",
  "corrections.saveText": "Tekst opslaan",
  "corrections.split": "Splitsen bij de cursor",
  "corrections.splitHint": "Zet de cursor waar het tweede citaat begint en kies Splitsen.",
  "corrections.cannotSplit": "Zet de cursor midden in de tekst: beide delen moeten tekst houden.",
  "corrections.merge": "Samenvoegen met het volgende citaat",
  "corrections.noNext": "Dit is het laatste citaat; er is geen volgend citaat.",
  "corrections.moveLabel": "Verplaatsen naar thema",
  "corrections.move": "Verplaatsen",
  "corrections.hide": "Verbergen (geen citaat)",
  "corrections.close": "Sluiten",
  "corrections.listButton": "Correcties ({count})",
  "corrections.listHeading": "Correcties van {name}",
  "corrections.listIntro":
    "Correcties staan los van het ingelezen corpus en blijven gelden als hetzelfde bestand opnieuw wordt ingelezen.",
  "corrections.empty": "Nog geen correcties.",
  "corrections.undo": "Ongedaan maken",
  "corrections.kind.edit": "Tekst aangepast",
  "corrections.kind.split": "Gesplitst",
  "corrections.kind.merge": "Samengevoegd met het volgende citaat",
  "corrections.kind.move": "Verplaatst naar {section}",
  "corrections.kind.hide": "Verborgen",
  "corrections.unused": "niet toegepast: het citaat staat niet (meer) in het corpus",
  "corrections.followedSplit":
    "{count, plural, one {# kaart toont} other {# kaarten tonen}} op het canvas nu het eerste deel van het gesplitste citaat; het tweede deel staat in de bibliotheek.",
  "corrections.followedMerged":
    "{count, plural, one {# kaart verwijst} other {# kaarten verwijzen}} op het canvas nu naar het samengevoegde citaat.",
} as const;
