// Stand-in for the Electron preload in the browser harness: window.dossier over loopback HTTP.
// Transpiled by the harness server at start, which puts the contract's method list in place of the
// declared constant below.
declare const __API_METHOD_NAMES__: string[];
type Listener = (payload: unknown) => void;
type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

(() => {
  const methods: string[] = __API_METHOD_NAMES__;
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of methods) {
    api[method] = async (input: unknown) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      const result = (await response.json()) as Result;
      if (result.ok) return result.value;
      throw new Error(result.error.message);
    };
  }
  const listeners = new Map<string, Set<Listener>>();
  const events = new EventSource('/events');
  events.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown };
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  Object.defineProperty(window, 'dossier', {
    value: Object.freeze({
      api: Object.freeze(api),
      on(event: string, listener: Listener) {
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
      // A browser gives dropped files no path; the renderer then sends their bytes instead.
      pathForFile: () => '',
      platform: 'harness',
    }),
  });
})();
