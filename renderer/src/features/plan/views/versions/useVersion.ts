import { useEffect, useState } from 'react';
import type { PlanVersion } from '../../../../../../shared/domain/plan/types';
import { call } from '../../../../app/client';
import { notifyError } from '../../../../app/notify';
import { displayed } from '../displayed';

/** One frozen version, loaded whole (a version never changes, so it is read once), as the screen shows it (`displayed`). */
export function useVersion(id: string): PlanVersion | null {
  const [version, setVersion] = useState<PlanVersion | null>(null);
  useEffect(() => {
    let live = true;
    call('plan.versions.get', { id }).then((v) => live && setVersion(displayed(v)), notifyError);
    return () => {
      live = false;
    };
  }, [id]);
  return version;
}
