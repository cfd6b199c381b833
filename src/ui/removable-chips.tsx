import { useRef } from 'react';
import { focusAfterChange, removeKeepingFocus } from './keep-focus.ts';

export interface RemovableChip {
  key: string;
  label: string;
  /** The button's accessible name: "Remove filter: People". */
  removeLabel: string;
  onRemove: () => void;
}

/**
 * A list of picks as chips that each remove themselves, and a button that clears them all; focus
 * stays near what was removed (a neighbour, the clear button, else the main region).
 */
export function RemovableChips({
  chips,
  listLabel,
  clearText,
  onClear,
  clearTestId,
}: {
  chips: readonly RemovableChip[];
  listLabel?: string;
  clearText: string;
  onClear: () => void;
  clearTestId?: string;
}) {
  const clearButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <ul className="chip-row" aria-label={listLabel}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip chip--active"
              aria-label={chip.removeLabel}
              onClick={(event) =>
                removeKeepingFocus(event.currentTarget, chip.onRemove, clearButton.current)
              }
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        ref={clearButton}
        type="button"
        className="button button--ghost"
        onClick={() => {
          onClear();
          focusAfterChange(null);
        }}
        data-testid={clearTestId}
      >
        {clearText}
      </button>
    </>
  );
}
