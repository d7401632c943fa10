import { Alert, Stack, Table, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../../shared/contract/stakeholders';
import { useFormatters } from '../../../app/formatters';
import { problemText } from './problemText';

/**
 * What an import would write, and every problem found, before anything is written. Its heading
 * takes the focus when the report arrives, so the keyboard and the screen reader land on it.
 */
export const ImportReportView = forwardRef<HTMLHeadingElement, { report: ImportReport }>(function ImportReportView({ report }, headingRef) {
  const { t, i18n } = useTranslation();
  const { count } = useFormatters();
  const exists = (key: string) => i18n.exists(key);
  return (
    <Stack gap="sm" data-testid="import-report" aria-live="polite">
      <Text fw={700} size="lg" ref={headingRef} tabIndex={-1} component="h3" className="import-report__title" id="import-report-title">
        {t('stakeholderImport.report.title')}
      </Text>
      <Table withTableBorder className="import-report__counts" aria-labelledby="import-report-title" data-testid="import-report-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Td />
            {(['rows', 'valid', 'newOnMap', 'alreadyOnMap'] as const).map((k) => (
              <Table.Th key={k} scope="col" ta="right">
                {t(`stakeholderImport.report.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('stakeholderImport.report.actors')}</Table.Th>
            <Table.Td ta="right" data-testid="import-report-actor-rows">
              {count(report.actors.rows)}
            </Table.Td>
            <Table.Td ta="right" data-testid="import-report-actor-valid">
              {count(report.actors.valid)}
            </Table.Td>
            <Table.Td ta="right" data-testid="import-report-actor-new">
              {count(report.actors.newOnMap)}
            </Table.Td>
            <Table.Td ta="right" data-testid="import-report-actor-already">
              {count(report.actors.alreadyOnMap)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('stakeholderImport.report.ties')}</Table.Th>
            <Table.Td ta="right" data-testid="import-report-tie-rows">
              {count(report.ties.rows)}
            </Table.Td>
            <Table.Td ta="right" data-testid="import-report-tie-valid">
              {count(report.ties.valid)}
            </Table.Td>
            {/* Ties are always new: a tie already on the map is a problem (a duplicate), not a match. */}
            <Table.Td ta="right">—</Table.Td>
            <Table.Td ta="right">—</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {report.problems.length === 0 ? (
        <Alert color="teal" data-testid="import-report-clean">
          {t('stakeholderImport.report.clean')}
        </Alert>
      ) : (
        <>
          <Text fw={600} id="import-problems-title">
            {t('stakeholderImport.report.problemsTitle', { count: report.problems.length })}
          </Text>
          <div className="import-report__problems">
            <Table stickyHeader striped withTableBorder aria-labelledby="import-problems-title" data-testid="import-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stakeholderImport.report.file')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('stakeholderImport.report.row')}
                  </Table.Th>
                  <Table.Th scope="col" className="import-report__column">
                    {t('stakeholderImport.report.column')}
                  </Table.Th>
                  <Table.Th scope="col">{t('stakeholderImport.report.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((p, i) => (
                  <Table.Tr key={i} data-testid="import-problem">
                    <Table.Td>{t(`stakeholderImport.report.fileKind.${p.file}`)}</Table.Td>
                    <Table.Td ta="right">{p.row === 0 ? '—' : count(p.row)}</Table.Td>
                    <Table.Td className="import-report__column">{p.column || '—'}</Table.Td>
                    <Table.Td>{problemText(p, t, exists)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {report.truncated && (
            <Text size="sm" data-testid="import-report-truncated">
              {t('stakeholderImport.report.truncated', { count: report.problems.length })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
});
