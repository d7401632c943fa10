import { clusterFieldLabels } from '../../../../shared/domain/clusters/fieldLabels';
import { Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { organisationKinds, type ClusterFields } from '../../../../shared/domain/clusters/schemas';
import { sizeClassDisagreements, villageTotals } from '../../../../shared/domain/clusters/figureChecks';
import { useFormatters } from '../../app/formatters';
import { LongTextField, SelectField, TagsField, TextField } from '../../ui/formFields';
import { NumberField } from '../../ui/NumberField';
import { RowsField } from '../../ui/RowsField';
import { groupOptions, organisationKindOptions } from './clusterGroupOptions';
import { FigureNote } from './FigureNote';

/** Every editable field of a cluster profile, grouped as a facilitator collects them. */
export function ClusterForm({ form }: { form: UseFormReturn<ClusterFields> }) {
  const { t } = useTranslation();
  const { count } = useFormatters();
  const { control } = form;
  const [villageCounts = [], enterprisesMicro, enterprisesSmall, enterprisesMedium, enterprisesLarge] = useWatch({
    control,
    name: ['villageCounts', 'enterprisesMicro', 'enterprisesSmall', 'enterprisesMedium', 'enterprisesLarge'],
  });
  const { totals, leftOut } = villageTotals(villageCounts);
  // Said beside both figures: the size classes and the villages' sums.
  const disagreements = sizeClassDisagreements({ enterprisesMicro, enterprisesSmall, enterprisesMedium, enterprisesLarge, villageCounts }).map((d) => (
    <FigureNote key={d.sizeClass} testId={`cluster.disagreement.${d.sizeClass}`}>
      {t('clusters.sizeDisagreement', { sizeClass: t(`clusters.${d.sizeClass}`), cluster: count(d.cluster), villages: count(d.villages) })}
    </FigureNote>
  ));

  return (
    <Stack>
      <Fieldset legend={t('clusters.sections.identity')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextField control={control} name="name" label={clusterFieldLabels.name} required testId="cluster.name" />
          <SelectField control={control} name="group" label={clusterFieldLabels.group} options={groupOptions(t)} testId="cluster.group" />
          <TextField control={control} name="sector" label={clusterFieldLabels.sector} testId="cluster.sector" />
          <TextField control={control} name="kbli" label={clusterFieldLabels.kbli} testId="cluster.kbli" />
          <NumberField control={control} name="establishedYear" label={clusterFieldLabels.establishedYear} kind="year" testId="cluster.establishedYear" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('clusters.sections.location')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextField control={control} name="village" label={clusterFieldLabels.village} testId="cluster.village" />
          <TextField control={control} name="district" label={clusterFieldLabels.district} testId="cluster.district" />
          <TextField control={control} name="regency" label={clusterFieldLabels.regency} testId="cluster.regency" />
          <TextField control={control} name="province" label={clusterFieldLabels.province} testId="cluster.province" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('clusters.sections.size')}>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberField control={control} name="enterprisesMicro" label={clusterFieldLabels.enterprisesMicro} testId="cluster.enterprisesMicro" />
          <NumberField control={control} name="enterprisesSmall" label={clusterFieldLabels.enterprisesSmall} testId="cluster.enterprisesSmall" />
          <NumberField control={control} name="enterprisesMedium" label={clusterFieldLabels.enterprisesMedium} testId="cluster.enterprisesMedium" />
          <NumberField control={control} name="enterprisesLarge" label={clusterFieldLabels.enterprisesLarge} testId="cluster.enterprisesLarge" />
          <NumberField control={control} name="workers" label={clusterFieldLabels.workers} testId="cluster.workers" />
          <NumberField control={control} name="productionValue" label={clusterFieldLabels.productionValue} kind="rupiah" testId="cluster.productionValue" />
        </SimpleGrid>
        {disagreements.length > 0 && (
          <Stack gap={4} mt="sm">
            {disagreements}
          </Stack>
        )}
      </Fieldset>
      <Fieldset legend={t('clusters.sections.products')}>
        <Stack>
          <TagsField control={control} name="mainProducts" label={clusterFieldLabels.mainProducts} hint="clusters.tagsHint" testId="cluster.mainProducts" />
          <Text fw={600}>{t(clusterFieldLabels.rawMaterials)}</Text>
          <RowsField
            control={control}
            name="rawMaterials"
            testId="cluster.rawMaterials"
            addLabel="clusters.addRawMaterial"
            makeRow={() => ({ material: '', source: '' })}
            columns={[
              { field: 'material', label: 'clusters.material', kind: 'text' },
              { field: 'source', label: 'clusters.source', kind: 'text' },
            ]}
          />
          <Text fw={600}>{t(clusterFieldLabels.markets)}</Text>
          <RowsField
            control={control}
            name="markets"
            testId="cluster.markets"
            addLabel="clusters.addMarket"
            makeRow={() => ({ market: '', channel: '' })}
            columns={[
              { field: 'market', label: 'clusters.market', kind: 'text' },
              { field: 'channel', label: 'clusters.channel', kind: 'text' },
            ]}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t(clusterFieldLabels.organisations)}>
        <RowsField
          control={control}
          name="organisations"
          testId="cluster.organisations"
          addLabel="clusters.addOrganisation"
          makeRow={() => ({ name: '', kind: organisationKinds[0] })}
          columns={[
            { field: 'name', label: 'clusters.organisationName', kind: 'text' },
            { field: 'kind', label: 'clusters.organisationKind', kind: 'select', options: organisationKindOptions(t) },
          ]}
        />
      </Fieldset>
      <Fieldset legend={t(clusterFieldLabels.villageCounts)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('clusters.villagesHint')}
          </Text>
          <RowsField
            control={control}
            name="villageCounts"
            testId="cluster.villageCounts"
            addLabel="clusters.addVillage"
            makeRow={() => ({ village: '', micro: null, small: null, medium: null, large: null })}
            columns={[
              { field: 'village', label: 'clusters.village', kind: 'text' },
              { field: 'micro', label: 'clusters.micro', kind: 'count' },
              { field: 'small', label: 'clusters.small', kind: 'count' },
              { field: 'medium', label: 'clusters.medium', kind: 'count' },
              { field: 'large', label: 'clusters.large', kind: 'count' },
            ]}
          />
          <Text size="sm" data-testid="cluster.villageTotals">
            {t('clusters.villageTotals', {
              micro: count(totals.micro),
              small: count(totals.small),
              medium: count(totals.medium),
              large: count(totals.large),
            })}
          </Text>
          {leftOut > 0 && <FigureNote testId="cluster.villageLeftOut">{t('clusters.leftOutInError', { n: count(leftOut) })}</FigureNote>}
          {disagreements}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('clusters.sections.story')}>
        <Stack>
          <LongTextField control={control} name="history" label={clusterFieldLabels.history} testId="cluster.history" />
          <LongTextField control={control} name="notes" label={clusterFieldLabels.notes} testId="cluster.notes" />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
