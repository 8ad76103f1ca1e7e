/**
 * Resolves in a task of its own, after the messages and input already waiting: lets the page
 * handle input and paint between two steps of long work, and ends a burst of socket messages.
 * A message-channel task, not a timer: a hidden window throttles timers, not this.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
