/** Who can own an action item, and how an owner reads in the interface language. */
import type { TFunction } from 'i18next';
import { isFormer, sortMembers, type Member } from '../../../shared/model/members';

export interface OwnerOption {
  id: string;
  label: string;
}

/** Current members of the register by name, then the owners given (`keep`) who are not among them any more. */
export function ownerOptions(t: TFunction, members: readonly Member[], today: string, locale: string, keep: readonly string[] = []): OwnerOption[] {
  const current = sortMembers(
    members.filter((member) => member.erasedOn === undefined && !isFormer(member, today)),
    locale,
  );
  const options: OwnerOption[] = current.map((member) => ({ id: member.id, label: member.name }));
  const listed = new Set(options.map((option) => option.id));
  for (const id of keep) {
    if (id === '' || listed.has(id)) continue;
    listed.add(id);
    const member = members.find((candidate) => candidate.id === id);
    options.push({ id, label: member ? t('actions.form.ownerFormer', { name: member.name }) : t('actions.unknownOwner') });
  }
  return options;
}

/** The owner's name as a row shows it. */
export function ownerName(t: TFunction, members: readonly Member[], owner: string): string {
  if (owner === '') return t('actions.unassigned');
  return members.find((member) => member.id === owner)?.name ?? t('actions.unknownOwner');
}
