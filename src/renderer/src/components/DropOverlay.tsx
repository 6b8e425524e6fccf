export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <div className="drop-overlay-title">Drop to import</div>
        <div className="drop-overlay-sub">.txt .md .html .htm files, or folders of them</div>
      </div>
    </div>
  );
}
