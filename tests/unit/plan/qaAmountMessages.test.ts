import { describe, expect, it } from 'vitest';
import { budgetLineSchema } from '../../../shared/domain/plan/schemas';

/** The first message the form shows for an amount the facilitator typed. */
function firstMessage(amount: number): string | null {
  const r = budgetLineSchema.safeParse({ id: 'l1', item: 'Honor narasumber', amount, sourceId: 'fs-swadaya', activityId: null, note: '' });
  return r.success ? null : r.error.issues[0]!.message;
}

describe('a budget amount out of range is named for what is wrong with it', () => {
  it('an absurd amount is absurd, even past 2^53 where no number counts as whole', () => {
    expect(firstMessage(1e20)).toBe('plan.validation.amountAbsurd');
    expect(firstMessage(Number.MAX_SAFE_INTEGER + 2)).toBe('plan.validation.amountAbsurd');
    expect(firstMessage(1e15)).toBe('plan.validation.amountAbsurd');
  });

  it('a negative amount is negative, with or without cents', () => {
    expect(firstMessage(-5)).toBe('plan.validation.amountNegative');
    expect(firstMessage(-0.5)).toBe('plan.validation.amountNegative');
  });

  it('cents in range ask for whole Rupiah; a whole amount passes', () => {
    expect(firstMessage(2_500_000.5)).toBe('validation.wholeRupiah');
    expect(firstMessage(2_500_000)).toBeNull();
  });
});
