import { makeQuote } from "./quoteFactory";

/**
 * Six quotes of two themes, alternating: reporting to the police (q0, q2, q4) and information
 * at school (q1, q3, q5). For the suggestions engine, which runs on the page in jsdom.
 */
export const twoThemeQuotes = [
  "Slachtoffers durven geen aangifte te doen bij de politie.",
  "Op scholen krijgen leerlingen te weinig voorlichting over loverboys.",
  "Aangifte doen bij de politie is voor slachtoffers een grote stap.",
  "Voorlichting op scholen moet eerder beginnen voor leerlingen.",
  "De politie neemt de aangifte van slachtoffers niet altijd serieus.",
  "Leerlingen op scholen herkennen de signalen na voorlichting beter.",
].map((text, i) => makeQuote({ id: `q${i}`, text, chapter: 2, section: "2.1" }));
