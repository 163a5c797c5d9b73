import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export type UserOption = { id: string; fullName: string; staffNo: string };

/**
 * The organisation's people matching a search, for a pick-one field: at most 20 from the
 * server (`/api/users/options`), asked again 250 ms after the typing stops (at once when
 * the box is empty). A failed search lists nobody.
 */
export function useUserOptions(): { q: string; setQ: (q: string) => void; options: UserOption[] } {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<UserOption[]>([]);
  useEffect(() => {
    const timer = setTimeout(
      () => {
        void api<{ items: UserOption[] }>('GET', `/api/users/options${q ? `?q=${encodeURIComponent(q)}` : ''}`).then(
          (r) => setOptions(r.items),
          () => setOptions([]),
        );
      },
      q ? 250 : 0,
    );
    return () => clearTimeout(timer);
  }, [q]);
  return { q, setQ, options };
}
