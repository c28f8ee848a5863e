/**
 * Resolves in a task of its own (a MessageChannel message, which the browser runs without
 * setTimeout's clamping), so the work after it does not join the current task. Where there is
 * no MessageChannel, a zero timeout.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === "undefined") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
