import { useEffect, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { errorText, sentence } from '../lib/format';

interface Props {
  bridge: DossierBridge;
  onClose: () => void;
}

export function SettingsPanel({ bridge, onClose }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);

  // Keyboard first: the panel's main action takes the focus when it opens.
  useEffect(() => chooseRef.current?.focus(), []);

  useEffect(() => {
    let cancelled = false;
    bridge.api.getSettings({}).then(
      (s) => !cancelled && setSettings(s),
      (e: unknown) =>
        !cancelled && setProblem(`Couldn't read the settings: ${sentence(errorText(e))} Close this panel and open it again.`),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge]);

  const choose = (): void => {
    setBusy(true);
    setProblem(null);
    bridge.api.chooseInboxFolder({}).then(
      (s) => {
        setBusy(false);
        if (s) setSettings(s);
      },
      (e: unknown) => {
        setBusy(false);
        setProblem(`Couldn't use that folder as the inbox: ${sentence(errorText(e))} Choose a folder you can write to.`);
      },
    );
  };

  const turnOff = (): void => {
    setBusy(true);
    setProblem(null);
    bridge.api.updateSettings({ inboxFolder: null }).then(
      (s) => {
        setBusy(false);
        setSettings(s);
      },
      (e: unknown) => {
        setBusy(false);
        setProblem(`Couldn't turn the inbox off: ${sentence(errorText(e))} Try again.`);
      },
    );
  };

  const folder = settings?.inboxFolder ?? null;

  return (
    <section className="settings-panel dialog-panel" data-testid="settings-panel" role="dialog" aria-label="Settings">
      <header className="dialog-head">
        <h2 className="section-title">Settings</h2>
        <button type="button" className="button small" data-testid="settings-close" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </header>
      <div className="dialog-body">
        <h3 className="setting-title">Inbox folder</h3>
        <p className="muted small">
          Files saved there are imported automatically, as soon as they are complete. Point your browser&apos;s or
          downloader&apos;s save folder at it. Files stay where they are; Dossier keeps its own copy.
        </p>
        <p className="inbox-folder-line">
          {settings === null && !problem ? (
            <span className="muted">Loading…</span>
          ) : folder ? (
            <>
              Watching <code className="source-path" data-testid="inbox-folder" dir="ltr">{folder}</code>
            </>
          ) : (
            <span className="muted" data-testid="inbox-folder">
              Off: no folder is watched.
            </span>
          )}
        </p>
        <div className="dialog-actions">
          <button ref={chooseRef} type="button" className="button small primary" data-testid="inbox-choose" onClick={choose} disabled={busy}>
            {folder ? 'Choose another folder…' : 'Choose folder…'}
          </button>
          {folder && (
            <button type="button" className="button small" data-testid="inbox-off" onClick={turnOff} disabled={busy}>
              Turn off
            </button>
          )}
        </div>
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
