/** The library's shape, greyed, while its quotes load. */
export function LibrarySkeleton() {
  return (
    <div className="skeleton-library">
      <span className="skeleton-bar wide" />
      <span className="skeleton-bar" />
      {[0, 1, 2, 3, 4].map((i) => (
        <span key={i} className="skeleton-card" />
      ))}
    </div>
  );
}

/** The canvas column's shape, greyed, while the analysis opens; says so to screen readers. */
export function CanvasSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton-canvas" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      <span className="skeleton-bar toolbar" />
    </div>
  );
}

/** The shape of the workspace, greyed, while the quotes load. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton">
      <LibrarySkeleton />
      <CanvasSkeleton label={label} />
    </div>
  );
}
