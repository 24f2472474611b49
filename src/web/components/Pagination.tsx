/** Previous / next pages of a Relay connection (cursor pages: the count says how many in all). */
export function Pagination({
  label,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="margin-y-3">
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" disabled={!hasPrevious} onClick={onPrevious}>
            Previous page
          </button>
        </li>
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" disabled={!hasNext} onClick={onNext}>
            Next page
          </button>
        </li>
      </ul>
    </nav>
  );
}
