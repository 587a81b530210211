// The quorum of a CAI session: by default a strict majority of the permanent members present or
// represented; or a minimum number of members in the room. The sentence goes to the minutes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES, type AttendanceMember, type AttendanceStatus, attendanceProblems, quorum } from '../../../core/domain/jury/quorum.ts';

const member = (memberId: number, attendance: AttendanceStatus | null, permanent = true, representedBy: number | null = null): AttendanceMember => ({
  memberId,
  name: `Membre ${memberId}`,
  permanent,
  attendance,
  representedBy,
});

describe('quorum, majority of the permanent members', () => {
  const seven = [
    member(1, 'present'),
    member(2, 'present'),
    member(3, 'present'),
    member(4, 'present'),
    member(5, 'represente', true, 8),
    member(6, 'excuse'),
    member(7, 'absent'),
    member(8, 'present', false),
    member(9, 'present', false),
  ];

  it('counts the permanent members present or represented, not the substitutes', () => {
    expect(quorum(seven)).toEqual({
      reached: true,
      counted: 5,
      required: 4,
      statement: 'Quorum atteint : 5 membres titulaires présents ou représentés sur 7 (4 requis).',
    });
  });

  it('is not reached one member short of the majority', () => {
    const three = seven.map((m) => (m.memberId === 4 || m.memberId === 5 ? { ...m, attendance: 'absent' as const, representedBy: null } : m));
    expect(quorum(three)).toEqual({
      reached: false,
      counted: 3,
      required: 4,
      statement: 'Quorum non atteint : 3 membres titulaires présents ou représentés sur 7 (4 requis).',
    });
  });

  it('asks a strict majority: 4 of 6, not 3', () => {
    const six = [1, 2, 3, 4, 5, 6].map((id) => member(id, id <= 3 ? 'present' : null));
    expect(quorum(six)).toMatchObject({ reached: false, counted: 3, required: 4 });
  });

  it('speaks in the singular for one member, and is never reached without permanent members', () => {
    expect(quorum([member(1, 'present')]).statement).toBe('Quorum atteint : 1 membre titulaire présent ou représenté sur 1 (1 requis).');
    expect(quorum([member(1, 'present', false)])).toMatchObject({ reached: false, counted: 0, required: 1 });
  });

  it('is reached exactly when more than half of the permanent members are present or represented', () => {
    const arbitraryMember = fc.record({ permanent: fc.boolean(), attendance: fc.constantFrom(...ATTENDANCE_STATUSES, null) });
    fc.assert(
      fc.property(fc.array(arbitraryMember, { maxLength: 60 }), (specs) => {
        const members = specs.map((spec, index) => ({ memberId: index, ...spec }));
        const permanent = members.filter((m) => m.permanent);
        const there = permanent.filter((m) => m.attendance === 'present' || m.attendance === 'represente').length;
        const result = quorum(members);
        expect(result.counted).toBe(there);
        expect(result.reached).toBe(2 * there > permanent.length);
        expect(result.statement.startsWith(result.reached ? 'Quorum atteint' : 'Quorum non atteint')).toBe(true);
      }),
    );
  });
});

describe('quorum, minimum number present', () => {
  it('counts the members in the room, substitutes included, represented members not', () => {
    const members = [member(1, 'present'), member(2, 'represente', true, 3), member(3, 'present', false), member(4, 'excuse')];
    expect(quorum(members, { kind: 'minimum_present', count: 2 })).toEqual({ reached: true, counted: 2, required: 2, statement: 'Quorum atteint : 2 membres présents (2 requis).' });
    expect(quorum(members, { kind: 'minimum_present', count: 3 })).toMatchObject({ reached: false, statement: 'Quorum non atteint : 2 membres présents (3 requis).' });
  });

  it('refuses a minimum that is not a positive integer', () => {
    expect(() => quorum([], { kind: 'minimum_present', count: 0 })).toThrow(RangeError);
    expect(() => quorum([], { kind: 'minimum_present', count: 1.5 })).toThrow(RangeError);
  });
});

describe('attendanceProblems', () => {
  it('accepts a represented member whose representative is present', () => {
    expect(attendanceProblems([member(1, 'represente', true, 2), member(2, 'present', false)])).toEqual([]);
  });

  it('asks who represents, refuses self-representation, an outsider or an absent representative', () => {
    expect(attendanceProblems([member(1, 'represente')])).toEqual(['Indiquez qui représente Membre 1.']);
    expect(attendanceProblems([member(1, 'represente', true, 1)])).toEqual(['Membre 1 ne peut pas se représenter lui-même.']);
    expect(attendanceProblems([member(1, 'represente', true, 9)])).toEqual(['Le représentant de Membre 1 n’est pas membre de la séance.']);
    expect(attendanceProblems([member(1, 'represente', true, 2), member(2, 'excuse')])).toEqual(['Membre 2, qui représente Membre 1, doit être présent.']);
    expect(attendanceProblems([member(1, 'present', true, 2), member(2, 'present')])).toEqual(['Membre 1 n’est pas représenté : retirez le nom de son représentant.']);
    expect(attendanceProblems([member(1, 'present'), member(1, 'present')])).toEqual(['Un membre figure deux fois dans la liste de présence.']);
  });
});
