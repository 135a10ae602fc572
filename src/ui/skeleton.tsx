import './ui.css';
/** A shimmering placeholder line; `width` is any CSS length. */
export function Skeleton({ width = '100%', height = '0.9em' }: { width?: string; height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
