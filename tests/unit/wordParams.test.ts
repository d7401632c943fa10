import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueDetail } from '../../shared/contract/issueDetail';
import { wordParams } from '../../shared/i18n/wordParams';
import { catalogs } from '../../shared/i18n/catalogs';

const { id, en } = catalogs;

const i18n = i18next.createInstance();
await i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });

/** An error message as the renderer words it (renderer/src/app/notify.ts does the same). */
function say(lng: 'id' | 'en', code: string, params: Record<string, unknown>): string {
  const t = i18n.getFixedT(lng);
  return t(
    `errors.${code}`,
    wordParams(params, (key, values) => t(key, values)),
  );
}

// As the app parses: with the input reported, so a missing field differs from a wrong one.
const issueOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { reportInput: true }).error!.issues[0]!;

describe('schema problems in the user’s language', () => {
  it('an unknown option is named with the allowed values, in Indonesian and English', () => {
    const params = { where: 'clusters.0.group', ...issueDetail(issueOf(z.enum(['metal', 'other']), 'gold')) };
    expect(say('id', 'badInterchange', params)).toBe(
      'Isi JSON tidak sesuai format Sentra. Di clusters.0.group: Bukan salah satu nilai yang diizinkan: "metal", "other". Tidak ada yang diubah.',
    );
    expect(say('en', 'badInterchange', params)).toContain('At clusters.0.group: Not one of the allowed values: "metal", "other".');
  });

  it('a wrong type names the expected type through a nested key', () => {
    const params = { field: 'workers', ...issueDetail(issueOf(z.object({ workers: z.number() }), { workers: 'banyak' })) };
    expect(say('id', 'invalidInput', params)).toBe('Isian tidak valid (workers): Seharusnya angka.');
    expect(say('en', 'invalidInput', params)).toBe('Invalid input (workers): Expected a number.');
  });

  it('a schema’s own message key wins over the generic wording', () => {
    const detail = issueDetail(issueOf(z.string().min(1, { message: 'validation.required' }), ''));
    expect(detail).toEqual({ detail: 'validation.required' });
  });

  it('a missing field is called missing', () => {
    expect(issueDetail(issueOf(z.object({ name: z.string() }), {}))).toEqual({ detail: 'validation.missing' });
  });

  it('unknown fields at the top level, and a JSON break by line and column', () => {
    const unknown = { where: 'validation.topLevel', ...issueDetail(issueOf(z.object({}).strict(), { extra: 1 })) };
    expect(say('id', 'badInterchange', unknown)).toContain('Di tingkat teratas: Kolom yang tidak dikenal Sentra: extra.');
    expect(say('id', 'badJson', { where: '', detail: 'validation.jsonAt', line: '3', column: '22' })).toBe(
      'Berkas bukan JSON yang valid: baris 3, kolom 22. Tidak ada yang diubah.',
    );
  });

  it('no zod sentence reaches the message', () => {
    const detail = issueDetail(issueOf(z.object({ a: z.array(z.string()) }), { a: 'x' }));
    expect(Object.values(detail).join(' ')).not.toMatch(/Invalid|expected|received/);
  });

  it('names the place of an import problem by cluster and field label', () => {
    const params = {
      where: 'validation.whereClusterNamed',
      row: '4',
      cluster: 'Sentra Rotan Amuntai',
      field: 'clusters.workers',
      detail: 'validation.nonNegative',
    };
    expect(say('id', 'badInterchange', params)).toBe(
      'Isi JSON tidak sesuai format Sentra. Di sentra ke-4 (Sentra Rotan Amuntai), kolom “Tenaga kerja”: Tidak boleh negatif. Tidak ada yang diubah.',
    );
  });
});
