// One member's attendance on the day; "représenté" asks at once who holds their voice (a member present),
// since the host refuses a represented member without a representative.
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { elideDe, roleTitle, type Civility } from '../../../../core/domain/french-gender.ts';
import type { MemberAttendance, SessionDetail, SessionMember } from '../../../../core/service/api.ts';
import { MEMBER_ATTENDANCE_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ATTENDANCE_ORDER } from './session-labels.ts';
import { useSessionWrite } from './use-sessions.ts';

/** "Présente", "Excusée" for a woman; the masculine when the civility is not given. */
const optionsFor = (civility: Civility) => ATTENDANCE_ORDER.map((attendance) => ({ value: attendance, label: roleTitle(MEMBER_ATTENDANCE_LABELS[attendance], civility) }));

type Props = { session: SessionDetail; member: SessionMember; disabled: boolean };

export function AttendanceField({ session, member, disabled }: Props) {
  const write = useSessionWrite('sessions.setAttendance');
  // "Représenté" chosen, representative not yet: nothing is sent until both are known.
  const [choosingRepresentative, setChoosingRepresentative] = useState(false);
  const shown: MemberAttendance = choosingRepresentative ? 'represente' : member.attendance;
  const holders = session.members.filter((other) => other.id !== member.id && other.attendance === 'present');

  const choose = (value: string | null) => {
    if (value === null || value === shown) return;
    write.reset();
    if (value === 'represente') {
      setChoosingRepresentative(true);
      return;
    }
    setChoosingRepresentative(false);
    write.mutate({ sessionId: session.id, jurorId: member.id, attendance: value as MemberAttendance });
  };

  const chooseHolder = (value: string | null) => {
    if (value === null) return;
    write.mutate({ sessionId: session.id, jurorId: member.id, attendance: 'represente', representedByJurorId: Number(value) }, { onSuccess: () => setChoosingRepresentative(false) });
  };

  return (
    <Stack gap={6}>
      <Select
        aria-label={`Présence ${elideDe(member.name)}`}
        data={optionsFor(member.civility)}
        value={shown}
        onChange={choose}
        allowDeselect={false}
        disabled={disabled || write.isPending}
        size="sm"
        w={170}
        data-testid="member-attendance"
      />
      {shown === 'represente' && (
        <Select
          label={roleTitle('Représenté par', member.civility)}
          placeholder={holders.length === 0 ? 'Aucun membre présent' : 'Choisir…'}
          data={holders.map((holder) => ({ value: String(holder.id), label: holder.name }))}
          value={member.representedByJurorId === null || choosingRepresentative ? null : String(member.representedByJurorId)}
          onChange={chooseHolder}
          allowDeselect={false}
          disabled={disabled || write.isPending || holders.length === 0}
          size="sm"
          w={220}
          data-testid="member-represented-by"
        />
      )}
      {write.isError && (
        <Text size="sm" c="red.9" role="alert" data-testid="member-attendance-error">
          {errorMessage(write.error)}
        </Text>
      )}
    </Stack>
  );
}
