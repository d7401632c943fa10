import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../../../shared/domain/plan/views/planRows';
import type { Program } from '../../../../../shared/domain/plan/types';
import { formatMonthSpan } from '../../../../../shared/domain/plan/words/formatMonthSpan';
import { useFormatters } from '../../../app/formatters';
import { OrderButtons } from '../OrderButtons';

/** The months a program's activities span, first start to last end; null without activities. */
export function programSpan(p: Pick<Program, 'activities'>): { start: string; end: string } | null {
  if (p.activities.length === 0) return null;
  const starts = p.activities.map((a) => a.start).sort();
  const ends = p.activities.map((a) => a.end).sort();
  return { start: starts[0]!, end: ends[ends.length - 1]! };
}

/**
 * The 1-year programs, one row each: status, lead, months, budget, with the whole total below.
 * The program open in the editor is marked; its row follows the editor's typing.
 */
export function ProgramList({
  programs,
  totals,
  openId,
  onOpen,
  onMove,
  onDelete,
}: {
  programs: Program[];
  totals: BudgetTotals;
  openId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, position: number) => void;
  onDelete: (p: Program) => void;
}) {
  const { t, i18n } = useTranslation();
  const { rupiah } = useFormatters();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const amount = new Map(totals.byProgram.map((r) => [r.programId, r.amount]));
  if (programs.length === 0) return <Text c="dimmed">{t('planEditor.programs.none')}</Text>;
  return (
    <div className="scroll-box plan-program-list">
      <Table striped highlightOnHover data-testid="plan-programs-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="num">{t('planEditor.programs.number')}</Table.Th>
            <Table.Th>{t('planEditor.programs.name')}</Table.Th>
            <Table.Th>{t('planEditor.programs.status')}</Table.Th>
            <Table.Th>{t('planEditor.programs.lead')}</Table.Th>
            <Table.Th>{t('planEditor.programs.months')}</Table.Th>
            <Table.Th className="num">{t('planEditor.programs.budget')}</Table.Th>
            <Table.Th className="editing-chrome">{t('planEditor.rows.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((p, i) => {
            const span = programSpan(p);
            const open = p.id === openId;
            return (
              <Table.Tr
                key={p.id}
                data-testid={`plan-program-row-${i}`}
                data-program={p.id}
                data-open={open || undefined}
                className={open ? 'plan-row-open' : undefined}
              >
                <Table.Td className="num">{i + 1}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    className="plan-link wrap-anywhere"
                    onClick={() => onOpen(p.id)}
                    aria-current={open || undefined}
                    data-testid={`plan-program-open-${i}`}
                  >
                    {p.name}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td className="plan-nowrap">{t(`plan.codes.statuses.${p.status}`)}</Table.Td>
                <Table.Td className="wrap-anywhere">
                  {p.lead ? p.lead.name : <Text c="dimmed">{t('planEditor.programs.noLead')}</Text>}
                  {p.lead?.deleted && (
                    <Badge ml={4} size="xs" color="red" variant="light">
                      {t('planEditor.deleted')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td className="plan-nowrap">{span ? formatMonthSpan(span.start, span.end, lang) : '—'}</Table.Td>
                <Table.Td className="num" data-testid={`plan-program-total-${i}`}>
                  {rupiah(amount.get(p.id) ?? 0)}
                </Table.Td>
                <Table.Td className="editing-chrome">
                  <OrderButtons
                    name={p.name}
                    index={i}
                    count={programs.length}
                    onMove={(position) => onMove(p.id, position)}
                    onDelete={() => onDelete(p)}
                    testId={`plan-program-${i}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={5}>{t('planEditor.programs.total')}</Table.Th>
            <Table.Th className="num plan-nowrap" data-testid="plan-programs-total">
              {rupiah(totals.total)}
            </Table.Th>
            <Table.Th className="editing-chrome" />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}
