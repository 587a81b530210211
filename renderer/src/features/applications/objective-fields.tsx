// The pact objectives an action serves: one primary operational objective, any secondary ones, both
// searched the French way ("velo" finds "vélo", "6.4" finds 6.4.1) among the call's pact.
import { MultiSelect, Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { PactDetail } from '../../../../core/service/api.ts';
import { accentInsensitiveFilter } from '../../components/accent-insensitive-filter.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { FormSection } from './form-section.tsx';
import { objectiveGroups } from './objective-options.ts';

type Props = { form: UseFormReturnType<ApplicationFormValues>; pact: PactDetail | undefined };

export function ObjectiveFields({ form, pact }: Props) {
  const { primaryObjectiveId } = form.getValues();
  const primaryData = pact ? objectiveGroups(pact) : [];
  // The primary objective stays visible among the secondary ones, but cannot be picked twice.
  const secondaryData = pact ? objectiveGroups(pact, primaryObjectiveId) : [];
  const placeholder = pact ? undefined : 'Choisissez d’abord l’appel à projets';

  return (
    <FormSection
      id="application-objectives"
      title="Objectifs du pacte"
      description={pact ? `Les objectifs opérationnels du ${pact.code}, auquel se rattache l’appel choisi.` : undefined}
    >
      <Select
        label="Objectif opérationnel principal"
        description="Celui qui classe l’action dans un levier. Tapez un code (6.4) ou un mot (vélo)."
        placeholder={placeholder ?? 'Rechercher un objectif'}
        searchable
        clearable
        disabled={!pact}
        data={primaryData}
        filter={accentInsensitiveFilter}
        nothingFoundMessage="Aucun objectif ne correspond."
        maxDropdownHeight={320}
        {...form.getInputProps('primaryObjectiveId')}
        onChange={(value) => {
          form.setFieldValue('primaryObjectiveId', value);
          form.setFieldValue(
            'secondaryObjectiveIds',
            form.getValues().secondaryObjectiveIds.filter((id) => id !== value),
          );
        }}
        data-testid="application-primary-objective"
      />
      <MultiSelect
        label="Objectifs secondaires"
        placeholder={placeholder ?? 'Rechercher un objectif'}
        searchable
        clearable
        disabled={!pact}
        data={secondaryData}
        filter={accentInsensitiveFilter}
        nothingFoundMessage="Aucun objectif ne correspond."
        maxDropdownHeight={320}
        hidePickedOptions
        {...form.getInputProps('secondaryObjectiveIds')}
        data-testid="application-secondary-objectives"
      />
      {!pact && form.getValues().callId !== null && (
        <Text size="sm" role="status">
          Chargement des objectifs du pacte…
        </Text>
      )}
    </FormSection>
  );
}
