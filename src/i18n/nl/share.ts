/** Sharing an analysis with a team through a sync server (issue 20). */
export const share = {
  "share.open": "Delen",
  "share.title": "Analyse delen",
  "share.localOnly":
    "Deze analyse staat alleen op dit apparaat. Niets gaat naar een server tot u hieronder deelt.",
  "share.serverLabel": "Server voor samenwerken",
  "share.serverHint": "Het adres van uw Ontrafel-syncserver, bijvoorbeeld wss://sync.example.nl",
  "share.start": "Delen starten",
  "share.starting": "Bezig met delen…",
  "share.unreachable": "De server is niet bereikbaar. Controleer het adres en uw verbinding.",
  "share.notOwner": "Alleen wie de analyse deelde, kan links maken of intrekken.",
  "share.serverError": "De server kon het verzoek niet uitvoeren. Probeer het later opnieuw.",
  "share.sharedAsOwner": "Gedeeld via {server}. Maak links voor collega's of voor de beamer.",
  "share.sharedAsEditor": "U werkt mee aan deze gedeelde analyse.",
  "share.sharedAsViewer": "U bekijkt deze gedeelde analyse; wijzigen kan niet.",
  "share.sharedAsParticipant":
    "U doet mee als deelnemer: stem met uw eigen stippen en voeg oorzaken toe onder een gekozen factor.",
  "share.makeEditorLink": "Link om te bewerken maken",
  "share.makeReadonlyLink": "Link om te bekijken maken",
  "share.makeParticipantLink": "Deelnemerslink maken (stemmen en oorzaken toevoegen)",
  "share.links": "{count, plural, =0 {Nog geen links} one {# link} other {# links}}",
  "share.role.editor": "Bewerken",
  "share.role.readonly": "Alleen bekijken",
  "share.role.participant": "Deelnemer",
  "share.linkLabel": "Link ({role})",
  "share.copy": "Kopiëren",
  "share.copied": "Gekopieerd",
  "share.revoke": "Intrekken",
  "share.revoked.badge": "Ingetrokken",
  "share.linkNotShown": "Alleen zichtbaar direct na het maken",
  "share.close": "Sluiten",
  "share.status.connecting": "Verbinden…",
  "share.status.shared": "Gedeeld",
  "share.status.readonly": "Alleen lezen",
  "share.status.participant": "Deelnemer",
  "share.status.offline": "Gedeeld · offline, wijzigingen volgen",
  "share.revoked":
    "Deze link is ingetrokken. Vraag wie de analyse deelde om een nieuwe link; uw eigen kopie op dit apparaat blijft.",
  "share.changeRefused":
    "Een wijziging van u is niet aanvaard (bijvoorbeeld een stip in een ronde die net werd gesloten). U ziet weer wat de anderen zien.",
  "share.refused":
    "Deze link geeft geen toegang (meer). Vraag wie de analyse deelde om een nieuwe link.",
} as const;
