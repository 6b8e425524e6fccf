export function EmptyState({ onImport }: { onImport: () => void }) {
  return (
    <div className="empty-state">
      <h2>Your library is empty</h2>
      <p>Add articles you have saved to start reading, tagging and taking notes.</p>
      <ul>
        <li>
          <strong>Drag files or folders</strong> onto this window, or
        </li>
        <li>
          use{' '}
          <button type="button" className="button primary small" onClick={onImport}>
            Import…
          </button>{' '}
          to pick them.
        </li>
      </ul>
      <p className="muted">
        Supported: plain text <code>.txt</code>, Markdown <code>.md</code>, and saved web pages <code>.html</code> /{' '}
        <code>.htm</code>. Folders are searched for these files. Everything stays on this computer.
      </p>
    </div>
  );
}
