import { useState } from 'react';
import { groupNameSchema } from '../../../../../shared/domain/selection/schemas';

/**
 * The field a new name is typed in (a group, a scorer): the name is checked before it is added,
 * a refused one keeps its message key in `error` and changes nothing, an added one empties the field.
 */
export function useNewName() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (add: (name: string) => Promise<unknown>) => {
    const parsed = groupNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'validation.required');
    setError(null);
    void add(parsed.data).then(
      () => setName(''),
      () => undefined,
    );
  };
  return { name, setName, error, submit };
}
