/** Working together in a shared analysis: view-only links, who is here, workshop participants. */
export const presence = {
  "access.viewOnly": "Alleen bekijken",
  "access.viewOnly.hint": "Met deze link kunt u kijken, niet wijzigen.",
  "presence.defaultName": "Deelnemer {number}",
  "presence.here": "Wie is hier",
  "presence.you": "{name} (u)",
  "presence.changeName": "Naam of kleur wijzigen",
  "presence.selectedBy": "Geselecteerd door {names}",
  "presence.prompt.title": "Hoe heet u?",
  "presence.prompt.intro":
    "De anderen in deze analyse zien uw naam en kleur bij wat u selecteert en bij uw aanwijzer.",
  "presence.prompt.name": "Naam",
  "presence.prompt.colour": "Kleur",
  "presence.prompt.save": "Opslaan",
  "presence.nameForOthers": "Uw naam voor de anderen",
  "presence.colour.blue": "Blauw",
  "presence.colour.red": "Rood",
  "presence.colour.green": "Groen",
  "presence.colour.purple": "Paars",
  "presence.colour.orange": "Oranje",
  "presence.colour.teal": "Blauwgroen",
  "presence.colour.pink": "Roze",
  "presence.colour.olive": "Olijfgroen",
  "presence.follow": "Volg {name}",
  "presence.followHint":
    "Uw canvas toont wat {name} ziet, zoals een beamer; nog eens klikken stopt het volgen",
} as const;
