import { LiveSubscribers, type LiveBus } from './live-bus.ts';

/** One app instance: notices go straight to this process's subscribers. */
export function createInProcessBus(): LiveBus {
  const subscribers = new LiveSubscribers();
  return {
    publish: (notice) => {
      // After the current call stack, like a notice from another instance would arrive.
      queueMicrotask(() => {
        subscribers.deliver(notice);
      });
      return Promise.resolve();
    },
    subscribe: (topic, handler) => subscribers.add(topic, handler),
    close: () => Promise.resolve(),
  };
}
