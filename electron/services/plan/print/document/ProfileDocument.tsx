import { quadrants } from '../../../../../shared/domain/swot/codes';
import { totalEnterprises } from '../../../../../shared/domain/clusters/sizeClasses';
import type { PrintModel } from '../printModel';
import { ActorName } from './ActorName';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** What one sheet holds at most: the rest is in the forum document. */
const FACT_KEYS = ['location', 'sector', 'group', 'establishedYear', 'mainProducts', 'markets', 'organisations'];
const KEY_ACTORS = 5;
const SWOT_PER_QUADRANT = 2;
const PROGRAMS = 10;

/** A key figure: a large number over its label. */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <div className="figure-value">{value}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}

/**
 * The one-page cluster profile handed out in meetings: facts, key figures, key actors, the SWOT
 * items with most dots, the selection score, the vision, and the programs with their budgets.
 * Lists are cut to what fits one sheet and long texts are clipped by the stylesheet; the programs
 * and their total come first, so what a full sheet loses at its foot is the least needed.
 */
export function ProfileDocument({ model }: { model: PrintModel }) {
  const words = useWords();
  const { t, count, rupiah, months, locale } = words;
  const { cluster, plan, selection, swot, map } = model;
  const facts = model.facts.filter((f) => FACT_KEYS.includes(f.key));
  const enterprises = totalEnterprises(cluster);
  const pct = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const own = selection?.rows.find((r) => r.current) ?? null;
  const figures: [string, string][] = [];
  if (enterprises !== null) figures.push([t('planPrint.profile.enterprises'), count(enterprises)]);
  if (cluster.workers !== null) figures.push([t('planPrint.profile.workers'), count(cluster.workers)]);
  if (cluster.productionValue !== null) figures.push([t('planPrint.profile.productionValue'), rupiah(cluster.productionValue)]);
  if (plan.programs.length > 0) figures.push([t('planPrint.profile.budget'), rupiah(model.rows.budget.total)]);
  const topSwot = swot
    ? quadrants.flatMap((q) =>
        swot.items
          .filter((i) => i.quadrant === q)
          .sort((a, b) => b.dots - a.dots)
          .slice(0, SWOT_PER_QUADRANT),
      )
    : [];
  const programs = model.rows.table51.slice(0, PROGRAMS);
  return (
    <main className="profile">
      <header className="profile-head">
        <h1>
          <Txt>{t('planPrint.profileTitle', { cluster: cluster.name })}</Txt>
        </h1>
        <p className="note">
          {model.program && (
            <>
              <Txt>{model.program.name}</Txt>
              {' · '}
            </>
          )}
          {model.place.trim() !== '' && (
            <>
              <Txt>{model.place}</Txt>,{' '}
            </>
          )}
          {model.dateText}
        </p>
      </header>
      {figures.length > 0 && (
        <div className="figures">
          {figures.map(([label, value]) => (
            <Figure key={label} label={label} value={value} />
          ))}
        </div>
      )}
      {programs.length > 0 && (
        <>
          <h2>{t('planPrint.profile.programs', { year: plan.header.year })}</h2>
          <table className="grid dense">
            <colgroup>
              <col style={{ width: '5%' }} />
              <col style={{ width: '43%' }} />
              <col style={{ width: '22%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '16%' }} />
            </colgroup>
            <thead>
              <tr>
                <th className="num">{t('planPrint.programs.columns.number')}</th>
                <th>{t('planPrint.budget.columns.program')}</th>
                <th>{t('planPrint.programs.lead')}</th>
                <th>{t('planPrint.actionMatrix.columns.time')}</th>
                <th className="num">{t('planPrint.programs.columns.budget')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((r) => (
                <tr key={r.programId}>
                  <td className="num">{r.number}</td>
                  <td>
                    <div className="clip-2">
                      <Txt>{r.name}</Txt>
                    </div>
                  </td>
                  <td>{r.lead !== null && <ActorName actor={r.lead} clip={r.lead.deleted ? 'clip-1' : 'clip-2'} />}</td>
                  <td>{r.span !== null && months(r.span.start, r.span.end)}</td>
                  <td className="num">{rupiah(r.budget)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total">
                <td colSpan={4}>
                  {t('planPrint.budget.total')}
                  {model.rows.table51.length > programs.length && ` (${count(model.rows.table51.length)})`}
                </td>
                <td className="num">{rupiah(model.rows.budget.total)}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
      <div className="columns">
        <div>
          <table className="facts dense">
            <tbody>
              {facts.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  <td>
                    <div className="clip">
                      <Txt>{f.value}</Txt>
                    </div>
                  </td>
                </tr>
              ))}
              {selection && own && own.percent !== null && (
                <tr>
                  <th scope="row">{t('planPrint.profile.score')}</th>
                  <td>
                    {pct.format(own.percent)}% · {t('planPrint.selection.columns.rank')} {own.rankInGroup} · <Txt>{selection.groupName}</Txt>
                    {own.selected && ` · ${t('planPrint.selection.columns.selected')}`}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {map && (
            <>
              <h2>{t('planPrint.profile.keyActors')}</h2>
              <ul className="plain dense-list">
                {map.keyActors.slice(0, KEY_ACTORS).map((a) => (
                  <li key={a.actorId} className="line">
                    <ActorName actor={{ actorId: a.actorId, name: a.name, deleted: false }} /> <span className="small">— {a.kindLabel}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          {plan.header.vision.trim() !== '' && (
            <>
              <h2>{t('planPrint.vision.statement', { year: plan.header.visionYear })}</h2>
              <p className="clip vision-short">
                <Txt>{plan.header.vision}</Txt>
              </p>
            </>
          )}
          {topSwot.length > 0 && (
            <>
              <h2>{t('planPrint.profile.topSwot')}</h2>
              <ul className="plain dense-list">
                {topSwot.map((i) => (
                  <li key={i.id} className="line">
                    <span className="code">{i.code}</span> <Txt>{i.text}</Txt>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
