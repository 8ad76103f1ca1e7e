/**
 * The example network's governance so far, so that a new user sees what meetings, decisions
 * and the decision log look like: the steering committee meeting of June 2024 that admitted
 * Amal Women's Circle (who joined on 15 June 2024 in the register), its Gradients of Agreement
 * proposal, confirmed by the chair and recorded as decision 1, and the action item it gave.
 * Written through the same functions the app uses, so the log entry verifies.
 */
import type * as Y from 'yjs';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import { electorateOf } from '../../../shared/model/electorate';
import type { Locale } from '../../../shared/model/locale';
import type { Member } from '../../../shared/model/members';
import { addActionItem } from '../../../shared/sync/action-items';
import { addAgendaItem, createMeeting, linkAgendaItem, presentMemberIds, readMeeting, setAttendance } from '../../../shared/sync/meetings-doc';
import { putProposalIn } from '../../../shared/sync/proposals-doc';
import { answerProposal, closeProposal } from '../decisions/decision-actions';

interface GovernanceText {
  meeting: string;
  place: string;
  agenda: [string, string, string];
  proposal: string;
  proposalText: string;
  reasonNewRoots: string;
  rationale: string;
  action: string;
}

const TEXT: Record<Locale, GovernanceText> = {
  en: {
    meeting: 'Steering Committee, June 2024',
    place: 'Passerelles Exil, Lyon, and online',
    agenda: ['Welcome and approval of the agenda', "Membership application of Amal Women's Circle", 'Any other business'],
    proposal: "Admit Amal Women's Circle as a member organisation",
    proposalText:
      "Amal Women's Circle (Malmö) has applied to join the Network. It meets the criteria of the Terms of Reference: it is led by refugee women, works on reception and livelihoods, and shares our values. The committee admits it as a member organisation from 15 June 2024.",
    reasonNewRoots: 'Yes — and let us pair them with a member organisation for their first months.',
    rationale: 'Consensus: every organisation present supports the admission. New Roots’ suggestion of a mentor organisation is taken up as an action.',
    action: "Welcome Amal Women's Circle and send them the Terms of Reference",
  },
  fr: {
    meeting: 'Comité de pilotage, juin 2024',
    place: 'Passerelles Exil, Lyon, et en ligne',
    agenda: ['Accueil et adoption de l’ordre du jour', 'Demande d’adhésion du Cercle de femmes Amal', 'Questions diverses'],
    proposal: 'Admettre le Cercle de femmes Amal comme organisation membre',
    proposalText:
      'Le Cercle de femmes Amal (Malmö) a demandé à rejoindre le Réseau. Il remplit les critères des termes de référence : il est dirigé par des femmes réfugiées, travaille sur l’accueil et les moyens de subsistance, et partage nos valeurs. Le comité l’admet comme organisation membre à compter du 15 juin 2024.',
    reasonNewRoots: 'Oui — et associons-le à une organisation membre pendant ses premiers mois.',
    rationale: 'Consensus : toutes les organisations présentes soutiennent l’adhésion. La suggestion de New Roots d’une organisation marraine devient une action.',
    action: 'Accueillir le Cercle de femmes Amal et lui envoyer les termes de référence',
  },
  ar: {
    meeting: 'اللجنة التوجيهية، يونيو 2024',
    place: 'باسرِل إكزيل، ليون، وعبر الإنترنت',
    agenda: ['الترحيب وإقرار جدول الأعمال', 'طلب عضوية دائرة أمل النسائية', 'ما يستجد من أعمال'],
    proposal: 'قبول دائرة أمل النسائية منظمةً عضوًا',
    proposalText:
      'تقدّمت دائرة أمل النسائية (مالمو) بطلب الانضمام إلى الشبكة. وهي تستوفي معايير الاختصاصات: تقودها نساء لاجئات، وتعمل في الاستقبال وسبل العيش، وتشاركنا قيمنا. تقبلها اللجنة منظمةً عضوًا اعتبارًا من 15 يونيو 2024.',
    reasonNewRoots: 'نعم — ولنقرنها بمنظمة عضو ترافقها في أشهرها الأولى.',
    rationale: 'توافق: جميع المنظمات الحاضرة تؤيد القبول. واقتراح نيو روتس بمنظمة مرافقة صار مهمة متابعة.',
    action: 'الترحيب بدائرة أمل النسائية وإرسال الاختصاصات إليها',
  },
};

const MEETING_DAY = '2024-06-12';

export async function seedExampleGovernance(doc: Y.Doc, locale: Locale, members: readonly Member[], rules: DecisionRules): Promise<void> {
  const text = TEXT[locale];
  const meetingId = createMeeting(doc, { title: text.meeting, startsAt: `${MEETING_DAY}T18:00`, place: text.place, link: '' }, new Date(`${MEETING_DAY}T09:00:00Z`));
  const [welcome, application, other] = text.agenda;
  addAgendaItem(doc, meetingId, { title: welcome, presenter: 'person-02', minutes: 5 });
  const applicationItem = addAgendaItem(doc, meetingId, { title: application, presenter: 'person-01', minutes: 20 });
  addAgendaItem(doc, meetingId, { title: other, presenter: '', minutes: 10 });
  // Yonas sent apologies; Amina, Sunbird's alternate, stood in for him.
  for (const present of ['jisr', 'person-02', 'person-04', 'person-06', 'person-09', 'person-01']) setAttendance(doc, meetingId, present, 'present');
  setAttendance(doc, meetingId, 'person-08', 'apologies');

  const proposalId = putProposalIn(doc, {
    title: text.proposal,
    text: text.proposalText,
    method: 'gradients',
    rules,
    putBy: 'person-01',
    at: `${MEETING_DAY}T16:20:00.000Z`,
    meetingId,
    ...(applicationItem ? { agendaItemId: applicationItem } : {}),
  });
  if (applicationItem) linkAgendaItem(doc, meetingId, applicationItem, { kind: 'proposal', id: proposalId });

  const electorate = electorateOf(members, rules.whoMayVote, MEETING_DAY);
  const answers: Array<[string, string, string?]> = [
    ['person-02', 'endorse'],
    ['person-04', 'endorse'],
    ['person-06', 'agree-minor-contention', text.reasonNewRoots],
    ['person-09', 'support-with-reservations'],
  ];
  answers.forEach(([by, position, reason], index) => {
    answerProposal(doc, proposalId, electorate, { by, position, ...(reason ? { reason } : {}), at: `${MEETING_DAY}T16:3${index}:00.000Z` });
  });
  const meeting = readMeeting(doc, meetingId);
  const closed = await closeProposal(doc, proposalId, electorate, {
    by: 'person-02',
    at: `${MEETING_DAY}T16:45:00.000Z`,
    rationale: text.rationale,
    attendance: meeting ? presentMemberIds(meeting) : [],
  });
  if (!closed.ok) throw new Error(`The example decision was refused: ${closed.error.code}`);
  addActionItem(
    doc,
    { title: text.action, owner: 'person-01', due: '2024-06-30', status: 'done', source: { kind: 'decision', proposalId, entryId: closed.entry.id } },
    { createdBy: 'person-01', now: new Date(`${MEETING_DAY}T16:50:00Z`) },
  );
}
