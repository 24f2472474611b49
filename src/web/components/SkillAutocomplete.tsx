/**
 * Skill autocomplete over the taxonomy (ARIA 1.2 combobox with a listbox popup, styled like the
 * USWDS combo box). Arrow keys move through suggestions, Enter picks, Escape closes.
 */
import { useEffect, useId, useState } from 'react';
import { graphql } from '../gql/index.js';
import { request } from '../lib/client.js';

const SkillSuggestions = graphql(`
  query WebSkillSuggestions($search: String!) {
    skills(first: 8, filter: { search: $search }) {
      nodes {
        id
        name
        scheme
        kind
      }
    }
  }
`);

export interface PickedSkill {
  id: string;
  name: string;
}

const SCHEME_LABEL: Record<string, string> = { ONET: 'O*NET', ONET_TECH: 'O*NET technology', ESCO: 'ESCO', LOCAL: 'Local' };

export function SkillAutocomplete({
  id,
  label,
  hint,
  error,
  onPick,
  exclude = [],
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  onPick: (skill: PickedSkill) => void;
  exclude?: readonly string[];
}) {
  const listId = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<{ id: string; name: string; scheme: string }[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  const excludeKey = exclude.join(',');

  useEffect(() => {
    const search = text.trim();
    if (search.length < 2) {
      setOptions([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus('loading');
      request(SkillSuggestions, { search }, controller.signal).then(
        (data) => {
          setOptions(data.skills.nodes.filter((s) => !excludeKey.split(',').includes(s.id)));
          setActive(-1);
          setStatus('idle');
        },
        () => {
          if (!controller.signal.aborted) setStatus('error');
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `exclude` changes identity on every render of the parent; its content is what matters.
  }, [text, excludeKey]);

  const pick = (i: number) => {
    const s = options[i];
    if (!s) return;
    onPick({ id: s.id, name: s.name });
    setText('');
    setOptions([]);
    setOpen(false);
    setActive(-1);
  };

  const expanded = open && options.length > 0;
  const hintId = hint ? `${id}-hint` : '';
  const statusText =
    status === 'loading'
      ? 'Searching skills…'
      : status === 'error'
        ? 'Skill search is unavailable; try again.'
        : text.trim().length >= 2 && open
          ? `${options.length} skill${options.length === 1 ? '' : 's'} found`
          : '';

  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <div className="usa-combo-box" data-enhanced="true">
        <input
          id={id}
          className={`usa-input usa-combo-box__input${error ? ' usa-input--error' : ''}`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={[hintId, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && options.length > 0) {
              e.preventDefault();
              setOpen(true);
              setActive((a) => (a + 1) % options.length);
            } else if (e.key === 'ArrowUp' && options.length > 0) {
              e.preventDefault();
              setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
            } else if (e.key === 'Enter' && expanded) {
              e.preventDefault();
              pick(active >= 0 ? active : 0);
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        <ul id={listId} className="usa-combo-box__list" role="listbox" aria-label={`${label}: suggestions`} hidden={!expanded}>
          {options.map((s, i) => (
            <li
              key={s.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`usa-combo-box__list-option${i === active ? ' usa-combo-box__list-option--focused' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              {s.name} <span>({SCHEME_LABEL[s.scheme] ?? s.scheme})</span>
            </li>
          ))}
        </ul>
        <div className="usa-sr-only" role="status" aria-live="polite">
          {statusText}
        </div>
      </div>
    </div>
  );
}
