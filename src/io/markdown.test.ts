import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { fixtureFile } from "../../tests/helpers/importFixtures";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import { exportLabels } from "../i18n/exportLabels";
import { analysisReport, type ReportWords } from "./markdown";
import { readImportFile } from "./readImport";

const words: ReportWords = {
  heading: (kind) =>
    ({
      problem: "Kernprobleem",
      causes: "Oorzaken",
      symptoms: "Gevolgen",
      other: "Overig",
      unused: "Ongebruikt",
      noProblem: "Geen kernprobleem",
    })[kind],
  sectionCount: (n) => `${n} citaten`,
  votes: (n, round) => `${n} stippen in ${round}`,
  subtitle: "Verslag",
};

describe("Markdown report", () => {
  const analysis = makeAnalysis(
    [
      factor("p", "problem", "Uitbuiting blijft onzichtbaar"),
      cluster("c", "cause", "Kwetsbare jongeren"),
      quoteCard("k", "q1", { clusterId: "c", section: "2.1" }),
      factor("root", "cause", "Weinig opvang"),
      factor("s", "symptom", "Slachtoffers melden zich niet"),
      factor("loose", null, "Los <b>idee</b>"),
    ],
    [link("c", "p"), link("root", "c"), link("p", "s")],
  );
  const corpus = [
    makeQuote({ id: "q1", section: "2.1", sectionTitle: "Jongeren" }),
    makeQuote({ id: "q2", section: "2.7", sectionTitle: "Handhaving" }),
    makeQuote({ id: "q3", section: "2.7", sectionTitle: "Handhaving" }),
  ];
  const report = analysisReport(analysis, corpus, exportLabels("nl"), words);

  it("nests causes below the problem, deeper causes below those, effects apart", () => {
    const lines = report.split("\n");
    const index = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(lines[index("Kernprobleem")]).toBe("## Kernprobleem: Uitbuiting blijft onzichtbaar");
    expect(lines[index("Kwetsbare jongeren")]).toBe("- **Kwetsbare jongeren** _(Oorzaak)_");
    expect(lines[index("Weinig opvang")]).toBe("  - **Weinig opvang** _(Oorzaak)_");
    expect(index("Oorzaken")).toBeLessThan(index("Kwetsbare jongeren"));
    expect(index("Gevolgen")).toBeLessThan(index("Slachtoffers melden"));
    expect(index("Kwetsbare jongeren")).toBeLessThan(index("Gevolgen"));
  });

  it("quotes the supporting quotes with section and page under their element", () => {
    expect(report).toContain(
      "- **Kwetsbare jongeren** _(Oorzaak)_\n  > “Citaat q1” (2.1 Thema, p. 11)",
    );
  });

  it("lists what is outside the tree and the themes no quote was taken from", () => {
    expect(report).toContain("## Overig\n\n- **Los &lt;b&gt;idee&lt;/b&gt;** _(Geen rol)_");
    expect(report).toContain("## Ongebruikt\n\n- 2.7 Handhaving (2 citaten)");
    expect(report).not.toContain("2.1 Jongeren (");
  });

  it("shows the dots of the latest voting round next to each element", () => {
    const round = (name: string, votes: Record<string, number>) => ({
      id: name,
      name,
      startedAt: 0,
      closedAt: null,
      dotsPerParticipant: 3,
      participants: 4,
      votes,
      ballots: {},
    });
    const voted = {
      ...analysis,
      votingRounds: [round("Ronde 1", { c: 9 }), round("Ronde 2", { c: 5, p: 2 })],
    };
    const text = analysisReport(voted, corpus, exportLabels("nl"), words);
    expect(text).toContain("- **Kwetsbare jongeren** _(Oorzaak)_ — 5 stippen in Ronde 2");
    expect(text).toContain(
      "## Kernprobleem: Uitbuiting blijft onzichtbaar\n\n_2 stippen in Ronde 2_",
    );
    expect(text).not.toContain("9 stippen");
    expect(report).not.toContain("stippen");
  });

  it("names the file and web-page notes of an imported JSON Canvas, path and address as text", async () => {
    const read = await readImportFile(fixtureFile("sample-shape.canvas"), {
      corpusId: "seed-bloemlezing",
      quotes: [],
      now: 1_800_000_000_000,
    });
    if (!read.ok) throw new Error("the sample canvas should import");
    const canvasReport = analysisReport(read.value.analysis, [], exportLabels("nl"), words);
    const lines = canvasReport.split("\n");
    expect(lines).toContain("- **Bestand: notities/plan van aanpak.md\\#Stap 2**");
    expect(lines).toContain("- **Webpagina: https://example.org/opgavegericht-werken**");
    const english = analysisReport(read.value.analysis, [], exportLabels("en"), words);
    expect(english).toContain("- **File: notities/plan van aanpak.md\\#Stap 2**");
    expect(english).toContain("- **Web page: https://example.org/opgavegericht-werken**");
  });

  it("puts a file note's own text first and its path after it", () => {
    const note = {
      kind: "note" as const,
      id: "n",
      position: { x: 0, y: 0 },
      text: "Zie *plan*",
      reference: { type: "file" as const, file: "a_b.md" },
    };
    const text = analysisReport(makeAnalysis([note]), [], exportLabels("nl"), words);
    expect(text.split("\n")).toContain("- **Zie \\*plan\\* (Bestand: a\\_b.md)**");
  });
});
