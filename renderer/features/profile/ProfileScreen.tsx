import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';
import type { WorkspaceProfile } from '../../../shared/model/workspace';
import { ProfileForm } from './ProfileForm';
import { RulesForm } from './RulesForm';

/** "Profile & rules": who the network is (after the toolkit) and how it decides. */
export function ProfileScreen({ doc, profile, rules, members }: { doc: Y.Doc; profile: WorkspaceProfile; rules: DecisionRules; members: readonly Member[] }) {
  const { t } = useTranslation();
  return (
    <section className="screen profile-screen" aria-labelledby="profile-title">
      <header className="screen__header">
        <h1 id="profile-title">{t('profilePage.title')}</h1>
        <p className="screen__intro">{t('profilePage.intro')}</p>
      </header>
      <ProfileForm doc={doc} profile={profile} />
      <RulesForm doc={doc} rules={rules} members={members} />
    </section>
  );
}
