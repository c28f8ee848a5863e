import type { share as nl } from "../nl/share";

export const share: Record<keyof typeof nl, string> = {
  "share.open": "Share",
  "share.title": "Share analysis",
  "share.localOnly":
    "This analysis is only on this device. Nothing goes to a server until you share below.",
  "share.serverLabel": "Collaboration server",
  "share.serverHint": "The address of your Ontrafel sync server, e.g. wss://sync.example.org",
  "share.start": "Start sharing",
  "share.starting": "Sharing…",
  "share.unreachable": "The server cannot be reached. Check the address and your connection.",
  "share.notOwner": "Only the person who shared the analysis can make or revoke links.",
  "share.serverError": "The server could not handle the request. Please try again later.",
  "share.sharedAsOwner": "Shared via {server}. Make links for colleagues or for the projector.",
  "share.sharedAsEditor": "You are working on this shared analysis.",
  "share.sharedAsViewer": "You are viewing this shared analysis; it cannot be changed here.",
  "share.sharedAsParticipant":
    "You take part as a participant: vote with your own dots and add causes under a chosen factor.",
  "share.makeEditorLink": "Make an edit link",
  "share.makeReadonlyLink": "Make a view-only link",
  "share.makeParticipantLink": "Make a participant link (vote and add causes)",
  "share.links": "{count, plural, =0 {No links yet} one {# link} other {# links}}",
  "share.role.editor": "Edit",
  "share.role.readonly": "View only",
  "share.role.participant": "Participant",
  "share.linkLabel": "Link ({role})",
  "share.copy": "Copy",
  "share.copied": "Copied",
  "share.revoke": "Revoke",
  "share.revoked.badge": "Revoked",
  "share.linkNotShown": "Only shown right after it was made",
  "share.close": "Close",
  "share.status.connecting": "Connecting…",
  "share.status.shared": "Shared",
  "share.status.readonly": "Read-only",
  "share.status.participant": "Participant",
  "share.status.offline": "Shared · offline, changes will follow",
  "share.revoked":
    "This link has been revoked. Ask the person who shared the analysis for a new link; your own copy on this device stays.",
  "share.changeRefused":
    "One of your changes was not accepted (for example a dot in a round that had just been closed). You see what the others see again.",
  "share.refused":
    "This link does not give access (any more). Ask the person who shared the analysis for a new link.",
};
