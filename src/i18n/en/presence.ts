import type { presence as nl } from "../nl/presence";

export const presence: Record<keyof typeof nl, string> = {
  "access.viewOnly": "View only",
  "access.viewOnly.hint": "With this link you can look, not change.",
  "presence.defaultName": "Participant {number}",
  "presence.here": "Who is here",
  "presence.you": "{name} (you)",
  "presence.changeName": "Change name or colour",
  "presence.selectedBy": "Selected by {names}",
  "presence.prompt.title": "What is your name?",
  "presence.prompt.intro":
    "The others in this analysis see your name and colour with what you select and with your pointer.",
  "presence.prompt.name": "Name",
  "presence.prompt.colour": "Colour",
  "presence.prompt.save": "Save",
  "presence.nameForOthers": "Your name for the others",
  "presence.colour.blue": "Blue",
  "presence.colour.red": "Red",
  "presence.colour.green": "Green",
  "presence.colour.purple": "Purple",
  "presence.colour.orange": "Orange",
  "presence.colour.teal": "Teal",
  "presence.colour.pink": "Pink",
  "presence.colour.olive": "Olive",
  "presence.follow": "Follow {name}",
  "presence.followHint":
    "Your canvas shows what {name} sees, like a projector; click again to stop following",
} as const;
