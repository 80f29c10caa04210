/** One server-sent event as a browser's EventSource would dispatch it. */
export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream over real HTTP, as an EventSource does (WHATWG HTML §9.2: fields
 * `id`, `event`, `data`, `retry`; comment lines start with a colon; a blank line ends a message).
 */
export async function openSse(url: string, cookie: string, lastEventId?: string) {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: {
      cookie,
      accept: 'text/event-stream',
      ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
    },
    signal: controller.signal,
  });
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  let retry: number | undefined;
  const waiters: (() => void)[] = [];
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = async () => {
    if (reader === undefined) return;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: SseMessage = { event: 'message', data: '' };
        let hasData = false;
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line);
          else if (line.startsWith('retry: ')) retry = Number(line.slice(7));
          else if (line.startsWith('id: ')) message.id = line.slice(4);
          else if (line.startsWith('event: ')) message.event = line.slice(7);
          else if (line.startsWith('data: ')) {
            message.data += line.slice(6);
            hasData = true;
          }
        }
        if (hasData) messages.push(message);
        for (const wake of waiters.splice(0)) wake();
      }
    }
  };
  const pumping = pump().catch(() => undefined);
  return {
    response,
    messages,
    comments,
    retry: () => retry,
    /** Waits until `count` messages have arrived (or fails after `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 5000): Promise<SseMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(
            `only ${String(messages.length)} of ${String(count)} SSE messages arrived`,
          );
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return messages;
    },
    close: async () => {
      controller.abort();
      await pumping;
    },
  };
}
