// Builds window.dossier from the API table and nothing else. The renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHOD_NAMES,
  IPC_EVENT_CHANNEL,
  ipcChannelFor,
  type ApiEventName,
  type ApiEvents,
  type ApiResult,
  type DossierApi,
  type DossierBridge,
} from '../shared/api';

const api = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const result = (await ipcRenderer.invoke(ipcChannelFor(method), input ?? {})) as ApiResult<unknown>;
      if (result.ok) return result.value;
      throw new Error(result.error.message);
    },
  ]),
) as unknown as DossierApi;

type Listener = (payload: ApiEvents[ApiEventName]) => void;
const listeners = new Map<ApiEventName, Set<Listener>>();
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: { event: ApiEventName; payload: ApiEvents[ApiEventName] }) => {
  for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
});

const bridge: DossierBridge = {
  api,
  on(event, listener) {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
  platform: 'electron',
};

contextBridge.exposeInMainWorld('dossier', bridge);
